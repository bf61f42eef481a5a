import type { CountryCode } from 'libphonenumber-js/core';
import type { Country } from './countries.js';

/** The countries a picker offers, split so the preferred ones can be shown first. */
export interface CountryList {
  /** Preferred countries, in the order given, restricted to the allow-list. */
  preferred: Country[];
  /** Every other allowed country, in name order. */
  others: Country[];
}

/**
 * Applies an allow-list (`allowed`, all when omitted) and pulls `preferred` countries to the
 * top. Unknown codes are ignored rather than thrown on: lists often come from configuration.
 */
export function buildCountryList(
  all: readonly Country[],
  allowed?: readonly CountryCode[],
  preferred: readonly CountryCode[] = [],
): CountryList {
  const allow = allowed && allowed.length > 0 ? new Set<string>(allowed) : undefined;
  const available = allow ? all.filter((country) => allow.has(country.code)) : [...all];
  const byCode = new Map(available.map((country) => [country.code as string, country]));
  const top: Country[] = [];
  for (const code of preferred) {
    const country = byCode.get(code);
    if (country && !top.includes(country)) top.push(country);
  }
  return { preferred: top, others: available.filter((country) => !top.includes(country)) };
}

/**
 * The country an autofilled value names: a calling code (`+44`, `44`), an ISO code (`GB`) or
 * a full name in the picker's locale. For a shared calling code, `current` wins, then the
 * first preferred country, then the code's main country (`+1` → `US`).
 * @param mainCountryOf the main country of a calling code (`getMainCountryForCallingCode`),
 *   passed in so that this module imports no other (the lazy country list bundles it alone).
 */
export function resolveCountryText(
  text: string,
  list: CountryList,
  current: CountryCode,
  mainCountryOf: (callingCode: string) => CountryCode | undefined,
): CountryCode | undefined {
  const wanted = text.normalize('NFKC').trim();
  if (wanted === '') return undefined;
  const countries = [...list.preferred, ...list.others];
  const digits = /^\+?\s*(\d{1,4})$/.exec(wanted)?.[1];
  if (digits) {
    const matching = countries.filter((country) => country.callingCode === `+${digits}`);
    const main = mainCountryOf(digits);
    return (
      matching.find((country) => country.code === current)?.code ??
      matching.find((country) => list.preferred.includes(country))?.code ??
      matching.find((country) => country.code === main)?.code ??
      matching[0]?.code
    );
  }
  const lower = wanted.toLowerCase();
  return countries.find(
    (country) => country.code.toLowerCase() === lower || country.name.toLowerCase() === lower,
  )?.code;
}
