import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCountries } from '../../../../src/core/phone/countries.js';
import {
  MAX_SEARCHED_QUERY,
  searchCountries,
} from '../../../../src/core/phone/search-countries.js';

const en = getCountries('en-US');
const codes = (query: string) => searchCountries(en, query).map((country) => country.code);
const MEGABYTE = 1_000_000;

afterEach(() => {
  vi.restoreAllMocks();
});

/** The lengths of every string `normalize` was called on while `run` ran. */
function normalizedLengths(run: () => void): number[] {
  const normalize = vi.spyOn(String.prototype, 'normalize');
  run();
  return normalize.mock.contexts.map((text) => String(text).length);
}

describe('searchCountries with huge queries', () => {
  it('normalises only the head of a megabyte of combining marks', () => {
    const huge = `japan${'\u0301'.repeat(MEGABYTE)}`;
    const lengths = normalizedLengths(() => searchCountries(en, huge));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4 * MAX_SEARCHED_QUERY);
    expect(codes(huge)).toEqual(codes('japan'));
  });

  it.each([
    ['combining marks alone', '\u0301'.repeat(MEGABYTE)],
    ['one letter repeated', 'a'.repeat(MEGABYTE)],
    ['a name, then noise', `united kingdom${'x'.repeat(MEGABYTE)}`],
    ['digits', '8'.repeat(MEGABYTE)],
    ['spaces, then a name', `${' '.repeat(MEGABYTE)}japan`],
    ['astral characters', '😀'.repeat(MEGABYTE / 2)],
  ])('%s: the same result as the capped query', (_label, huge) => {
    const lengths = normalizedLengths(() => searchCountries(en, huge));
    expect(Math.max(...lengths)).toBeLessThanOrEqual(4 * MAX_SEARCHED_QUERY);
    expect(codes(huge)).toEqual(codes(huge.trimStart().slice(0, MAX_SEARCHED_QUERY)));
  });

  it('caps beyond the longest country name, so no real query changes its result', () => {
    for (const locale of ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'] as const) {
      const longest = Math.max(...getCountries(locale).map((country) => country.name.length));
      expect(longest).toBeLessThan(MAX_SEARCHED_QUERY);
    }
  });
});
