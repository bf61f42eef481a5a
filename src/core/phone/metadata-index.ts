import type { CountryCode } from 'libphonenumber-js/core';
import { callingCodeIndex } from './generated/index.js';

/**
 * The small eager index of calling codes: enough to name a number's calling code and country
 * family (and to draw the country picker) before any numbering plan is loaded.
 */

interface Index {
  byCallingCode: Map<string, readonly CountryCode[]>;
  byCountry: Map<string, string>;
}

let index: Index | undefined;

function read(): Index {
  if (index) return index;
  const byCallingCode = new Map<string, readonly CountryCode[]>();
  const byCountry = new Map<string, string>();
  // See generated/index.d.ts for the format: `usagai…,6rukz,13eg` is +1, +7, +20.
  let previous = 0;
  for (const entry of callingCodeIndex.split(',')) {
    const step = /^\d*/.exec(entry)?.[0] ?? '';
    previous += step === '' ? 1 : Number(step);
    const code = String(previous);
    const letters = entry.slice(step.length).toUpperCase();
    const countries = (letters.match(/[A-Z]{2}/g) ?? []) as CountryCode[];
    byCallingCode.set(code, countries);
    for (const country of countries) byCountry.set(country, code);
  }
  index = { byCallingCode, byCountry };
  return index;
}

/** Every calling code (digits), geographic or not. */
export function allCallingCodes(): string[] {
  return [...read().byCallingCode.keys()];
}

/** Every geographic country or territory the metadata covers. */
export function indexedCountries(): CountryCode[] {
  return [...read().byCountry.keys()] as CountryCode[];
}

/** The calling code (digits, no `+`) of an ISO country code, or `undefined` when unknown. */
export function callingCodeOfCountry(country: string | undefined): string | undefined {
  return country === undefined ? undefined : read().byCountry.get(country);
}

/** The countries of a calling code, main country first; `[]` when unknown or non-geographic. */
export function countriesOfCallingCode(callingCode: string): readonly CountryCode[] {
  return read().byCallingCode.get(callingCode) ?? [];
}

/** True when the calling code exists (geographic or not). */
export function isKnownCallingCode(callingCode: string): boolean {
  return read().byCallingCode.has(callingCode);
}

/**
 * The calling code an international number's digits (after `+`) start with. Calling codes are
 * prefix-free, so at most one of the first 1-3 digits matches.
 */
export function callingCodeAtStart(digits: string): string | undefined {
  for (let length = 1; length <= 3 && length <= digits.length; length += 1) {
    const code = digits.slice(0, length);
    if (isKnownCallingCode(code)) return code;
  }
  return undefined;
}
