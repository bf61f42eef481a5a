import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST, post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const MOBILE = '13800138000';
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

function signinBody(passCode: string | undefined, phone = MOBILE, extra: object = {}) {
  return {
    connection: 'PASSCODE',
    passCodePayload: { passCode, phone, phoneCountryCode: '+86' },
    ...extra,
  };
}

function claims(token: unknown): Record<string, unknown> {
  const payload = String(token).split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
}

async function sendCode(channel: string, phoneNumber = MOBILE): Promise<void> {
  const { json } = await post('send-sms', { channel, phoneNumber });
  expect(json.statusCode).toBe(200);
}

describe('signin with a passcode', () => {
  it('exchanges the latest CHANNEL_LOGIN code of a registered user for tokens', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, users: [{ phone: MOBILE, userId: 'u1' }] });
    await sendCode('CHANNEL_LOGIN');
    const { json } = await post('signin', signinBody(mock.lastCodeFor(MOBILE, 'CHANNEL_LOGIN')));
    expect(json).toMatchObject({ statusCode: 200, requestId: expect.any(String) });
    expect(json.data).toEqual({
      access_token: expect.stringMatching(JWT),
      id_token: expect.stringMatching(JWT),
      token_type: 'Bearer',
      expires_in: 7200,
      scope: 'openid profile',
    });
    expect(claims(json.data?.id_token)).toMatchObject({
      sub: 'u1',
      aud: APP_ID,
      iss: HOST,
      phone_number: MOBILE,
      iat: clock.now() / 1000,
    });
  });

  it('adds a refresh token when the scope asks for offline_access', async () => {
    const mock = install({ users: [{ phone: MOBILE }] });
    await sendCode('CHANNEL_LOGIN');
    const { json } = await post(
      'signin',
      signinBody(mock.lastCodeFor(MOBILE), MOBILE, {
        options: { scope: 'openid offline_access' },
      }),
    );
    expect(json.data).toMatchObject({
      scope: 'openid offline_access',
      refresh_token: expect.any(String),
    });
  });

  it('refuses a wrong code, and a code sent on another channel', async () => {
    const mock = install({ users: [{ phone: MOBILE }], generateCode: () => '111111' });
    await sendCode('CHANNEL_REGISTER');
    const otherChannel = await post('signin', signinBody(mock.lastCodeFor(MOBILE)));
    expect(otherChannel.json).toMatchObject({ statusCode: 400, apiCode: 2001 });
    await sendCode('CHANNEL_LOGIN');
    const wrong = await post('signin', signinBody('222222'));
    expect(wrong.json).toMatchObject({ statusCode: 400, apiCode: 2001 });
  });

  it('accepts only the latest code', async () => {
    const clock = fakeClock();
    let next = 0;
    const mock = install({
      now: clock.now,
      users: [{ phone: MOBILE }],
      generateCode: () => String(++next).padStart(6, '0'),
    });
    await sendCode('CHANNEL_LOGIN');
    clock.advance(60_000);
    await sendCode('CHANNEL_LOGIN');
    expect(mock.lastCodeFor(MOBILE)).toBe('000002');
    expect((await post('signin', signinBody('000001'))).json.apiCode).toBe(2001);
    expect((await post('signin', signinBody('000002'))).json.statusCode).toBe(200);
  });

  it('refuses an expired code (codeTtlMs) and accepts it right before', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, users: [{ phone: MOBILE }], codeTtlMs: 300_000 });
    await sendCode('CHANNEL_LOGIN');
    const code = mock.lastCodeFor(MOBILE);
    clock.advance(300_001);
    expect((await post('signin', signinBody(code))).json).toMatchObject({
      statusCode: 400,
      apiCode: 2300,
    });

    mock.reset();
    await sendCode('CHANNEL_LOGIN');
    clock.advance(300_000);
    expect((await post('signin', signinBody(mock.lastCodeFor(MOBILE)))).json.statusCode).toBe(200);
  });

  it('uses a code once', async () => {
    const mock = install({ users: [{ phone: MOBILE }] });
    await sendCode('CHANNEL_LOGIN');
    const code = mock.lastCodeFor(MOBILE);
    expect((await post('signin', signinBody(code))).json.statusCode).toBe(200);
    expect((await post('signin', signinBody(code))).json).toMatchObject({ apiCode: 2001 });
  });

  it('refuses an unknown user without spending the code, unless autoRegister', async () => {
    const mock = install();
    await sendCode('CHANNEL_LOGIN');
    const code = mock.lastCodeFor(MOBILE);
    expect((await post('signin', signinBody(code))).json).toMatchObject({
      statusCode: 404,
      apiCode: 2004,
    });
    const auto = await post(
      'signin',
      signinBody(code, MOBILE, { options: { autoRegister: true } }),
    );
    expect(auto.json.statusCode).toBe(200);
    expect(mock.users).toMatchObject([{ phone: MOBILE, phoneCountryCode: '+86' }]);
  });

  it('treats a missing phoneCountryCode as +86', async () => {
    const mock = install({ users: [{ phone: MOBILE, phoneCountryCode: '+86' }] });
    await sendCode('CHANNEL_LOGIN');
    const { json } = await post('signin', {
      connection: 'PASSCODE',
      passCodePayload: { passCode: mock.lastCodeFor(MOBILE), phone: MOBILE },
    });
    expect(json.statusCode).toBe(200);
  });

  it('signs in by email with a CHANNEL_LOGIN email code', async () => {
    const mock = install({ users: [{ email: 'ada@example.com' }] });
    await post('send-email', { channel: 'CHANNEL_LOGIN', email: 'ada@example.com' });
    const { json } = await post('signin', {
      connection: 'PASSCODE',
      passCodePayload: { passCode: mock.lastCodeFor('ada@example.com'), email: 'Ada@example.com' },
    });
    expect(json.statusCode).toBe(200);
  });

  it.each([
    ['no connection', { passCodePayload: { passCode: '1', phone: MOBILE } }, 'connection'],
    ['another connection', { connection: 'SOCIAL', passCodePayload: {} }, 'connection'],
    ['no payload', { connection: 'PASSCODE' }, 'passCodePayload'],
    ['no passCode', { connection: 'PASSCODE', passCodePayload: { phone: MOBILE } }, 'passCode'],
    ['no phone', { connection: 'PASSCODE', passCodePayload: { passCode: '1' } }, 'phone'],
  ])('refuses %s', async (_, body, field) => {
    install();
    const { json } = await post('signin', body);
    expect(json.statusCode).toBe(400);
    expect(json.message).toContain(field);
  });

  it('refuses a malformed phone and requires the app id', async () => {
    install();
    expect((await post('signin', signinBody('123456', '12345'))).json.apiCode).toBe(2028);
    expect((await post('signin', signinBody('123456'), { headers: {} })).json.apiCode).toBe(2101);
  });
});

