import { AsYouType, type CountryCode, getCountryCallingCode } from 'libphonenumber-js/mobile';
import { getMainCountryForCallingCode } from './countries.js';
import { isInternationalForm, scanPhoneText, toInternationalForm } from './normalize-text.js';

/**
 * Helpers behind an as-you-type phone field: what to display, which country a typed or pasted
 * international number belongs to, and the E.164 value to report. Framework-free.
 */

/** Most digits the field keeps while typing; more could never be a number anyway. */
const MAX_TYPED_DIGITS = 20;

/** A national number in a country, as a phone field shows it. */
export interface PhoneFieldText {
  /** The selected country. */
  country: CountryCode;
  /** What the number input displays, e.g. `138 0013 8000`. */
  text: string;
}

function callingCodeOf(country: CountryCode): string {
  try {
    return getCountryCallingCode(country);
  } catch {
    return '';
  }
}

/** The digits and leading `+` of a text, capped to a typable length. */
export function meaningfulChars(text: string): string {
  const { chars } = scanPhoneText(text);
  const plus = chars.startsWith('+') ? '+' : '';
  return plus + chars.slice(plus.length, plus.length + MAX_TYPED_DIGITS);
}

/**
 * Formats meaningful characters for display. National digits follow the country's format
 * (`138 0013 8000`); an international form that could not be split is shown as typed, so that
 * a half-typed `00` or `+4` is not rewritten under the caret.
 */
export function formatPhoneChars(chars: string, country: CountryCode): string {
  if (chars === '' || isInternationalForm(chars)) return chars;
  try {
    const national = new AsYouType(country).input(chars);
    if (/\D/.test(national)) return national;
    // Many plans (GB, FR, JP, DE...) only format national numbers typed with their trunk
    // prefix; a number split off a pasted `+44 7400 123456` has none. Their international
    // grouping, minus the calling code, reads the same way: `7400 123456`.
    const prefix = `+${callingCodeOf(country)} `;
    const international = new AsYouType(country).input(`${prefix.trim()}${chars}`);
    return international.startsWith(prefix) ? international.slice(prefix.length) : national;
  } catch {
    return chars;
  }
}

/**
 * When `chars` is a complete-enough international number (`+86…`, `0044…`), the country it
 * belongs to and its national digits; otherwise `undefined`. `current` wins when it shares the
 * calling code and the digits do not point elsewhere (a Canadian keeps `CA` for `+1`).
 */
export function splitInternational(
  chars: string,
  current: CountryCode,
): { country: CountryCode; nationalDigits: string } | undefined {
  if (!isInternationalForm(chars)) return undefined;
  const international = toInternationalForm(chars);
  try {
    const formatter = new AsYouType();
    formatter.input(international);
    const callingCode = formatter.getCallingCode();
    if (!callingCode) return undefined;
    const country =
      formatter.getCountry() ??
      (callingCodeOf(current) === callingCode
        ? current
        : getMainCountryForCallingCode(callingCode));
    if (!country) return undefined;
    return { country, nationalDigits: international.slice(1 + callingCode.length) };
  } catch {
    return undefined;
  }
}

/**
 * What a phone field holds after an edit: splits pasted or typed international numbers into
 * country and national digits (never repeating the dial code) and formats the rest.
 * @returns the new country and text, plus how many meaningful characters precede `caretChars`
 *   once the dial code has been moved into the country selector.
 */
export function applyPhoneEdit(
  rawText: string,
  country: CountryCode,
  caretChars: number,
): PhoneFieldText & { caretChars: number } {
  const chars = meaningfulChars(rawText);
  const split = splitInternational(chars, country);
  if (split) {
    const removed = chars.length - split.nationalDigits.length;
    return {
      country: split.country,
      text: formatPhoneChars(split.nationalDigits, split.country),
      caretChars: Math.max(0, caretChars - removed),
    };
  }
  return { country, text: formatPhoneChars(chars, country), caretChars };
}

/**
 * The E.164 value of the field: the full number when complete, a partial `+86138` while
 * typing (so a form can say "too short" rather than "required"), `''` when empty.
 */
export function phoneFieldValue(text: string, country: CountryCode): string {
  const chars = toInternationalForm(meaningfulChars(text));
  if (chars.replace('+', '') === '') return '';
  if (chars.startsWith('+')) return chars;
  try {
    const formatter = new AsYouType(country);
    formatter.input(chars);
    const value = formatter.getNumberValue();
    if (value) return value;
  } catch {
    // fall through to the plain concatenation below
  }
  return `+${callingCodeOf(country)}${chars}`;
}

/** The field's text and country for an E.164 value set from outside (controlled or default). */
export function phoneFieldFromValue(value: string, fallback: CountryCode): PhoneFieldText {
  const { country, text } = applyPhoneEdit(value, fallback, 0);
  return { country, text };
}
