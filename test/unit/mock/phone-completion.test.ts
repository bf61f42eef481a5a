import { describe, expect, it } from 'vitest';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const EMAIL = 'new@example.com';
const PHONE = '13900139000';

function setup(options: Parameters<typeof install>[0] = {}) {
  const clock = fakeClock();
  let next = 100_000;
  const mock = install({ now: clock.now, generateCode: () => String(next++), ...options });
  const sendEmailCode = async () => {
    await post('send-email', { channel: 'CHANNEL_REGISTER', email: EMAIL });
    return mock.lastCodeFor(EMAIL, 'CHANNEL_REGISTER');
  };
  const sendPhoneCode = async (phoneNumber = PHONE) => {
    await post('send-sms', { channel: 'CHANNEL_COMPLETE_PHONE', phoneNumber });
    return mock.lastCodeFor(phoneNumber, 'CHANNEL_COMPLETE_PHONE');
  };
  const signUp = (passCode: unknown, phoneCode: unknown, phone = PHONE) =>
    post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { email: EMAIL, passCode },
      profile: { phone, phoneCountryCode: '+86', nickname: 'N' },
      options: { phonePassCodeForInformationCompletion: phoneCode },
    });
  return { clock, mock, sendEmailCode, sendPhoneCode, signUp };
}

describe('phone completion at sign-up', () => {
  it('stores the phone of an email sign-up with its CHANNEL_COMPLETE_PHONE code, once', async () => {
    const { mock, sendEmailCode, sendPhoneCode, signUp } = setup();
    const phoneCode = await sendPhoneCode();
    const { json } = await signUp(await sendEmailCode(), phoneCode);
    expect(json).toMatchObject({
      statusCode: 200,
      data: { email: EMAIL, phone: PHONE, phoneCountryCode: '+86', nickname: 'N' },
    });
    expect(mock.users[0]).toMatchObject({ email: EMAIL, phone: PHONE });
    expect(mock.users[0]?.profile).toEqual({ nickname: 'N' });
    // The phone now signs in.
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: PHONE });
    const login = await post('signin', {
      connection: 'PASSCODE',
      passCodePayload: { phone: PHONE, passCode: mock.lastCodeFor(PHONE, 'CHANNEL_LOGIN') },
    });
    expect(login.json.statusCode).toBe(200);
  });

  it('refuses a wrong, other-channel or expired code and registers no one', async () => {
    const { clock, mock, sendEmailCode, sendPhoneCode, signUp } = setup();
    const emailCode = await sendEmailCode();
    expect((await signUp(emailCode, '000000')).json.apiCode).toBe(2001);
    await post('send-sms', { channel: 'CHANNEL_BIND_PHONE', phoneNumber: PHONE });
    const bindCode = mock.lastCodeFor(PHONE, 'CHANNEL_BIND_PHONE');
    expect((await signUp(emailCode, bindCode)).json.apiCode).toBe(2001);
    const phoneCode = await sendPhoneCode();
    clock.advance(5 * 60_000 + 1);
    expect((await signUp(emailCode, phoneCode)).json.apiCode).toBe(2300);
    expect(mock.users).toEqual([]);
  });

  it('refuses a number another user has, with the mock phoneTaken status', async () => {
    const { mock, sendEmailCode, sendPhoneCode, signUp } = setup({
      users: [{ userId: 'bob', phone: PHONE }],
    });
    const { json } = await signUp(await sendEmailCode(), await sendPhoneCode());
    expect(json.statusCode).toBe(409);
    expect(mock.users).toHaveLength(1);
  });

  it('needs the code when a phone is given, and a phone when a code is', async () => {
    const { sendEmailCode, sendPhoneCode, signUp } = setup();
    const emailCode = await sendEmailCode();
    const noCode = await signUp(emailCode, undefined);
    expect(noCode.json).toMatchObject({ statusCode: 400, apiCode: 2231 });
    expect(noCode.json.message).toContain('phonePassCodeForInformationCompletion');
    expect((await signUp(emailCode, 123456)).json.statusCode).toBe(400);
    expect((await signUp(emailCode, '123456', '12345')).json.apiCode).toBe(2028);
    const noPhone = await post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { email: EMAIL, passCode: emailCode },
      options: { phonePassCodeForInformationCompletion: await sendPhoneCode() },
    });
    expect(noPhone.json.message).toContain('profile.phone');
  });

  it('refuses a profile phone on a sign-up by phone', async () => {
    const { mock } = setup();
    await post('send-sms', { channel: 'CHANNEL_REGISTER', phoneNumber: '13800138000' });
    const { json } = await post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { phone: '13800138000', passCode: mock.lastCodeFor('13800138000') },
      profile: { phone: PHONE },
      options: { phonePassCodeForInformationCompletion: '123456' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.message).toContain('profile.phone');
  });

  it('works with a password sign-up too', async () => {
    const { mock, sendPhoneCode } = setup();
    const { json } = await post('signup', {
      connection: 'PASSWORD',
      passwordPayload: { email: EMAIL, password: 'secret1' },
      profile: { phone: PHONE },
      options: { phonePassCodeForInformationCompletion: await sendPhoneCode() },
    });
    expect(json).toMatchObject({ statusCode: 200, data: { phone: PHONE } });
    expect(mock.users[0]).toMatchObject({ phone: PHONE, phoneCountryCode: '+86' });
  });
});
