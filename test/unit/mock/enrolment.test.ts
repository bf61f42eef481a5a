import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';
import { getV3, signedIn } from './mfa-helpers.js';

const { install } = setupMockServer();
const ADA = { userId: 'ada', email: 'ada@example.com', password: 'secret1' };
const NUMBER = '13900139000';

function setup(options: Parameters<typeof install>[0] = {}) {
  const clock = fakeClock();
  const mock = install({ now: clock.now, users: [ADA], ...options });
  const token = mock.signIn(ADA.email).access_token;
  const headers = signedIn(token);
  const request = (phoneNumber = NUMBER, extra: object = {}) =>
    post(
      'send-enroll-factor-request',
      { factorType: 'SMS', profile: { phoneNumber, phoneCountryCode: '+86' }, ...extra },
      { headers },
    );
  const enroll = (enrollmentToken: unknown, passCode: unknown) =>
    post(
      'enroll-factor',
      { factorType: 'SMS', enrollmentToken, enrollmentData: { passCode } },
      { headers },
    );
  return { clock, mock, token, headers, request, enroll };
}

describe('SMS factor enrolment', () => {
  it('sends CHANNEL_BIND_MFA, answers an enrollmentToken, and enrols with the code', async () => {
    const { mock, token, request, enroll } = setup();
    const { json } = await request();
    expect(json).toMatchObject({ statusCode: 200, data: { enrollmentToken: expect.any(String) } });
    expect(mock.outbox).toEqual([
      expect.objectContaining({ type: 'sms', channel: 'CHANNEL_BIND_MFA', phoneNumber: NUMBER }),
    ]);
    const code = mock.lastCodeFor(NUMBER, 'CHANNEL_BIND_MFA');
    const enrolled = await enroll(json.data?.enrollmentToken, code);
    expect(enrolled.json).toMatchObject({ statusCode: 200 });
    expect(enrolled.json).not.toHaveProperty('data');
    const list = await getV3('list-enrolled-factors', token);
    expect(list.json).toMatchObject({
      statusCode: 200,
      data: [
        {
          factorId: expect.stringMatching(/^[0-9a-f]{24}$/),
          factorType: 'SMS',
          profile: { phoneNumber: NUMBER, phoneCountryCode: '+86' },
        },
      ],
    });
  });

  it('makes the number the MFA phone: the next sign-in answers 1635; reset-factor turns it off', async () => {
    const { mock, token, headers, request, enroll } = setup();
    const { json } = await request();
    await enroll(json.data?.enrollmentToken, mock.lastCodeFor(NUMBER));
    const signIn = () =>
      post('signin', { connection: 'PASSWORD', passwordPayload: ADA }).then((r) => r.json);
    expect(await signIn()).toMatchObject({
      statusCode: 301,
      apiCode: 1635,
      data: { mfaPhone: NUMBER, mfaPhoneCountryCode: '+86' },
    });
    const [factor] = (await getV3('list-enrolled-factors', token)).json.data as {
      factorId: string;
    }[];
    expect((await post('reset-factor', { factorId: 'nope' }, { headers })).json.statusCode).toBe(
      404,
    );
    const reset = await post('reset-factor', { factorId: factor?.factorId }, { headers });
    expect(reset.json.statusCode).toBe(200);
    expect((await getV3('list-enrolled-factors', token)).json.data).toEqual([]);
    expect(await signIn()).toMatchObject({ statusCode: 200 });
  });

  it('refuses a second request for the number within the minute, like send-sms on that channel', async () => {
    const { clock, mock, request } = setup();
    expect((await request()).json.statusCode).toBe(200);
    clock.advance(15_000);
    const refused = await request();
    expect(refused.json).toMatchObject({ statusCode: 429 });
    expect(refused.headers.get('Retry-After')).toBe('45');
    const sms = await post('send-sms', { channel: 'CHANNEL_BIND_MFA', phoneNumber: NUMBER });
    expect(sms.json.statusCode).toBe(429);
    expect(mock.outbox).toHaveLength(1);
    clock.advance(45_000);
    expect((await request()).json.statusCode).toBe(200);
  });

  it('spends the enrollmentToken once; a wrong code leaves it usable; it lasts one minute', async () => {
    const { clock, mock, request, enroll } = setup({
      users: [ADA, { userId: 'bob', email: 'bob@example.com' }],
    });
    const first = (await request()).json.data?.enrollmentToken;
    const code = mock.lastCodeFor(NUMBER);
    expect((await enroll(first, '000000')).json.apiCode).toBe(2001);
    expect((await enroll(first, code)).json.statusCode).toBe(200);
    const reused = await enroll(first, code);
    expect(reused.json).toMatchObject({ statusCode: 403 });
    expect(reused.json.message).toContain('enrollmentToken');

    // Another user, on another number: the token expires after 60 s.
    const bob = mock.signIn('bob@example.com').access_token;
    const headers = signedIn(bob);
    clock.advance(60_000);
    const other = await post(
      'send-enroll-factor-request',
      { factorType: 'SMS', profile: { phoneNumber: '13700137000' } },
      { headers },
    );
    clock.advance(60_000);
    const late = await post(
      'enroll-factor',
      {
        factorType: 'SMS',
        enrollmentToken: other.json.data?.enrollmentToken,
        enrollmentData: { passCode: mock.lastCodeFor('13700137000') },
      },
      { headers },
    );
    expect(late.json.statusCode).toBe(403);
  });

  it('refuses a token of another user, a number taken by another user, and a second SMS factor', async () => {
    const { mock, request, enroll } = setup({
      users: [ADA, { userId: 'bob', email: 'bob@example.com', mfa: { phone: '13700137000' } }],
    });
    expect((await request('13700137000')).json.statusCode).toBe(409);
    const { json } = await request();
    const bob = signedIn(mock.signIn('bob@example.com').access_token);
    const stolen = await post(
      'enroll-factor',
      {
        factorType: 'SMS',
        enrollmentToken: json.data?.enrollmentToken,
        enrollmentData: { passCode: mock.lastCodeFor(NUMBER) },
      },
      { headers: bob },
    );
    expect(stolen.json.statusCode).toBe(403);
    await enroll(json.data?.enrollmentToken, mock.lastCodeFor(NUMBER));
    expect((await request('13600136000')).json.statusCode).toBe(400);
  });

  it('needs the access token', async () => {
    install({ users: [ADA] });
    const body = { factorType: 'SMS', profile: { phoneNumber: NUMBER } };
    expect((await post('send-enroll-factor-request', body)).json.statusCode).toBe(401);
    expect((await getV3('list-enrolled-factors')).json.statusCode).toBe(401);
    expect((await getV3('list-enrolled-factors', 'made-up')).json.statusCode).toBe(401);
    expect((await post('reset-factor', { factorId: 'x' })).json.statusCode).toBe(401);
  });

  it.each([
    ['request', 'no factorType', { profile: { phoneNumber: NUMBER } }, 'factorType'],
    ['request', 'factorType OTP', { factorType: 'OTP', profile: {} }, 'factorType'],
    ['request', 'no profile', { factorType: 'SMS' }, 'profile'],
    ['request', 'a malformed number', { factorType: 'SMS', profile: { phoneNumber: '123' } }, ''],
    [
      'enroll',
      'no token',
      { factorType: 'SMS', enrollmentData: { passCode: '1' } },
      'enrollmentToken',
    ],
    ['enroll', 'no enrollmentData', { factorType: 'SMS', enrollmentToken: 't' }, 'enrollmentData'],
    [
      'enroll',
      'no passCode',
      { factorType: 'SMS', enrollmentToken: 't', enrollmentData: {} },
      'enrollmentData.passCode',
    ],
    ['reset', 'no factorId', {}, 'factorId'],
  ])('%s: refuses %s with a 400', async (step, _, body, field) => {
    const { headers } = setup();
    const endpoint =
      step === 'request'
        ? 'send-enroll-factor-request'
        : step === 'enroll'
          ? 'enroll-factor'
          : 'reset-factor';
    const { json } = await post(endpoint, body, { headers });
    expect(json.statusCode).toBe(400);
    expect(json.message).toContain(field);
  });
});
