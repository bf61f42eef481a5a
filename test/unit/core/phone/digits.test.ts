import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../../src/core/phone/parse.js';

const CN_MOBILE = '+8613800138000';

// Phone keyboards in India, Bangladesh, Thailand... type their own script's digits.
const NATIVE_DIGITS: Array<[label: string, input: string]> = [
  ['Devanagari digits', '१३८००१३८०००'],
  ['Thai digits', '๑๓๘๐๐๑๓๘๐๐๐'],
  ['Bengali digits', '১৩৮০০১৩৮০০০'],
  ['Thai digits with a plus and spaces', '+๘๖ ๑๓๘ ๐๐๑๓ ๘๐๐๐'],
];

describe('parsePhone reads the digits of other scripts', () => {
  it.each(NATIVE_DIGITS)('%s', (_label, input) => {
    expect(parsePhone(input, { defaultCountry: 'CN' })).toMatchObject({
      valid: true,
      e164: CN_MOBILE,
    });
  });
});
