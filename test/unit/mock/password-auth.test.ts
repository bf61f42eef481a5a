import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const ADA = {
  userId: 'ada',
  email: 'ada@example.com',
  phone: '13800138000',
  username: 'ada',
  password: 'correct horse 1',
};

const signIn = (passwordPayload: unknown, extra: object = {}) =>
  post('signin', { connection: 'PASSWORD', passwordPayload, ...extra });

describe('signin with a password', () => {
  it.each([
    ['email (any case)', { email: 'Ada@Example.com' }],
    ['phone', { phone: ADA.phone }],
    ['phone with its country code', { phone: ADA.phone, phoneCountryCode: '+86' }],
    ['username', { username: 'ada' }],
    ['account holding the email', { account: ADA.email }],
    ['account holding the phone', { account: ADA.phone }],
    ['account holding the username', { account: 'ada' }],
  ])('signs in by %s', async (_, identifier) => {
    install({ users: [ADA] });
    const { json } = await signIn({ ...identifier, password: ADA.password });
    expect(json).toMatchObject({ statusCode: 200, data: { token_type: 'Bearer' } });
  });

  it('answers 2333 for a wrong password or a user without one, 2004 for an unknown account', async () => {
    install({ users: [ADA, { email: 'nopass@example.com' }] });
    const wrong = await signIn({ email: ADA.email, password: 'nope' });
    expect(wrong.json).toMatchObject({ statusCode: 400, apiCode: 2333 });
    const none = await signIn({ email: 'nopass@example.com', password: 'anything' });
    expect(none.json).toMatchObject({ statusCode: 400, apiCode: 2333 });
    const unknown = await signIn({ username: 'bob', password: ADA.password });
    expect(unknown.json).toMatchObject({ statusCode: 404, apiCode: 2004 });
    // The error never echoes the password.
    expect(JSON.stringify([wrong.json, none.json, unknown.json])).not.toContain('nope');
  });

  it.each([
    ['no payload', {}, 'passwordPayload'],
    ['a payload that is not an object', { passwordPayload: 'x' }, 'passwordPayload'],
    ['no password', { passwordPayload: { email: ADA.email } }, 'password'],
    [
      'a password that is not a string',
      { passwordPayload: { email: ADA.email, password: 1 } },
      'password',
    ],
    ['no identifier', { passwordPayload: { password: 'x' } }, 'account'],
    [
      'an identifier that is not a string',
      { passwordPayload: { username: 7, password: 'x' } },
      'username',
    ],
    [
      'an encrypted password',
      {
        passwordPayload: { email: ADA.email, password: 'x' },
        options: { passwordEncryptType: 'rsa' },
      },
      'passwordEncryptType',
    ],
  ])('refuses %s with a 400', async (_, body, field) => {
    install({ users: [ADA] });
    const { json } = await post('signin', { connection: 'PASSWORD', ...body });
    expect(json.statusCode).toBe(400);
    expect(json.message).toContain(field);
  });

  it('takes the password set by reset-password and forgets the old one', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now, users: [ADA] });
    await post('send-sms', { channel: 'CHANNEL_RESET_PASSWORD', phoneNumber: ADA.phone });
    const verified = await post('verify-reset-password-request', {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { phoneNumber: ADA.phone, passCode: mock.lastCodeFor(ADA.phone) },
    });
    const reset = await post('reset-password', {
      password: 'newSecret2',
      passwordResetToken: verified.json.data?.passwordResetToken,
    });
    expect(reset.json.statusCode).toBe(200);
    expect((await signIn({ username: 'ada', password: ADA.password })).json.apiCode).toBe(2333);
    expect((await signIn({ username: 'ada', password: 'newSecret2' })).json.statusCode).toBe(200);
  });

  it('keeps passwords out of mock.users', () => {
    const mock = install({ users: [ADA] });
    expect(JSON.stringify(mock.users)).not.toContain(ADA.password);
    expect(mock.users[0]).toMatchObject({ username: 'ada', mfaEnabled: false, mfaFactors: [] });
  });
});

describe('signup with a password', () => {
  const signUp = (passwordPayload: unknown, extra: object = {}) =>
    post('signup', { connection: 'PASSWORD', passwordPayload, ...extra });

  it('registers an email (or a username) once; the password then signs in', async () => {
    const mock = install();
    const { json } = await signUp(
      { email: 'New@Example.com', password: 'password1' },
      { profile: { nickname: 'N' } },
    );
    expect(json).toMatchObject({
      statusCode: 200,
      data: { email: 'new@example.com', nickname: 'N', status: 'Activated' },
    });
    expect(JSON.stringify(json)).not.toContain('password1');
    const again = await signUp({ email: 'new@example.com', password: 'other12' });
    expect(again.json).toMatchObject({ statusCode: 409, apiCode: 2026 });
    expect((await signUp({ username: 'neo', password: 'pass12' })).json.statusCode).toBe(200);
    expect((await signUp({ username: 'neo', password: 'pass22' })).json.apiCode).toBe(2026);
    expect(mock.users).toHaveLength(2);
    const signedIn = await signIn({ account: 'new@example.com', password: 'password1' });
    expect(signedIn.json.statusCode).toBe(200);
  });

  it('refuses a password below the pool policy, and malformed bodies', async () => {
    install({ passwordStrength: 'medium' });
    const weak = await signUp({ email: 'a@example.com', password: 'abc' });
    expect(weak.json.statusCode).toBe(422);
    expect((await signUp({ email: 'a@example.com' })).json.message).toContain('password');
    expect((await signUp({ password: 'Abcdef12!' })).json.message).toContain('email');
    expect((await signUp({ email: 'nope', password: 'Abcdef12!' })).json.apiCode).toBe(2204);
    expect((await post('signup', { connection: 'PASSWORD' })).json.message).toContain(
      'passwordPayload',
    );
  });
});
