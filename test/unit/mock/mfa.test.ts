import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';
import { getV3, postV2 } from './mfa-helpers.js';

const { install } = setupMockServer();
const MFA_PHONE = '13900139000';
const ADA = { userId: 'ada', email: 'ada@example.com', password: 'secret1', username: 'ada' };
const VERIFY = 'applications/mfa/sms/verify';
const CHECK = 'applications/mfa/check';

const passwordSignIn = (email = ADA.email) =>
  post('signin', { connection: 'PASSWORD', passwordPayload: { email, password: ADA.password } });

/** Signs in by password and returns the MFA answer's data (expects one). */
async function mfaAnswer(email = ADA.email) {
  const { json } = await passwordSignIn(email);
  expect(json.statusCode).toBe(301);
  return json.data as Record<string, unknown> & { mfaToken: string };
}

async function sendMfaCode(phoneNumber = MFA_PHONE) {
  const { json } = await post('send-sms', { channel: 'CHANNEL_VERIFY_MFA', phoneNumber });
  expect(json.statusCode).toBe(200);
}

describe('the MFA answer of a sign-in', () => {
  it('answers 301 / 1636 with an mfaToken under the app policy, for every user', async () => {
    install({ users: [{ ...ADA, phone: '13800138000' }], mfa: { factors: ['SMS', 'EMAIL'] } });
    const { status, json } = await passwordSignIn();
    expect(status).toBe(200);
    expect(json).toMatchObject({ statusCode: 301, apiCode: 1636, message: expect.any(String) });
    expect(json.data).toEqual({
      mfaToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      mfaPhone: null,
      mfaPhoneCountryCode: null,
      mfaEmail: null,
      nickname: null,
      username: 'ada',
      email: ADA.email,
      phone: '13800138000',
      phoneCountryCode: '+86',
      avatar: expect.stringMatching(/^https:\/\//),
      faceMfaEnabled: false,
      totpMfaEnabled: false,
      passkeyEnabled: false,
      applicationMfa: [
        { mfaPolicy: 'SMS', status: 1, sort: 0 },
        { mfaPolicy: 'EMAIL', status: 1, sort: 1 },
      ],
    });
    expect(json.data).not.toHaveProperty('access_token');
  });

  it('answers 1635 with the whole MFA phone for a user who turned MFA on', async () => {
    install({
      users: [
        { ...ADA, mfa: { phone: MFA_PHONE } },
        { email: 'bob@example.com', password: ADA.password },
      ],
    });
    const { json } = await passwordSignIn();
    expect(json).toMatchObject({
      statusCode: 301,
      apiCode: 1635,
      data: {
        mfaPhone: MFA_PHONE,
        mfaPhoneCountryCode: '+86',
        applicationMfa: [{ mfaPolicy: 'SMS', status: 1, sort: 0 }],
      },
    });
    // Without a policy, other users get their tokens.
    expect((await passwordSignIn('bob@example.com')).json.statusCode).toBe(200);
  });

  it('spends the CHANNEL_LOGIN code of a passcode sign-in that needs MFA', async () => {
    const mock = install({ users: [{ phone: '13800138000', mfa: {} }] });
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    const body = {
      connection: 'PASSCODE',
      passCodePayload: { phone: '13800138000', passCode: mock.lastCodeFor('13800138000') },
    };
    const first = await post('signin', body);
    expect(first.json).toMatchObject({ statusCode: 301, apiCode: 1635, data: { mfaPhone: null } });
    expect((await post('signin', body)).json.apiCode).toBe(2001);
  });
});

describe('POST /api/v2/applications/mfa/sms/verify', () => {
  it('exchanges the mfaToken and the CHANNEL_VERIFY_MFA code for the V2 user, once', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, users: [{ ...ADA, mfa: { phone: MFA_PHONE } }] });
    const { mfaToken } = await mfaAnswer();
    await sendMfaCode();
    const code = mock.lastCodeFor(MFA_PHONE, 'CHANNEL_VERIFY_MFA');
    const body = { phone: MFA_PHONE, code, phoneCountryCode: '+86' };
    const { status, json } = await postV2(VERIFY, body, mfaToken);
    expect(status).toBe(200);
    expect(json).toMatchObject({ code: 200, message: expect.any(String) });
    expect(json.data).toMatchObject({
      id: 'ada',
      email: ADA.email,
      username: 'ada',
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenExpiredAt: new Date(clock.now() + 7_200_000).toISOString(),
    });
    expect(json).not.toHaveProperty('statusCode');
    // The token is an access token the signed-in calls accept.
    const token = (json.data as { token: string }).token;
    expect((await getV3('list-enrolled-factors', token)).json.statusCode).toBe(200);
    // The mfaToken and the code are spent.
    expect((await postV2(VERIFY, body, mfaToken)).json.code).toBe(2021);
    const again = await mfaAnswer();
    expect((await postV2(VERIFY, body, again.mfaToken)).json.code).toBe(2001);
  });

  it('answers 2021 for a missing, unknown or expired mfaToken (6 minutes by default)', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, users: [{ ...ADA, mfa: { phone: MFA_PHONE } }] });
    const { mfaToken } = await mfaAnswer();
    await sendMfaCode();
    const body = { phone: MFA_PHONE, code: mock.lastCodeFor(MFA_PHONE) };
    expect((await postV2(VERIFY, body, undefined)).json.code).toBe(2021);
    expect((await postV2(VERIFY, body, 'made-up')).json.code).toBe(2021);
    clock.advance(6 * 60_000);
    const expired = await postV2(VERIFY, body, mfaToken);
    expect(expired).toMatchObject({ status: 200, json: { code: 2021 } });
  });

  it('follows mfaTokenTtlMs', async () => {
    const clock = fakeClock();
    const mock = install({
      now: clock.now,
      mfaTokenTtlMs: 1_000,
      users: [{ ...ADA, mfa: { phone: MFA_PHONE } }],
    });
    const { mfaToken } = await mfaAnswer();
    await sendMfaCode();
    clock.advance(999);
    const body = { phone: MFA_PHONE, code: mock.lastCodeFor(MFA_PHONE) };
    expect((await postV2(VERIFY, body, mfaToken)).json.code).toBe(200);
  });

  it('refuses a wrong, expired or other-channel code and another number, keeping the mfaToken', async () => {
    const clock = fakeClock();
    let next = 100_000;
    const mock = install({
      now: clock.now,
      generateCode: () => String(next++),
      users: [{ ...ADA, mfa: { phone: MFA_PHONE } }],
    });
    const { mfaToken } = await mfaAnswer();
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MFA_PHONE });
    const login = mock.lastCodeFor(MFA_PHONE, 'CHANNEL_LOGIN');
    expect((await postV2(VERIFY, { phone: MFA_PHONE, code: login }, mfaToken)).json.code).toBe(
      2001,
    );
    await sendMfaCode();
    const code = mock.lastCodeFor(MFA_PHONE, 'CHANNEL_VERIFY_MFA');
    expect((await postV2(VERIFY, { phone: MFA_PHONE, code: '000000' }, mfaToken)).json.code).toBe(
      2001,
    );
    await post('send-sms', { channel: 'CHANNEL_VERIFY_MFA', phoneNumber: '13700137000' });
    const other = mock.lastCodeFor('13700137000');
    const elsewhere = await postV2(VERIFY, { phone: '13700137000', code: other }, mfaToken);
    expect(elsewhere.json).toMatchObject({ code: 400, message: expect.stringContaining('MFA') });
    clock.advance(5 * 60_000 + 1);
    expect((await postV2(VERIFY, { phone: MFA_PHONE, code }, mfaToken)).json.code).toBe(2300);
  });

  it.each([
    ['no phone', { code: '123456' }, 2231],
    ['a malformed phone', { phone: '12345', code: '123456' }, 2028],
    ['no code', { phone: MFA_PHONE }, 2231],
    ['a code that is not a string', { phone: MFA_PHONE, code: 123456 }, 400],
    ['a body that is not an object', '[1]', 2231],
  ])('answers a V2 error for %s', async (_, body, code) => {
    install({ users: [{ ...ADA, mfa: { phone: MFA_PHONE } }] });
    const { mfaToken } = await mfaAnswer();
    const { status, json } = await postV2(VERIFY, body, mfaToken);
    expect(status).toBe(200);
    expect(json.code).toBe(code);
  });

  it('binds the number of a user without an MFA phone, when no one else has it', async () => {
    const mock = install({
      mfa: true,
      users: [ADA, { userId: 'bob', phone: '13700137000' }],
    });
    const { mfaToken, mfaPhone } = await mfaAnswer();
    expect(mfaPhone).toBeNull();
    expect((await postV2(CHECK, { phone: '13700137000' }, mfaToken)).json).toEqual({
      code: 200,
      message: expect.any(String),
      data: false,
    });
    expect(
      (await postV2(CHECK, { phone: MFA_PHONE, phoneCountryCode: '+86' }, mfaToken)).json,
    ).toMatchObject({ code: 200, data: true });
    await sendMfaCode('13700137000');
    const taken = await postV2(
      VERIFY,
      { phone: '13700137000', code: mock.lastCodeFor('13700137000') },
      mfaToken,
    );
    expect(taken.json.code).toBe(409);
    await sendMfaCode();
    const bound = await postV2(
      VERIFY,
      { phone: MFA_PHONE, code: mock.lastCodeFor(MFA_PHONE), phoneCountryCode: '+86' },
      mfaToken,
    );
    expect(bound.json.code).toBe(200);
    expect(mock.users.find((u) => u.userId === 'ada')?.mfaFactors).toEqual([
      expect.objectContaining({
        factorType: 'SMS',
        profile: { phoneNumber: MFA_PHONE, phoneCountryCode: '+86' },
      }),
    ]);
    // The next sign-in names the bound number; it is no longer free for anyone else.
    const next = await mfaAnswer();
    expect(next).toMatchObject({ mfaPhone: MFA_PHONE, mfaPhoneCountryCode: '+86' });
    expect((await postV2(CHECK, { phone: MFA_PHONE }, next.mfaToken)).json.data).toBe(true);
  });
});

describe('POST /api/v2/applications/mfa/check', () => {
  it('needs a live mfaToken and a phone or an email, and checks emails too', async () => {
    install({
      mfa: true,
      users: [ADA, { email: 'bob@example.com', mfa: { email: 'shared@example.com' } }],
    });
    expect((await postV2(CHECK, { phone: MFA_PHONE }, 'nope')).json.code).toBe(2021);
    const { mfaToken } = await mfaAnswer();
    expect((await postV2(CHECK, {}, mfaToken)).json.code).toBe(2231);
    expect((await postV2(CHECK, { email: 'bob@example.com' }, mfaToken)).json.data).toBe(false);
    expect((await postV2(CHECK, { email: 'Shared@example.com' }, mfaToken)).json.data).toBe(false);
    expect((await postV2(CHECK, { email: 'free@example.com' }, mfaToken)).json.data).toBe(true);
    expect((await postV2(CHECK, { email: 'nope' }, mfaToken)).json.code).toBe(2204);
  });
});
