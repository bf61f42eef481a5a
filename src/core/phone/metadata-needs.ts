import type { CountryCode } from 'libphonenumber-js/core';
import {
  callingCodeAtStart,
  callingCodeOfCountry,
  countriesOfCallingCode,
} from './metadata-index.js';
import type { PhoneMetadataSnapshot } from './metadata-store.js';

/**
 * Which calling code's numbering plans a text needs before anything can be said about it.
 * `chars` are scanned characters in international form (`+44…`) or national digits.
 * @returns digits of the calling code, or `undefined` when none can be told (unknown code,
 *   unknown default country): then libphonenumber gives its own verdict.
 */
export function neededCallingCode(
  chars: string,
  defaultCountry: string | undefined,
  snapshot: PhoneMetadataSnapshot,
): string | undefined {
  if (chars.startsWith('+')) return callingCodeAtStart(chars.slice(1));
  const home = callingCodeOfCountry(defaultCountry);
  if (home === undefined || snapshot.statusOf(home) !== 'ready') return home;
  // National text can still dial abroad with the country's own international prefix (`011 44…`
  // in the US): then the number needs that other calling code.
  // `ready` implies the engine.
  const abroad = snapshot.engine?.afterInternationalPrefix(
    chars,
    defaultCountry as CountryCode,
    snapshot.metadata,
  );
  return abroad === undefined ? home : (callingCodeAtStart(abroad) ?? home);
}

/**
 * True when a calling code may be used under an allow-list (all allowed when the list is
 * missing or empty): one of its countries is on the list, so its piece may be loaded.
 */
export function isCallingCodeAllowed(
  callingCode: string,
  allowed: readonly string[] | undefined,
): boolean {
  if (!allowed || allowed.length === 0) return true;
  return countriesOfCallingCode(callingCode).some((country) => allowed.includes(country));
}

/** True when a country may be used under an allow-list (see {@link isCallingCodeAllowed}). */
export function isCountryAllowed(
  country: string | undefined,
  allowed: readonly string[] | undefined,
): boolean {
  if (!allowed || allowed.length === 0) return true;
  return country !== undefined && allowed.includes(country);
}
