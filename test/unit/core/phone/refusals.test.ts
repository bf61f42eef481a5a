import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { type PhoneInvalidReason, parsePhone } from '../../../../src/core/phone/parse.js';

type Row = [input: string, defaultCountry: CountryCode, reason: PhoneInvalidReason];

const REFUSED: Row[] = [
  // Fixed lines and other numbers that cannot receive an SMS.
  ['010 1234 5678', 'CN', 'not_mobile'],
  ['+86 10 1234 5678', 'CN', 'not_mobile'],
  ['021 6123 4567', 'CN', 'not_mobile'],
  ['+44 20 7946 0958', 'CN', 'not_mobile'],
  ['030 123456', 'DE', 'not_mobile'],
  ['+33 1 23 45 67 89', 'CN', 'not_mobile'],
  ['+852 2123 4567', 'CN', 'not_mobile'],
  ['03-1234-5678', 'JP', 'not_mobile'],
  ['+800 1234 5678', 'CN', 'not_mobile'],
  // Nothing there.
  ['', 'CN', 'empty'],
  ['   ', 'CN', 'empty'],
  ['+', 'CN', 'empty'],
  ['( ) - .', 'CN', 'empty'],
  ['\u200f\u202a', 'CN', 'empty'],
  // Wrong length.
  ['138', 'CN', 'too_short'],
  ['+86 1380', 'CN', 'too_short'],
  // Half-typed mobiles whose length a fixed line could have: still "too short", not "not mobile".
  ['138 0013', 'CN', 'too_short'],
  ['139 1234 567', 'CN', 'too_short'],
  ['0151 2345', 'DE', 'too_short'],
  ['1', 'US', 'too_short'],
  ['1380013800012345', 'CN', 'too_long'],
  ['138 0013 8000 1', 'CN', 'too_long'],
  ['1'.repeat(65), 'CN', 'too_long'],
  // Unknown calling code or default country.
  ['+999 1234 5678', 'CN', 'invalid_country'],
  ['13800138000', 'XX' as CountryCode, 'invalid_country'],
  ['13800138000', '' as CountryCode, 'invalid_country'],
  // Not a number at all, or digits no plan allows.
  ['hello', 'CN', 'invalid'],
  ['1-800-FLOWERS', 'US', 'invalid'],
  ['+86 138+0013 8000', 'CN', 'invalid'],
  ['(023) 456-7890', 'US', 'invalid'],
  ['06001 234567', 'GB', 'invalid'],
];

describe('parsePhone refuses what cannot get an SMS', () => {
  it.each(REFUSED)('%j in %s → %s', (input, defaultCountry, reason) => {
    const parsed = parsePhone(input, { defaultCountry });
    expect(parsed.valid).toBe(false);
    expect(parsed.reason).toBe(reason);
    expect(parsed.e164).toBeUndefined();
    expect(parsed.phoneNumber).toBeUndefined();
  });

  it('keeps the country of a refused fixed line, for the UI', () => {
    expect(parsePhone('010 1234 5678')).toMatchObject({
      reason: 'not_mobile',
      country: 'CN',
      phoneCountryCode: '+86',
    });
  });

  it('ignores the default country for international numbers, even an unknown one', () => {
    expect(parsePhone('+86 138 0013 8000', { defaultCountry: 'XX' as CountryCode }).valid).toBe(
      true,
    );
  });
});
