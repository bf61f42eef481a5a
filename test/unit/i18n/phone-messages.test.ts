import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/i18n/en-US.js';
import { resolveMessages } from '../../../src/i18n/messages.js';
import { phoneReasonMessage } from '../../../src/i18n/phone-reason-message.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

describe('messages', () => {
  it('format seconds in the send-button messages', () => {
    expect(enUS.countdown(42)).toContain('42');
    expect(enUS.cooldownStarted(60)).toBe('Code sent. You can request a new one in 60 seconds.');
    expect(zhCN.countdown(42)).toContain('42');
    expect(zhCN.rateLimited(30)).toContain('30');
  });

  it('resolve a catalogue with overrides, ignoring undefined ones', () => {
    expect(resolveMessages(zhCN).sendCode).toBe('获取验证码');
    expect(resolveMessages(enUS, { sendCode: 'Get code', sending: undefined })).toMatchObject({
      sendCode: 'Get code',
      sending: 'Sending…',
    });
    expect(resolveMessages(undefined, zhCN)).toEqual(zhCN);
    expect(resolveMessages()).toBe(enUS);
    expect(enUS.locale).toBe('en-US');
    expect(zhCN.locale).toBe('zh-CN');
  });

  it('name each phone refusal', () => {
    expect(phoneReasonMessage('not_mobile', enUS)).toBe(enUS.phoneNotMobile);
    expect(phoneReasonMessage('too_long', zhCN)).toBe(zhCN.phoneTooLong);
  });
});
