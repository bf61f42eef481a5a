import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { GenAuthInputError } from '../../../../src/core/api/errors.js';
import { type ParsedPhone, parsePhone, toSendSmsInput } from '../../../../src/core/phone/parse.js';

type Row = [input: string, defaultCountry: CountryCode, e164: string, country: CountryCode];

// National numbers as people write them at home, and the same numbers written internationally.
const NATIONAL: Row[] = [
  ['138 0013 8000', 'CN', '+8613800138000', 'CN'],
  ['131-2345-6789', 'CN', '+8613123456789', 'CN'],
  ['(201) 555-0123', 'US', '+12015550123', 'US'],
  ['201.555.0123', 'US', '+12015550123', 'US'],
  ['1 (201) 555-0123', 'US', '+12015550123', 'US'],
  ['506-234-5678', 'CA', '+15062345678', 'CA'],
  ['07400 123456', 'GB', '+447400123456', 'GB'],
  ['0151 23456789', 'DE', '+4915123456789', 'DE'],
  ['06 12 34 56 78', 'FR', '+33612345678', 'FR'],
  ['090-1234-5678', 'JP', '+819012345678', 'JP'],
  ['010-2000-0000', 'KR', '+821020000000', 'KR'],
  ['081234 56789', 'IN', '+918123456789', 'IN'],
  ['(11) 96123-4567', 'BR', '+5511961234567', 'BR'],
  ['5123 4567', 'HK', '+85251234567', 'HK'],
  ['6612 3456', 'MO', '+85366123456', 'MO'],
  ['0912 345 678', 'TW', '+886912345678', 'TW'],
  ['8123 4567', 'SG', '+6581234567', 'SG'],
  ['0412 345 678', 'AU', '+61412345678', 'AU'],
  ['021 123 4567', 'NZ', '+64211234567', 'NZ'],
  ['8 (912) 345-67-89', 'RU', '+79123456789', 'RU'],
  ['312 345 6789', 'IT', '+393123456789', 'IT'],
  ['612 34 56 78', 'ES', '+34612345678', 'ES'],
  ['0812-345-678', 'ID', '+62812345678', 'ID'],
  ['012-345 6789', 'MY', '+60123456789', 'MY'],
  ['081 234 5678', 'TH', '+66812345678', 'TH'],
  ['0912 345 678', 'VN', '+84912345678', 'VN'],
  ['0905 123 4567', 'PH', '+639051234567', 'PH'],
  ['050 123 4567', 'AE', '+971501234567', 'AE'],
  ['071 123 4567', 'ZA', '+27711234567', 'ZA'],
  ['0501 234 56 78', 'TR', '+905012345678', 'TR'],
  ['06 12345678', 'NL', '+31612345678', 'NL'],
  ['078 123 45 67', 'CH', '+41781234567', 'CH'],
];

const INTERNATIONAL: Array<[input: string, e164: string, country: CountryCode]> = [
  ['+86 138 0013 8000', '+8613800138000', 'CN'],
  ['+8613800138000', '+8613800138000', 'CN'],
  ['0086 138 0013 8000', '+8613800138000', 'CN'],
  ['(+86) 138-0013-8000', '+8613800138000', 'CN'],
  ['+1 (201) 555-0123', '+12015550123', 'US'],
  ['+1 506 234 5678', '+15062345678', 'CA'],
  ['0044 7400 123456', '+447400123456', 'GB'],
  ['+44 (0) 7400 123456', '+447400123456', 'GB'],
  ['+49 151 23456789', '+4915123456789', 'DE'],
  ['+33 6 12 34 56 78', '+33612345678', 'FR'],
  ['+81 90-1234-5678', '+819012345678', 'JP'],
  ['+91 81234 56789', '+918123456789', 'IN'],
  ['+55 11 96123 4567', '+5511961234567', 'BR'],
  ['+852 5123 4567', '+85251234567', 'HK'],
  ['+886 912 345 678', '+886912345678', 'TW'],
  ['+65 8123 4567', '+6581234567', 'SG'],
  ['+61 412 345 678', '+61412345678', 'AU'],
  ['+7 912 345-67-89', '+79123456789', 'RU'],
  ['+52 222 123 4567', '+522221234567', 'MX'],
  ['+966 51 234 5678', '+966512345678', 'SA'],
  ['+234 802 123 4567', '+2348021234567', 'NG'],
  ['+20 100 123 4567', '+201001234567', 'EG'],
  ['+972 50-234-5678', '+972502345678', 'IL'],
  ['+46 70 123 45 67', '+46701234567', 'SE'],
  ['+54 9 11 2345-6789', '+5491123456789', 'AR'],
];

