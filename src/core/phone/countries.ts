import type { CountryCode } from 'libphonenumber-js/core';
import {
  callingCodeOfCountry,
  countriesOfCallingCode,
  indexedCountries,
} from './metadata-index.js';

/** A country or territory a phone number can belong to, ready for a picker. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. `CN`. */
  code: CountryCode;
  /** `+` and the calling code, e.g. `+86`. */
  callingCode: string;
  /** Name in the requested locale (`Intl.DisplayNames`), or the ISO code when unavailable. */
  name: string;
  /** Regional-indicator emoji, e.g. `🇨🇳`; shows as two letters where fonts lack flags. */
  flag: string;
}

const cache = new Map<string, readonly Country[]>();

/** The emoji flag of an ISO code: each letter shifted to its regional-indicator symbol. */
export function getCountryFlag(code: string): string {
  const base = 0x1f1e6 - 'A'.charCodeAt(0);
  return String.fromCodePoint(
    ...[...code.toUpperCase()].map((letter) => base + letter.charCodeAt(0)),
  );
}

const namers = new Map<string, (code: string) => string>();

/** Names regions in `locale`; one `Intl.DisplayNames` per locale, kept. */
function regionNamer(locale: string): (code: string) => string {
  let namer = namers.get(locale);
  if (namer) return namer;
  try {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    namer = (code) => {
      try {
        return names.of(code) ?? code;
      } catch {
        return code;
      }
    };
  } catch {
    // Old engines without Intl.DisplayNames, or a malformed locale: ISO codes still work.
    namer = (code) => code;
  }
  namers.set(locale, namer);
  return namer;
}

function describe(code: CountryCode, callingCode: string, nameOf: (code: string) => string) {
  return { code, callingCode: `+${callingCode}`, name: nameOf(code), flag: getCountryFlag(code) };
}

function nameComparer(locale: string): (a: Country, b: Country) => number {
  try {
    const collator = new Intl.Collator([locale]);
    return (a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  } catch {
    return (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  }
}

/**
 * Every country libphonenumber knows (about 245, from the eager calling-code index: no numbering
 * plan is loaded), with calling code, localised name and emoji
 * flag, sorted by name in `locale`. Computed once per locale, then cached; the array is frozen.
 * @example getCountries('zh-CN').find((c) => c.code === 'CN'); // { code: 'CN', callingCode: '+86', name: '中国', flag: '🇨🇳' }
 */
export function getCountries(locale: string): readonly Country[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const nameOf = regionNamer(locale);
  const countries = indexedCountries().map(
    (code): Country => describe(code, callingCodeOfCountry(code) ?? '', nameOf),
  );
  const sorted = Object.freeze(countries.sort(nameComparer(locale)));
  cache.set(locale, sorted);
  return sorted;
}

/**
 * One country as {@link getCountries} lists it, without building (or sorting) the whole list:
 * what a closed picker shows. `undefined` for a code the metadata does not know.
 * @example getCountry('GB', 'en-US'); // { code: 'GB', callingCode: '+44', name: 'United Kingdom', flag: '🇬🇧' }
 */
export function getCountry(code: string, locale: string): Country | undefined {
  const callingCode = callingCodeOfCountry(code);
  if (callingCode === undefined) return undefined;
  return describe(code as CountryCode, callingCode, regionNamer(locale));
}

/**
 * The country that owns a calling code when several share it (`1` → `US`, `7` → `RU`, `44` →
 * `GB`), as libphonenumber's metadata lists it first. `undefined` for unknown and
 * non-geographic codes (`800`, `882`...).
 */
export function getMainCountryForCallingCode(callingCode: string): CountryCode | undefined {
  return countriesOfCallingCode(callingCode.replace('+', ''))[0];
}
