import type { CountryCode } from 'libphonenumber-js/core';
import { getCountryName } from '../../core/phone/countries.js';
import { callingCodeOfCountry } from '../../core/phone/metadata-index.js';

/** What a closed selector shows of its country, without building the country list. */
export interface SelectedCountry {
  /** `+86`; empty for a code the metadata does not know. */
  callingCode: string;
  /** The name in the catalogue's locale, or the code itself when unknown. */
  name: string;
}

/** The calling code and name of `code` in `locale`. */
export function selectedCountry(code: CountryCode, locale: string): SelectedCountry {
  const callingCode = callingCodeOfCountry(code);
  if (callingCode === undefined) return { callingCode: '', name: code };
  return { callingCode: `+${callingCode}`, name: getCountryName(code, locale) };
}

/**
 * The one country an allow-list leaves (unknown codes ignored, as the list does), or
 * `undefined` when it allows several or none (none means all).
 */
export function onlyCountry(
  countries: readonly CountryCode[] | undefined,
): CountryCode | undefined {
  const known = new Set(countries?.filter((code) => callingCodeOfCountry(code) !== undefined));
  return known.size === 1 ? [...known][0] : undefined;
}
