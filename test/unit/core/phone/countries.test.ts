import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getCountries,
  getCountry,
  getCountryFlag,
  getMainCountryForCallingCode,
} from '../../../../src/core/phone/countries.js';
import { buildCountryList, resolveCountryText } from '../../../../src/core/phone/country-list.js';
import { searchCountries } from '../../../../src/core/phone/search-countries.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getCountry', () => {
  it('describes one country exactly as the list does, in each shipped locale', () => {
    for (const locale of ['en-US', 'zh-CN', 'zh-TW', 'ja-JP']) {
      for (const country of getCountries(locale)) {
        expect(getCountry(country.code, locale)).toEqual(country);
      }
    }
  });

  it('knows nothing of codes outside the metadata', () => {
    for (const code of ['', 'XX', 'cn', 'CHN', '🇨🇳', '00']) {
      expect(getCountry(code, 'en-US')).toBeUndefined();
    }
  });
});

describe('getCountries', () => {
  it('lists every country libphonenumber knows, with calling code, name and flag', () => {
    const countries = getCountries('en-US');
    expect(countries.length).toBeGreaterThan(240);
    expect(countries.find((country) => country.code === 'CN')).toEqual({
      code: 'CN',
      callingCode: '+86',
      name: 'China',
      flag: '🇨🇳',
    });
    expect(countries.find((country) => country.code === 'GB')?.callingCode).toBe('+44');
  });

  it('localises names and sorts by them', () => {
    const zh = getCountries('zh-CN');
    expect(zh.find((country) => country.code === 'CN')?.name).toBe('中国');
    const names = getCountries('en-US').map((country) => country.name);
    expect(names.indexOf('Afghanistan')).toBeLessThan(names.indexOf('Zimbabwe'));
    expect(names.indexOf('Åland Islands')).toBeLessThan(names.indexOf('Belgium'));
  });

  it('is cached per locale and frozen', () => {
    expect(getCountries('en-US')).toBe(getCountries('en-US'));
    expect(Object.isFrozen(getCountries('en-US'))).toBe(true);
  });

  it('falls back to ISO codes without Intl.DisplayNames', () => {
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: undefined });
    const countries = getCountries('x-no-display-names');
    expect(countries.find((country) => country.code === 'FR')?.name).toBe('FR');
  });

  it('falls back to ISO codes when Intl.DisplayNames throws', () => {
    class Throwing {
      constructor() {
        throw new RangeError('no data');
      }
    }
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: Throwing });
    expect(getCountries('x-throwing').find((country) => country.code === 'DE')?.name).toBe('DE');
  });
});

describe('flags and calling codes', () => {
  it('builds regional-indicator flags', () => {
    expect(getCountryFlag('JP')).toBe('🇯🇵');
    expect(getCountryFlag('us')).toBe('🇺🇸');
  });

  it('knows the main country of shared calling codes', () => {
    expect(getMainCountryForCallingCode('1')).toBe('US');
    expect(getMainCountryForCallingCode('+7')).toBe('RU');
    expect(getMainCountryForCallingCode('44')).toBe('GB');
    expect(getMainCountryForCallingCode('800')).toBeUndefined();
  });
});

describe('searchCountries', () => {
  it('is exported by genauth-sms-react/core only, so a page does not bundle it with the root entry', async () => {
    const core = await import('../../../../src/core/index.js');
    const root = await import('../../../../src/index.js');
    expect(core.searchCountries).toBe(searchCountries);
    expect(root).not.toHaveProperty('searchCountries');
    expect(root.getCountries).toBe(core.getCountries);
  });

  const en = getCountries('en-US');
  const codes = (query: string) => searchCountries(en, query).map((country) => country.code);

  it('matches localised names, start of name first', () => {
    expect(codes('japan')[0]).toBe('JP');
    expect(codes('united')).toEqual(expect.arrayContaining(['US', 'GB', 'AE']));
    expect(codes('kingdom')).toContain('GB');
  });

  it('ignores accents and case', () => {
    expect(codes('cote')).toContain('CI');
    expect(codes('ÅLAND')).toContain('AX');
  });

  it('matches ISO codes exactly, first', () => {
    expect(codes('cn')[0]).toBe('CN');
    expect(codes('DE')[0]).toBe('DE');
  });

  it('matches calling codes with or without the plus, even full-width', () => {
    expect(codes('86')[0]).toBe('CN');
    expect(codes('+86')[0]).toBe('CN');
    expect(codes('＋８６')[0]).toBe('CN');
    expect(codes('+1')).toEqual(expect.arrayContaining(['US', 'CA', 'JM']));
    expect(codes('+44')).toEqual(expect.arrayContaining(['GB', 'GG', 'IM', 'JE']));
    expect(codes('852')).toEqual(['HK']);
  });

  it('searches Chinese names, and English ones through an alias', () => {
    const zh = getCountries('zh-CN');
    const english = new Map(en.map((country) => [country.code, country.name]));
    expect(searchCountries(zh, '日本').map((country) => country.code)).toEqual(['JP']);
    expect(searchCountries(zh, 'japan', (country) => english.get(country.code))[0]?.code).toBe(
      'JP',
    );
  });

  it('returns everything for an empty query and nothing for nonsense', () => {
    expect(searchCountries(en, '  ')).toHaveLength(en.length);
    expect(searchCountries(en, 'zzzz')).toEqual([]);
  });
});

describe('buildCountryList and resolveCountryText', () => {
  const main = getMainCountryForCallingCode;
  const en = getCountries('en-US');

  it('applies the allow-list and puts preferred countries first', () => {
    const list = buildCountryList(en, ['CN', 'US', 'JP', 'XX' as never], ['JP', 'CN', 'FR']);
    expect(list.preferred.map((country) => country.code)).toEqual(['JP', 'CN']);
    expect(list.others.map((country) => country.code)).toEqual(['US']);
  });

  it('resolves autofilled calling codes, ISO codes and names', () => {
    const list = buildCountryList(en, undefined, ['CA']);
    expect(resolveCountryText('+86', list, 'US', main)).toBe('CN');
    expect(resolveCountryText('44', list, 'CN', main)).toBe('GB');
    expect(resolveCountryText('+1', list, 'CN', main)).toBe('CA');
    expect(resolveCountryText('+1', buildCountryList(en), 'CN', main)).toBe('US');
    expect(resolveCountryText('JP', list, 'CN', main)).toBe('JP');
    expect(resolveCountryText('germany', list, 'CN', main)).toBe('DE');
    expect(resolveCountryText('ger', list, 'CN', main)).toBeUndefined();
  });
});