function expectValid(parsed: ParsedPhone, e164: string, country: CountryCode) {
  expect(parsed).toMatchObject({ valid: true, e164, country });
  if (!parsed.valid) return;
  expect(`${parsed.phoneCountryCode}${parsed.phoneNumber}`).toBe(e164);
  expect(parsed.phoneNumber).toMatch(/^\d+$/);
  expect(parsed.phoneCountryCode).toMatch(/^\+\d{1,4}$/);
}

describe('parsePhone: national numbers in many countries', () => {
  it.each(NATIONAL)('%s in %s', (input, defaultCountry, e164, country) => {
    expectValid(parsePhone(input, { defaultCountry }), e164, country);
  });
});

describe('parsePhone: international numbers, whatever the default country', () => {
  it.each(INTERNATIONAL)('%s', (input, e164, country) => {
    expectValid(parsePhone(input), e164, country);
    expectValid(parsePhone(input, { defaultCountry: 'US' }), e164, country);
  });
});

describe('parsePhone: the split GenAuth wants', () => {
  it('gives the national significant number and the +calling code', () => {
    expect(parsePhone('+86 138 0013 8000')).toEqual({
      valid: true,
      e164: '+8613800138000',
      phoneNumber: '13800138000',
      phoneCountryCode: '+86',
      country: 'CN',
    });
  });

  it('drops the national prefix (0, 8...) from phoneNumber', () => {
    expect(parsePhone('07400 123456', { defaultCountry: 'GB' })).toMatchObject({
      phoneNumber: '7400123456',
    });
    expect(parsePhone('8 912 345 67 89', { defaultCountry: 'RU' })).toMatchObject({
      phoneNumber: '9123456789',
    });
  });

  it('defaults to China', () => {
    expect(parsePhone('13800138000')).toMatchObject({ valid: true, country: 'CN' });
  });
});

describe('toSendSmsInput', () => {
  it('gives exactly the send-sms body', () => {
    expect(toSendSmsInput(parsePhone('+44 7400 123456'), 'CHANNEL_LOGIN')).toEqual({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '7400123456',
      phoneCountryCode: '+44',
    });
  });

  it('throws a GenAuthInputError for an invalid number or channel', () => {
    expect(() => toSendSmsInput(parsePhone('010 1234 5678'), 'CHANNEL_LOGIN')).toThrow(
      GenAuthInputError,
    );
    expect(() => toSendSmsInput(parsePhone('010 1234 5678'), 'CHANNEL_LOGIN')).toThrow(
      /not_mobile/,
    );
    expect(() => toSendSmsInput(parsePhone('13800138000'), 'LOGIN' as never)).toThrow(
      expect.objectContaining({ field: 'channel' }),
    );
  });

  // Its phone half is requireE164Parts: the words a caller may log stay the send's own.
  it("names the phoneNumber field and the reason in the send's words, even for no parse at all", () => {
    expect(() => toSendSmsInput(parsePhone('010 1234 5678'), 'CHANNEL_LOGIN')).toThrow(
      expect.objectContaining({
        name: 'GenAuthInputError',
        field: 'phoneNumber',
        message: 'Cannot send an SMS to this number (not_mobile)',
      }),
    );
    // From JavaScript, a missing parse is a refusal too, not a TypeError.
    expect(() => toSendSmsInput(undefined as never, 'CHANNEL_LOGIN')).toThrow(
      expect.objectContaining({
        field: 'phoneNumber',
        message: 'Cannot send an SMS to this number (invalid)',
      }),
    );
  });
});
