import type { CountryCode } from 'libphonenumber-js/core';
import { describe, expect, it } from 'vitest';
import { formatPhoneChars } from '../../../../src/core/phone/field-with-plan.js';
import { getPhoneMetadataSnapshot } from '../../../../src/core/phone/metadata-store.js';
import {
  applyPhoneEdit,
  emptyPhoneField,
  phoneFieldFromValue,
  phoneFieldValue,
} from '../../../../src/core/phone/text.js';

// The field helpers keep every digit typed or pasted, or refuse the edit whole.
const context = () => ({ snapshot: getPhoneMetadataSnapshot() });
const fieldIn = (country: CountryCode, text = '') => ({ ...emptyPhoneField(country), text });

describe('applyPhoneEdit never drops digits', () => {
  it('refuses an edit with more digits than a number can have, keeping the field and caret', () => {
    const field = fieldIn('CN', '138');
    const edit = applyPhoneEdit(`138${'0'.repeat(18)}`, field, 21, context());
    expect(edit).toEqual({ field, caretChars: 3, refused: 'too_long' });
  });

  it('refuses a text too long to read (more than 4,096 characters) instead of emptying', () => {
    const field = fieldIn('CN', '138');
    const edit = applyPhoneEdit(`138${' '.repeat(5000)}1`, field, 4, context());
    expect(edit.field).toBe(field);
    expect(edit.refused).toBe('too_long');
  });

  it('keeps twenty digits, and a value from the page whole, however long', () => {
    const twenty = '1'.repeat(20);
    const edit = applyPhoneEdit(twenty, fieldIn('CN'), 20, context());
    expect(edit.refused).toBeUndefined();
    expect(edit.field.text.replace(/\D/g, '')).toBe(twenty);
    const long = `+86${'1'.repeat(25)}`;
    const shown = phoneFieldFromValue(long, fieldIn('CN'), context());
    expect(phoneFieldValue(shown, context())).toBe(long);
  });
});

describe('a trunk prefix the national format leaves out', () => {
  it.each([
    ['12133734253', 'US', '1 (213) 373-4253'],
    ['1213373', 'US', '1 (213) 373'],
    ['1213', 'US', '1 (213)'],
    ['121', 'US', '121'],
    ['16135550123', 'CA', '1 (613) 555-0123'],
    // Plans that write their trunk prefix keep their own format.
    ['89123456789', 'RU', '8 (912) 345-67-89'],
    ['07400123456', 'GB', '07400 123456'],
  ] as const)('%s in %s → %s', (chars, country, expected) => {
    expect(formatPhoneChars(chars, country, context())).toBe(expected);
  });

  it('reads the number right: the prefix is not part of it', () => {
    expect(phoneFieldValue(fieldIn('US', '1 (213) 373-4253'), context())).toBe('+12133734253');
  });
});
