import metadata from 'libphonenumber-js/metadata.mobile.json';
import { describe, expect, it } from 'vitest';
import {
  allCallingCodes,
  callingCodeAtStart,
  callingCodeOfCountry,
  countriesOfCallingCode,
  indexedCountries,
} from '../../../../src/core/phone/metadata-index.js';

// What libphonenumber-js itself says: calling code → countries, main country first, plus the
// non-geographic codes (+800, +882...) with no country.
const expected = new Map<string, string[]>(
  Object.entries(metadata.country_calling_codes as Record<string, string[]>).map(
    ([code, countries]) => [code, countries.filter((country) => country !== '001')],
  ),
);
for (const code of Object.keys(metadata.nonGeographic ?? {})) {
  if (!expected.has(code)) expected.set(code, []);
}

describe('the eager calling-code index', () => {
  it('lists every calling code libphonenumber-js knows, with its countries in order', () => {
    expect(new Set(allCallingCodes())).toEqual(new Set(expected.keys()));
    for (const [code, countries] of expected) {
      expect(countriesOfCallingCode(code), `+${code}`).toEqual(countries);
    }
  });

  it('gives every country its calling code', () => {
    const countries = [...expected.values()].flat();
    expect(new Set(indexedCountries())).toEqual(new Set(countries));
    for (const [code, family] of expected) {
      for (const country of family) expect(callingCodeOfCountry(country), country).toBe(code);
    }
  });

  it('finds the calling code at the start of international digits', () => {
    expect(callingCodeAtStart('8613800138000')).toBe('86');
    expect(callingCodeAtStart('4474')).toBe('44');
    expect(callingCodeAtStart('12133734253')).toBe('1');
    expect(callingCodeAtStart('2901234')).toBe('290');
    expect(callingCodeAtStart('80012345678')).toBe('800');
    expect(callingCodeAtStart('42')).toBeUndefined();
    expect(callingCodeOfCountry('XX')).toBeUndefined();
  });
});
