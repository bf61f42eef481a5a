import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import {
  indexAfterMeaningfulChars,
  meaningfulCharsBefore,
} from '../../../../src/core/phone/caret.js';
import {
  EMPTY_PHONE_METADATA,
  getPhoneMetadataSnapshot,
} from '../../../../src/core/phone/metadata-store.js';
import {
  applyPhoneEdit as applyEdit,
  emptyPhoneField,
  phoneFieldValue as fieldValue,
  phoneFieldFromValue as fromValue,
  type PhoneFieldState,
  refreshPhoneField,
  selectFieldCountry,
  splitCallingCode,
} from '../../../../src/core/phone/text.js';

const context = () => ({ snapshot: getPhoneMetadataSnapshot() });
const fieldIn = (country: CountryCode, text = ''): PhoneFieldState => ({
  ...emptyPhoneField(country),
  text,
});
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
});

describe('before the phone engine arrives (nothing loaded, as on the server)', () => {
  const engineless = () => ({ snapshot: EMPTY_PHONE_METADATA });

  it('splits a complete calling code off with the index alone, the digits as typed', () => {
    const edit = applyEdit('+44 (0) 7400 123456', fieldIn('CN'), 99, engineless());
    expect(edit.field).toEqual({
      country: 'GB',
      chosenCountry: 'CN',
      text: '07400123456',
      isNationalSignificant: true,
    });
    expect(edit.caretChars).toBe(99 - 3);
    expect(splitCallingCode('+1213', 'CA', undefined)).toEqual({
      country: 'CA',
      callingCode: '1',
      nationalDigits: '213',
    });
    expect(splitCallingCode('+1213', 'CN', ['CN', 'CA'])).toMatchObject({ country: 'CA' });
  });

  it('keeps national digits as typed, full-width folded, and refuses what is too long', () => {
    const edit = applyEdit('１３８ 0013', fieldIn('CN'), 7, engineless());
    expect(edit.field.text).toBe('1380013');
    expect(edit.caretChars).toBe(7);
    expect(applyEdit('1'.repeat(21), fieldIn('CN', '138'), 21, engineless()).refused).toBe(
      'too_long',
    );
  });

  it('reads a value the same way, reports it by the calling code, and leaves the rest to the engine', () => {
    const field = fromValue('+8613800138000', fieldIn('US'), engineless());
    expect(field).toMatchObject({ country: 'CN', text: '13800138000' });
    expect(fieldValue(field, engineless())).toBe('+8613800138000');
    expect(fieldValue(fieldIn('GB', '07400123456'), engineless())).toBe('+4407400123456');
    expect(refreshPhoneField(field, engineless())).toBe(field);
    expect(selectFieldCountry(field, 'HK', engineless())).toMatchObject({
      country: 'HK',
      chosenCountry: 'HK',
      text: '13800138000',
    });
  });

  it('a Backspace over nothing but digits stays a plain deletion', () => {
    const edit = applyEdit('130013', fieldIn('CN', '1380013'), 2, engineless(), 'backward');
    expect(edit.field.text).toBe('130013');
    expect(edit.caretChars).toBe(2);
  });
});
