import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import {
  correctSeparatorDeletion,
  indexAfterMeaningfulChars,
  meaningfulCharsBefore,
} from '../../../../src/core/phone/caret.js';
import { getPhoneMetadataSnapshot } from '../../../../src/core/phone/metadata-store.js';
import {
  applyPhoneEdit as applyEdit,
  emptyPhoneField,
  phoneFieldValue as fieldValue,
  formatPhoneChars as formatChars,
  phoneFieldFromValue as fromValue,
  type PhoneFieldState,
  refreshPhoneField,
  splitInternational as split,
} from '../../../../src/core/phone/text.js';

const context = () => ({ snapshot: getPhoneMetadataSnapshot() });
const fieldIn = (country: CountryCode, text = ''): PhoneFieldState => ({
  ...emptyPhoneField(country),
  text,
});
const formatPhoneChars = (chars: string, country: CountryCode) =>
  formatChars(chars, country, context());
const splitInternational = (chars: string, current: CountryCode) =>
  split(chars, current, context());
const applyPhoneEdit = (raw: string, country: CountryCode, caret: number) => {
  const edit = applyEdit(raw, fieldIn(country), caret, context());
  return { country: edit.field.country, text: edit.field.text, caretChars: edit.caretChars };
};
const phoneFieldValue = (text: string, country: CountryCode) =>
  fieldValue(fieldIn(country, text), context());
const phoneFieldFromValue = (value: string, fallback: CountryCode) => {
  const field = fromValue(value, fieldIn(fallback), context());
  return { country: field.country, text: field.text };
};

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

describe('applyPhoneEdit', () => {
  it('moves the dial code of a pasted number into the selector, never duplicating it', () => {
    expect(applyPhoneEdit('+86 138 0013 8000', 'US', 99)).toMatchObject({
      country: 'CN',
      text: '138 0013 8000',
    });
    expect(applyPhoneEdit('tel:+1-201-555-0123', 'CN', 99)).toMatchObject({
      country: 'US',
      text: '(201) 555-0123',
    });
  });

  it('keeps the caret on the same digit after the dial code leaves the text', () => {
    // "+86|": 3 meaningful characters before the caret, all of them moved to the selector.
    expect(applyPhoneEdit('+86', 'US', 3)).toEqual({ country: 'CN', text: '', caretChars: 0 });
  });
});

describe('phoneFieldValue and phoneFieldFromValue', () => {
  it('report E.164, partial while typing, empty when empty', () => {
    expect(phoneFieldValue('138 0013 8000', 'CN')).toBe('+8613800138000');
    expect(phoneFieldValue('138', 'CN')).toBe('+86138');
    expect(phoneFieldValue('07400 123456', 'GB')).toBe('+447400123456');
    expect(phoneFieldValue('', 'CN')).toBe('');
    expect(phoneFieldValue(' - ', 'CN')).toBe('');
    expect(phoneFieldValue('+4', 'CN')).toBe('+4');
  });

  it('rebuild country and text from a value', () => {
    expect(phoneFieldFromValue('+8613800138000', 'US')).toEqual({
      country: 'CN',
      text: '138 0013 8000',
    });
    expect(phoneFieldFromValue('+15062345678', 'CN')).toEqual({
      country: 'CA',
      text: '(506) 234-5678',
    });
    expect(phoneFieldFromValue('', 'JP')).toEqual({ country: 'JP', text: '' });
  });
});

describe('refreshPhoneField', () => {
  it('formats digits typed while the piece was loading', () => {
    expect(refreshPhoneField(fieldIn('CN', '13800138000'), context()).text).toBe('138 0013 8000');
  });

  it('returns the same field when the metadata changes nothing (no re-render)', () => {
    const field = fieldIn('CN', '138 0013 8000');
    expect(refreshPhoneField(field, context())).toBe(field);
  });
});

describe('caret bookkeeping', () => {
  it('counts digits before the caret and finds them again after formatting', () => {
    expect(meaningfulCharsBefore('138 00', 5)).toBe(4);
    expect(indexAfterMeaningfulChars('138 0013 8000', 4)).toBe(5);
    expect(indexAfterMeaningfulChars('(201) 555-0123', 3)).toBe(4);
    expect(indexAfterMeaningfulChars('138', 0)).toBe(0);
    expect(indexAfterMeaningfulChars('138', 10)).toBe(3);
  });

  it('turns Backspace over a separator into deleting the digit before it', () => {
    // "138 |0013" → Backspace removed the space: remove the "8" instead.
    expect(correctSeparatorDeletion('138 0013', '1380013', 3, 'backward')).toEqual({
      rawText: '130013',
      caretChars: 2,
    });
    expect(correctSeparatorDeletion('138 0013', '1380013', 3, 'forward')).toEqual({
      rawText: '138013',
      caretChars: 3,
    });
  });

  it('leaves real digit deletions alone', () => {
    expect(correctSeparatorDeletion('138 0013', '138 013', 4, 'backward')).toBeUndefined();
  });
});
