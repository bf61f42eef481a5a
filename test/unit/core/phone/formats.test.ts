import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../../src/core/phone/parse.js';

const CN_MOBILE = '+8613800138000';

// Every way the same Chinese mobile reaches a form: keyboards, IMEs, autofill, links, RTL pages.
const SAME_NUMBER: Array<[label: string, input: string]> = [
  ['plain', '13800138000'],
  ['spaces', '138 0013 8000'],
  ['dashes', '138-0013-8000'],
  ['dots', '138.0013.8000'],
  ['slashes and brackets', '(138) 0013/8000'],
  ['surrounding whitespace and tabs', ' \t 138 0013 8000 \n'],
  ['non-breaking and ideographic spaces', '138\u00a00013\u30008000'],
  ['full-width digits', '１３８００１３８０００'],
  ['full-width plus and digits', '＋８６　１３８　００１３　８０００'],
  ['full-width brackets and dash', '（＋８６）１３８－００１３－８０００'],
  ['en dash and minus sign', '138\u20130013\u22128000'],
  ['+ prefix', '+86 138 0013 8000'],
  ['00 prefix', '00 86 138 0013 8000'],
  ['tel: URI', 'tel:+86-138-0013-8000'],
  ['TEL: URI with parameters', 'TEL:+8613800138000;ext=0;phone-context=example.com'],
  ['percent-encoded tel: URI', 'tel:%2B8613800138000'],
  ['bidi marks around it (RTL pages)', '\u200f\u202a+86 138 0013 8000\u202c\u200e'],
  ['bidi isolates and zero-width characters', '\u2068138\u200b0013\u200d8000\u2069\ufeff'],
  ['Arabic-Indic digits', '١٣٨٠٠١٣٨٠٠٠'],
  ['Persian digits', '۱۳۸۰۰۱۳۸۰۰۰'],
];

describe('parsePhone accepts the shapes numbers come in', () => {
  it.each(SAME_NUMBER)('%s', (_label, input) => {
    expect(parsePhone(input, { defaultCountry: 'CN' })).toMatchObject({
      valid: true,
      e164: CN_MOBILE,
    });
  });

  it('reads a full-width international number from a Chinese IME under another default', () => {
    expect(parsePhone('＋４４ ７４００ １２３４５６', { defaultCountry: 'CN' })).toMatchObject({
      valid: true,
      e164: '+447400123456',
      country: 'GB',
    });
  });
});
