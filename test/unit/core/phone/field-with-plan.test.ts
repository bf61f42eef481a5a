import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import {
  formatPhoneChars as formatChars,
  splitInternational as split,
} from '../../../../src/core/phone/field-with-plan.js';
import { getPhoneMetadataSnapshot } from '../../../../src/core/phone/metadata-store.js';
import { applyPhoneEdit, emptyPhoneField } from '../../../../src/core/phone/text.js';

// The field's editing with the phone engine and every plan loaded (test setup).
const context = () => ({ snapshot: getPhoneMetadataSnapshot() });
const formatPhoneChars = (chars: string, country: CountryCode) =>
  formatChars(chars, country, context());
const splitInternational = (chars: string, current: CountryCode) =>
  split(chars, current, context());

describe('formatPhoneChars', () => {
  it.each([
    ['13800138000', 'CN', '138 0013 8000'],
    ['1380013', 'CN', '138 0013'],
    ['2015550123', 'US', '(201) 555-0123'],
    ['07400123456', 'GB', '07400 123456'],
    ['09012345678', 'JP', '090-1234-5678'],
  ] as const)('%s in %s → %s', (chars, country, expected) => {
    expect(formatPhoneChars(chars, country)).toBe(expected);
  });

  it('leaves half-typed international prefixes alone', () => {
    expect(formatPhoneChars('00', 'CN')).toBe('00');
    expect(formatPhoneChars('+4', 'CN')).toBe('+4');
  });
});

describe('splitInternational', () => {
  it('finds the country and the national digits', () => {
    expect(splitInternational('+8613800138000', 'US')).toEqual({
      country: 'CN',
      nationalDigits: '13800138000',
    });
    expect(splitInternational('00447400123456', 'CN')).toEqual({
      country: 'GB',
      nationalDigits: '7400123456',
    });
  });

  it('splits as soon as the calling code is complete', () => {
    expect(splitInternational('+86', 'US')).toEqual({ country: 'CN', nationalDigits: '' });
    expect(splitInternational('+4', 'CN')).toBeUndefined();
  });

  it('keeps the current country for a shared calling code, else the main one', () => {
    expect(splitInternational('+1', 'CA')).toEqual({ country: 'CA', nationalDigits: '' });
    expect(splitInternational('+1', 'CN')).toEqual({ country: 'US', nationalDigits: '' });
    expect(splitInternational('+14165550123', 'US')).toMatchObject({ country: 'CA' });
  });

  it('does not split national text or non-geographic numbers', () => {
    expect(splitInternational('13800138000', 'CN')).toBeUndefined();
    expect(splitInternational('+80012345678', 'CN')).toBeUndefined();
  });
});

describe('a trunk prefix written after the calling code', () => {
  it('leaves the national digits once the plan reads it', () => {
    expect(splitInternational('+4407400123456', 'CN')).toEqual({
      country: 'GB',
      nationalDigits: '7400123456',
    });
  });
});

describe('a deletion key over a separator', () => {
  it('removes the digit next to it, through applyPhoneEdit', () => {
    const field = { ...emptyPhoneField('CN'), text: '138 0013' };
    // "138 |0013" → Backspace removed the space: the "8" goes instead.
    const edit = applyPhoneEdit('1380013', field, 3, context(), 'backward');
    expect(edit.field.text).toBe('130 013');
    expect(edit.caretChars).toBe(2);
  });
});
