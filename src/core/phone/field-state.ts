import type { CountryCode } from 'libphonenumber-js/core';
import {
  callingCodeAtStart,
  callingCodeOfCountry,
  countriesOfCallingCode,
} from './metadata-index.js';
import { isCountryAllowed } from './metadata-needs.js';
import type { PhoneMetadataSnapshot } from './metadata-store.js';
import { isInternationalForm, scanPhoneText, toInternationalForm } from './normalize-text.js';

/**
 * What a phone field holds, and what can be told about it without a numbering plan: its
 * meaningful characters, the calling code an international number starts with, the value by
 * the calling code alone. Shared by the edits before the phone engine arrives (`text.ts`) and
 * the engine's own (`field-with-plan.ts`), so the build puts it in the chunk both import.
 */

/** What a phone field holds. */
export interface PhoneFieldState {
  /** The country shown in the selector. */
  country: CountryCode;
  /**
   * The country the user picked (or the default): after the number moved the selector
   * elsewhere (a paste, a shared calling code), erasing everything returns here.
   */
  chosenCountry: CountryCode;
  /** What the number input displays, e.g. `138 0013 8000`. */
  text: string;
  /**
   * The digits are a national significant number split off an international form (`+7 812…`):
   * they carry no trunk prefix, so a leading `8` or `0` is part of the number.
   */
  isNationalSignificant: boolean;
}

/** What the field helpers need besides the field. */
export interface PhoneFieldContext {
  /** The metadata in use (and, once loaded, the phone engine). */
  snapshot: PhoneMetadataSnapshot;
  /** Allow-list of countries (all when omitted). */
  allowed?: readonly CountryCode[] | undefined;
}

/**
 * Why `applyPhoneEdit` (`text.ts`) refused an edit: `too_long`, the text held more digits than a
 * phone field keeps (or was too long to read at all). The field stays as it was.
 */
export type PhoneEditRefusal = 'too_long';

/** Which way a deletion key went (Backspace: `backward`, Delete: `forward`). */
export type PhoneDeletion = 'backward' | 'forward';

/** A field after an edit, and how many meaningful characters precede the caret in it. */
export interface PhoneEditResult {
  /** The field after the edit (the same one when the edit was refused). */
  field: PhoneFieldState;
  /** Meaningful characters (digits, leading `+`) before the caret in `field.text`. */
  caretChars: number;
  /** Set when the edit was refused; the field is unchanged. */
  refused?: PhoneEditRefusal;
}

/**
 * The digits and leading `+` of a text; an extension is dropped. Not cut to a typable length:
 * `applyPhoneEdit` (`text.ts`) refuses edits longer than that instead of dropping digits.
 */
export function meaningfulChars(text: string): string {
  return scanPhoneText(text).chars;
}

/**
 * The countries a number of `callingCode` may select: those on the allow-list, or all of them
 * when none is (the number is then refused, but the selector still names its country).
 */
export function selectableCountries(
  callingCode: string,
  allowed: readonly CountryCode[] | undefined,
): readonly CountryCode[] {
  const family = countriesOfCallingCode(callingCode);
  const allowedFamily = family.filter((country) => isCountryAllowed(country, allowed));
  return allowedFamily.length > 0 ? allowedFamily : family;
}

/** An international number split at its calling code (see {@link splitCallingCode}). */
export interface CallingCodeSplit {
  /** The country to select. */
  country: CountryCode;
  /** The calling code, digits only. */
  callingCode: string;
  /** Everything after the calling code, as typed. */
  nationalDigits: string;
}

/**
 * When `chars` start with a complete calling code (`+86…`, `0044…`), the country to select and
 * the digits after the code, told by the calling-code index alone; otherwise `undefined`.
 * `current` is kept when it shares the calling code (a Canadian keeps `CA` for `+1`); under an
 * allow-list, an allowed country of the code comes before the main one. Non-geographic codes
 * (+800, +882...) have no country to select and are not split.
 */
export function splitCallingCode(
  chars: string,
  current: CountryCode,
  allowed: readonly CountryCode[] | undefined,
): CallingCodeSplit | undefined {
  if (!isInternationalForm(chars)) return undefined;
  const international = toInternationalForm(chars);
  const callingCode = callingCodeAtStart(international.slice(1));
  if (!callingCode) return undefined;
  const candidates = selectableCountries(callingCode, allowed);
  const country = candidates.includes(current) ? current : candidates[0];
  const nationalDigits = international.slice(1 + callingCode.length);
  return country ? { country, callingCode, nationalDigits } : undefined;
}

/**
 * The field once everything is erased: back to the chosen country when the erased number had
 * moved the selector; an edit of an already empty field (a space typed after `+44`) keeps it.
 */
export function erasedField(field: PhoneFieldState): PhoneFieldState {
  const country = meaningfulChars(field.text) !== '' ? field.chosenCountry : field.country;
  return { ...field, country, text: '', isNationalSignificant: false };
}

/**
 * The E.164 value of the field told by the calling-code index alone: international text as
 * typed (`00` read as `+`), national digits behind the country's calling code.
 */
export function valueAsTyped(field: PhoneFieldState): string {
  const chars = toInternationalForm(meaningfulChars(field.text));
  if (chars.replace('+', '') === '') return '';
  if (chars.startsWith('+')) return chars;
  return `+${callingCodeOfCountry(field.country) ?? ''}${chars}`;
}

/** An empty field in `country`. */
export function emptyPhoneField(country: CountryCode): PhoneFieldState {
  return { country, chosenCountry: country, text: '', isNationalSignificant: false };
}