describe('signup with a passcode', () => {
  const profile = { nickname: 'Ada', gender: 'F' };

  it('registers a number once with its CHANNEL_REGISTER code and returns the user', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    await sendCode('CHANNEL_REGISTER');
    const { json } = await post('signup', {
      ...signinBody(mock.lastCodeFor(MOBILE, 'CHANNEL_REGISTER')),
      profile,
    });
    expect(json).toMatchObject({ statusCode: 200, requestId: expect.any(String) });
    expect(json.data).toMatchObject({
      userId: expect.stringMatching(/^[0-9a-f]{24}$/),
      phone: MOBILE,
      phoneCountryCode: '+86',
      nickname: 'Ada',
      gender: 'F',
      status: 'Activated',
      phoneVerified: true,
      createdAt: new Date(clock.now()).toISOString(),
    });
    expect(mock.users).toHaveLength(1);

    clock.advance(60_000);
    await sendCode('CHANNEL_REGISTER');
    const twice = await post('signup', signinBody(mock.lastCodeFor(MOBILE, 'CHANNEL_REGISTER')));
    expect(twice.json).toMatchObject({ statusCode: 409, apiCode: 2026 });
    expect(mock.users).toHaveLength(1);
  });

  it('lets the new user sign in', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    await sendCode('CHANNEL_REGISTER');
    await post('signup', signinBody(mock.lastCodeFor(MOBILE)));
    await sendCode('CHANNEL_LOGIN');
    const { json } = await post('signin', signinBody(mock.lastCodeFor(MOBILE)));
    expect(json.statusCode).toBe(200);
    expect(claims(json.data?.access_token).sub).toBe(mock.users[0]?.userId);
  });

  it('refuses a CHANNEL_LOGIN code, a wrong code, an expired code and a reused code', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, generateCode: () => '424242' });
    await sendCode('CHANNEL_LOGIN');
    expect((await post('signup', signinBody('424242'))).json.apiCode).toBe(2001);
    await sendCode('CHANNEL_REGISTER');
    expect((await post('signup', signinBody('000000'))).json.apiCode).toBe(2001);
    clock.advance(5 * 60_000 + 1);
    expect((await post('signup', signinBody('424242'))).json.apiCode).toBe(2300);
    await sendCode('CHANNEL_REGISTER', '13900139000');
    const ok = await post('signup', signinBody('424242', '13900139000'));
    expect(ok.json.statusCode).toBe(200);
    const reused = await post('signup', signinBody('424242', '13900139000'));
    expect(reused.json.apiCode).toBe(2001);
    expect(mock.users).toHaveLength(1);
  });

  it('refuses a number that was pre-seeded', async () => {
    const mock = install({ users: [{ phone: MOBILE }] });
    await sendCode('CHANNEL_REGISTER');
    const { json } = await post('signup', signinBody(mock.lastCodeFor(MOBILE)));
    expect(json).toMatchObject({ statusCode: 409, apiCode: 2026 });
  });
});
