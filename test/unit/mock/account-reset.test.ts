import { describe, expect, it } from 'vitest';
import { resetPasswordByCode } from '../../../src/core/index.js';
import { accountHarness, rejection } from '../../helpers/account-harness.js';
import { setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const ADA = { phone: '13800138000', email: 'ada@example.com', userId: 'ada' };

const byPhone = (passCode: string, phoneNumber = ADA.phone) =>
  ({
    verifyMethod: 'PHONE_PASSCODE',
    phonePassCodePayload: { phoneNumber, passCode, phoneCountryCode: '+86' },
  }) as const;

describe('pre-check-code', () => {
  it('says whether a code is right without spending it; the consuming call still works', async () => {
    const h = accountHarness(install);
    const code = await h.smsCode('CHANNEL_REGISTER', '13900139000');
    const sms = (passCode: string, channel = 'CHANNEL_REGISTER' as const) =>
      h.client.preCheckCode({
        codeType: 'SMS',
        smsCodePayload: { phone: '13900139000', phoneCountryCode: '+86', passCode, channel },
      });
    expect((await sms('000000' === code ? '111111' : '000000')).data).toMatchObject({
      isValid: false,
    });
    expect((await sms(code)).data).toEqual({ isValid: true });
    expect((await sms(code)).data).toEqual({ isValid: true });
    await h.client.signUpByPhonePassCode({
      phone: '13900139000',
      phoneCountryCode: '+86',
      passCode: code,
    });
    // Spent by the sign-up: now the pre-check says no.
    expect((await sms(code)).data).toMatchObject({ isValid: false, message: expect.any(String) });
  });

  it('keeps codes per (channel, recipient): a sign-in code is no reset code', async () => {
    const h = accountHarness(install, { users: [ADA] });
    const code = await h.smsCode('CHANNEL_LOGIN', ADA.phone);
    const { data } = await h.client.preCheckCode({
      codeType: 'SMS',
      smsCodePayload: { phone: ADA.phone, passCode: code, channel: 'CHANNEL_RESET_PASSWORD' },
    });
    expect(data.isValid).toBe(false);
  });

  it('checks email codes, and says expired ones are invalid', async () => {
    const h = accountHarness(install);
    const code = await h.emailCode('CHANNEL_RESET_PASSWORD', 'Ada@Example.com');
    const check = () =>
      h.client.preCheckCode({
        codeType: 'EMAIL',
        emailCodePayload: {
          email: 'ada@example.com',
          passCode: code,
          channel: 'CHANNEL_RESET_PASSWORD',
        },
      });
    expect((await check()).data.isValid).toBe(true);
    h.clock.advance(5 * 60_000 + 1);
    expect((await check()).data).toEqual({
      isValid: false,
      message: 'The verification code has expired',
    });
  });
});

describe('forgot password', () => {
  it('by phone: the reset code buys a one-time token that sets the password once', async () => {
    const h = accountHarness(install, { users: [ADA] });
    const code = await h.smsCode('CHANNEL_RESET_PASSWORD', ADA.phone);
    const { data } = await h.client.verifyResetPasswordRequest(byPhone(code));
    expect(data).toEqual({
      passwordResetToken: expect.stringMatching(/^[0-9a-f]{32}$/),
      tokenExpiresIn: 60,
    });
    const token = data.passwordResetToken;
    expect(
      (await h.client.resetPassword({ password: 'better-1', passwordResetToken: token })).data,
    ).toEqual({
      success: true,
    });
    await expect(
      rejection(h.client.resetPassword({ password: 'better-2', passwordResetToken: token })),
    ).resolves.toMatchObject({
      name: 'GenAuthApiError',
      statusCode: 403,
    });
    // The code was spent by the verify step.
    await expect(
      rejection(h.client.verifyResetPasswordRequest(byPhone(code))),
    ).resolves.toMatchObject({
      apiCode: 2001,
    });
  });

  it('by email, with the two steps chained', async () => {
    const h = accountHarness(install, { users: [ADA] });
    const code = await h.emailCode('CHANNEL_RESET_PASSWORD', ADA.email);
    const result = await resetPasswordByCode(h.client, {
      verify: {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: ADA.email, passCode: code },
      },
      password: 'better-1',
    });
    expect(result.data.success).toBe(true);
  });

  it('refuses a wrong, an expired and a reused code, and unknown accounts', async () => {
    const h = accountHarness(install, { users: [ADA] });
    const code = await h.smsCode('CHANNEL_RESET_PASSWORD', ADA.phone);
    const wrong = code === '123456' ? '654321' : '123456';
    await expect(
      rejection(h.client.verifyResetPasswordRequest(byPhone(wrong))),
    ).resolves.toMatchObject({
      statusCode: 400,
      apiCode: 2001,
    });
    h.clock.advance(5 * 60_000 + 1);
    await expect(
      rejection(h.client.verifyResetPasswordRequest(byPhone(code))),
    ).resolves.toMatchObject({
      apiCode: 2300,
    });
    const stranger = await h.smsCode('CHANNEL_RESET_PASSWORD', '13700137000');
    await expect(
      rejection(h.client.verifyResetPasswordRequest(byPhone(stranger, '13700137000'))),
    ).resolves.toMatchObject({ statusCode: 404, apiCode: 2004 });
  });

  it('refuses an expired reset token, and a weak password without spending the token', async () => {
    const h = accountHarness(install, { users: [ADA], passwordStrength: 'medium' });
    const first = await h.smsCode('CHANNEL_RESET_PASSWORD', ADA.phone);
    const token = (await h.client.verifyResetPasswordRequest(byPhone(first))).data
      .passwordResetToken;
    await expect(
      rejection(h.client.resetPassword({ password: 'abcdefg', passwordResetToken: token })),
    ).resolves.toMatchObject({
      statusCode: 422,
    });
    await expect(
      h.client.resetPassword({ password: 'abcdef1', passwordResetToken: token }),
    ).resolves.toMatchObject({
      data: { success: true },
    });
    h.clock.advance(60_000);
    const second = await h.smsCode('CHANNEL_RESET_PASSWORD', ADA.phone);
    const late = (await h.client.verifyResetPasswordRequest(byPhone(second))).data
      .passwordResetToken;
    h.clock.advance(60_000);
    await expect(
      rejection(h.client.resetPassword({ password: 'abcdef1', passwordResetToken: late })),
    ).resolves.toMatchObject({
      statusCode: 403,
    });
    expect(JSON.stringify(h.mock.users)).not.toContain('abcdef1');
  });
});
