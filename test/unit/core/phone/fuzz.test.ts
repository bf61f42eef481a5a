import { describe, expect, it } from 'vitest';
import { getPhoneMetadataSnapshot } from '../../../../src/core/phone/metadata-store.js';
import { parsePhone } from '../../../../src/core/phone/parse.js';
import {
  applyPhoneEdit,
  emptyPhoneField,
  phoneFieldFromValue,
  phoneFieldValue,
} from '../../../../src/core/phone/text.js';

/** Small seeded PRNG (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS = [
  '0123456789',
  '０１２３４５６７８９＋（）－　',
  '٠١٢٣٤٥٦٧٨٩۰۱۲۳',
  '+-.()/ \t\n',
  '\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\u200b\u200d\ufeff',
  'abcxyzABCXYZ#*;=,:%',
  'שלוםمرحبا中国电话',
  '\u0301\u0308\u20dd',
];
const EXTRAS = [
  '📱',
  '👨‍👩‍👧',
  '🇨🇳',
  '\ud800',
  '\udc00',
  '\u0000',
  'tel:',
  'TEL:+',
  '00',
  '+86',
  '%2B',
];

function randomText(next: () => number, maxLength: number): string {
  const length = Math.floor(next() * maxLength);
  let text = '';
  for (let index = 0; index < length; index += 1) {
    if (next() < 0.08) {
      text += EXTRAS[Math.floor(next() * EXTRAS.length)];
      continue;
    }
    const pool = POOLS[Math.floor(next() * POOLS.length)] ?? '';
    text += [...pool][Math.floor(next() * [...pool].length)] ?? '';
  }
  return text;
}

function expectWellFormed(text: string) {
  const parsed = parsePhone(text);
  if (parsed.valid) {
    expect(parsed.e164).toBe(`${parsed.phoneCountryCode}${parsed.phoneNumber}`);
  } else {
    expect([
      'empty',
      'too_short',
      'too_long',
      'invalid_country',
      'invalid',
      'not_mobile',
    ]).toContain(parsed.reason);
  }
}

describe('parsePhone never throws', () => {
  it('on 3,000 random strings of digits, marks, scripts, emoji and lone surrogates', () => {
    const next = random(20261123);
    for (let run = 0; run < 3000; run += 1) expectWellFormed(randomText(next, 40));
  });

  // No stopwatch (a busy machine made it lie): 10 MB inputs instead, which a pass that is more
  // than linear in the length (a backtracking pattern, a rescan per character) would not finish
  // before the test's cap, while a length check answers them at once.
  it('on 10 kB and 10 MB strings, answering too_long', { timeout: 60_000 }, () => {
    const next = random(7);
    const huge = [
      randomText(next, 12_000).padEnd(10_240, '8'),
      '8'.repeat(10_240),
      '📱'.repeat(5_120),
      '8'.repeat(10_000_000),
      '+86 138 0013 8000 '.repeat(560_000),
      '８'.repeat(10_000_000),
    ];
    for (const text of huge)
      expect(parsePhone(text)).toMatchObject({ valid: false, reason: 'too_long' });
  });

  it('on values that are not strings (JavaScript callers)', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(() => parsePhone(value as unknown as string)).not.toThrow();
    }
    expect(parsePhone(null as unknown as string)).toMatchObject({ reason: 'empty' });
  });
});

describe('the as-you-type helpers never throw', () => {
  it('on random edits', { timeout: 30_000 }, () => {
    const next = random(99);
    for (let run = 0; run < 1000; run += 1) {
      const text = randomText(next, 30);
      const context = { snapshot: getPhoneMetadataSnapshot() };
      const edit = applyPhoneEdit(text, emptyPhoneField('CN'), Math.floor(next() * 30), context);
      expect(edit.caretChars).toBeGreaterThanOrEqual(0);
      expect(typeof phoneFieldValue(edit.field, context)).toBe('string');
      expect(typeof phoneFieldFromValue(text, emptyPhoneField('US'), context).text).toBe('string');
    }
  });
});
