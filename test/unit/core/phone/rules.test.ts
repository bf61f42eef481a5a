import { describe, expect, it } from 'vitest';
import { phoneRules } from '../../../../src/core/phone/rules.js';
import { zhCN } from '../../../../src/i18n/zh-CN.js';

describe('phoneRules', () => {
  it('accepts SMS-capable numbers and empty optional values', () => {
    const { validate } = phoneRules();
    expect(validate('+8613800138000')).toBe(true);
    expect(validate('')).toBe(true);
    expect(validate(undefined)).toBe(true);
  });

  it('refuses empty values when required, with the built-in or a custom message', () => {
    expect(phoneRules({ required: true }).validate('')).toBe('Enter your phone number.');
    expect(phoneRules({ required: true }).validate(null)).toBe('Enter your phone number.');
    expect(phoneRules({ required: 'Phone needed' }).validate('')).toBe('Phone needed');
  });

  it('explains each refusal in the chosen locale', () => {
    const en = phoneRules().validate;
    expect(en('+86138')).toBe('This phone number is too short.');
    expect(en('+861012345678')).toBe('Enter a mobile number that can receive text messages.');
    expect(en('+9991234')).toBe('This country code is not supported.');
    const zh = phoneRules({ messages: zhCN }).validate;
    expect(zh('+861012345678')).toBe('请输入可接收短信的手机号。');
    expect(zh('+86138')).toBe('手机号位数不足。');
  });

  it('takes message overrides and a default country for national values', () => {
    const { validate } = phoneRules({
      messages: { phoneTooShort: 'Short!' },
      defaultCountry: 'GB',
    });
    expect(validate('07400')).toBe('Short!');
    expect(validate('07400 123456')).toBe(true);
  });
});
