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
 * Helpers behind an as-you-type phone field: what to display, which country a typed or pasted
 * international number belongs to, and the E.164 value to report. Framework-free; every
 * function reads the metadata snapshot it is given and, while the piece a number needs is
 * missing, leaves the digits as typed.
 */

/**
 * Most digits an edit may leave in the field (E.164's 15, plus room for an international or
 * trunk prefix); an edit with more is refused, since more could never be a number.
 */
const MAX_TYPED_DIGITS = 20;

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
  /** The metadata in use. */
  snapshot: PhoneMetadataSnapshot;
  /** Allow-list of countries (all when omitted). */
  allowed?: readonly CountryCode[] | undefined;
}

function isReady(country: CountryCode, { snapshot }: PhoneFieldContext): boolean {
  const code = callingCodeOfCountry(country);
  return code !== undefined && snapshot.statusOf(code) === 'ready';
}

/**
 * The engine's parse (see `phone-engine.ts`), present whenever a calling code is ready: the
 * helpers below call it only then; without it, nothing is parsed.
 */
function parseWithPlan(
  text: string,
  country: CountryCode | undefined,
  { snapshot }: PhoneFieldContext,
) {
  return snapshot.engine?.parsePhoneNumberFromString(text, country, snapshot.metadata);
}

/**
 * Why {@link applyPhoneEdit} refused an edit: `too_long`, the text held more digits than a
 * phone field keeps (or was too long to read at all). The field stays as it was.
 */
export type PhoneEditRefusal = 'too_long';

/**
 * True when a text holds more than a field keeps: cutting it would drop digits the user typed
 * or pasted, and emptying the field would drop the ones already there, so the edit is refused.
 */
function isTooLongToKeep(text: string): boolean {
  const { chars, isOverflowing } = scanPhoneText(text);
  return isOverflowing || chars.replace('+', '').length > MAX_TYPED_DIGITS;
}

/**
 * The digits and leading `+` of a text; an extension is dropped. Not cut to a typable length:
 * {@link applyPhoneEdit} refuses edits longer than that instead of dropping digits.
 */
export function meaningfulChars(text: string): string {
  return scanPhoneText(text).chars;
}

/**
 * Formats meaningful characters for display. National digits follow the country's format
 * (`138 0013 8000`); an international form that could not be split is shown as typed, so that
 * a half-typed `00` or `+4` is not rewritten under the caret; so are digits whose metadata is
 * not loaded yet, and digits no number of the plan starts with.
 */
export function formatPhoneChars(
  chars: string,
  country: CountryCode,
  context: PhoneFieldContext,
  isNationalSignificant = false,
): string {
  if (chars === '' || isInternationalForm(chars) || !isReady(country, context)) return chars;
  const callingCode = callingCodeOfCountry(country) ?? '';
  const layout = isNationalSignificant ? 'significant' : 'national';
  const { engine, metadata } = context.snapshot;
  try {
    return engine?.formatPartialNumber(chars, country, callingCode, layout, metadata) ?? chars;
  } catch {
    // libphonenumber is not supposed to throw here; the digits stay usable as typed.
    return chars;
  }
}

/**
 * When `chars` start with a complete calling code (`+86…`, `0044…`), the country they belong
 * to and their national significant digits; otherwise `undefined`. `current` wins when it
 * shares the calling code and the digits do not point elsewhere (a Canadian keeps `CA` for
 * `+1`); under an allow-list, an allowed country of the code comes before the main one.
 */
export function splitInternational(
  chars: string,
  current: CountryCode,
  context: PhoneFieldContext,
): { country: CountryCode; nationalDigits: string } | undefined {
  if (!isInternationalForm(chars)) return undefined;
  const international = toInternationalForm(chars);
  const callingCode = callingCodeAtStart(international.slice(1));
  if (!callingCode) return undefined;
  const family = countriesOfCallingCode(callingCode);
  if (family.length === 0) return undefined; // non-geographic (+800, +882...): no country to pick
  let nationalDigits = international.slice(1 + callingCode.length);
  let detected: CountryCode | undefined;
  if (context.snapshot.statusOf(callingCode) === 'ready') {
    const phone = parseWithPlan(international, undefined, context);
    // `+44 (0) 7400…`: libphonenumber drops the trunk prefix written after the calling code.
    if (phone && nationalDigits.endsWith(phone.nationalNumber)) {
      nationalDigits = phone.nationalNumber;
    }
    detected = phone?.country;
  }
  const allowedFamily = family.filter((country) => isCountryAllowed(country, context.allowed));
  const candidates = allowedFamily.length > 0 ? allowedFamily : family;
  const country =
    (detected && candidates.includes(detected) ? detected : undefined) ??
    (candidates.includes(current) ? current : candidates[0]);
  return country ? { country, nationalDigits } : undefined;
}

/**
 * For calling codes several countries share (+1, +7, +44...), the country the digits belong
 * to: `213 373 4253` typed with Canada selected is a US number, and the selector says so.
 */
function followNumber(field: PhoneFieldState, context: PhoneFieldContext): PhoneFieldState {
  const callingCode = callingCodeOfCountry(field.country);
  if (!callingCode || countriesOfCallingCode(callingCode).length < 2) return field;
  if (!isReady(field.country, context)) return field;
  const chars = meaningfulChars(field.text);
  if (chars === '' || isInternationalForm(chars)) return field;
  const text = field.isNationalSignificant ? `+${callingCode}${chars}` : chars;
  const detected = parseWithPlan(text, field.country, context)?.country;
  if (!detected || detected === field.country || !isCountryAllowed(detected, context.allowed)) {
    return field;
  }
  return { ...field, country: detected };
}

/**
 * What a phone field holds after an edit: splits pasted or typed international numbers into
 * country and national digits (never repeating the dial code), formats the rest, lets the
 * country follow the number, and returns to the chosen country once everything is erased.
 * An edit holding more digits than a number can have is refused (`refused: 'too_long'`, the
 * field unchanged) rather than cut: every digit in the field was typed or pasted there.
 * @returns the new field, plus how many meaningful characters precede the caret once the dial
 *   code has been moved into the country selector.
 */
export function applyPhoneEdit(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
): { field: PhoneFieldState; caretChars: number; refused?: PhoneEditRefusal } {
  if (isTooLongToKeep(rawText)) {
    // The caret goes back before what the edit inserted.
    const kept = meaningfulChars(field.text).length;
    const inserted = Math.max(0, scanPhoneText(rawText).chars.length - kept);
    const caret = Math.max(0, Math.min(kept, caretChars - inserted));
    return { field, caretChars: caret, refused: 'too_long' };
  }
  return editField(rawText, field, caretChars, context);
}

/** {@link applyPhoneEdit} of a text the field can hold. */
function editField(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
): { field: PhoneFieldState; caretChars: number } {
  const chars = meaningfulChars(rawText);
  if (chars === '') {
    // Erasing the number undoes a country the number had chosen; an edit of an already empty
    // field (a space typed after `+44`) keeps the country.
    const erased = meaningfulChars(field.text) !== '';
    const country = erased ? field.chosenCountry : field.country;
    return { field: { ...field, country, text: '', isNationalSignificant: false }, caretChars: 0 };
  }
  const split = splitInternational(chars, field.country, context);
  if (split) {
    const removed = chars.length - split.nationalDigits.length;
    const next: PhoneFieldState = {
      ...field,
      country: split.country,
      text: formatPhoneChars(split.nationalDigits, split.country, context, true),
      isNationalSignificant: true,
    };
    return { field: followNumber(next, context), caretChars: Math.max(0, caretChars - removed) };
  }
  const next = {
    ...field,
    text: formatPhoneChars(chars, field.country, context, field.isNationalSignificant),
  };
  return { field: followNumber(next, context), caretChars };
}

/**
 * The field redone with the metadata in use: formats digits typed while a piece was loading.
 * Returns `field` itself when the metadata changes nothing.
 */
export function refreshPhoneField(
  field: PhoneFieldState,
  context: PhoneFieldContext,
): PhoneFieldState {
  const chars = meaningfulChars(field.text);
  if (chars === '' || isInternationalForm(chars)) return field;
  let digits = chars;
  const callingCode = callingCodeOfCountry(field.country);
  if (field.isNationalSignificant && callingCode) {
    const split = splitInternational(`+${callingCode}${chars}`, field.country, context);
    digits = split?.nationalDigits ?? chars;
  }
  const text = formatPhoneChars(digits, field.country, context, field.isNationalSignificant);
  // The same object when nothing changed, so a React state holding it does not re-render.
  return followNumber(text === field.text ? field : { ...field, text }, context);
}

/** The field after the user picked a country: the digits stay, formatted for it. */
export function selectFieldCountry(
  field: PhoneFieldState,
  country: CountryCode,
  context: PhoneFieldContext,
): PhoneFieldState {
  const chars = meaningfulChars(field.text);
  const text = isInternationalForm(chars)
    ? field.text
    : formatPhoneChars(chars, country, context, field.isNationalSignificant);
  return { ...field, country, chosenCountry: country, text };
}

/**
 * The E.164 value of the field: the full number when complete, a partial `+86138` while
 * typing (so a form can say "too short" rather than "required"), `''` when empty. Every digit
 * typed after choosing a country, or pasted in international form, is kept: only a trunk
 * prefix libphonenumber recognises as one (`8 912…` in Russia, `07400…` in the UK) is dropped.
 */
export function phoneFieldValue(field: PhoneFieldState, context: PhoneFieldContext): string {
  const chars = toInternationalForm(meaningfulChars(field.text));
  if (chars.replace('+', '') === '') return '';
  if (chars.startsWith('+')) return chars;
  const callingCode = callingCodeOfCountry(field.country) ?? '';
  const international = `+${callingCode}${chars}`;
  if (!isReady(field.country, context)) return international;
  try {
    const text = field.isNationalSignificant ? international : chars;
    const phone = parseWithPlan(text, field.country, context);
    if (phone?.countryCallingCode === callingCode) return phone.number;
  } catch {
    // fall through to the plain concatenation below
  }
  return international;
}

/** An empty field in `country`. */
export function emptyPhoneField(country: CountryCode): PhoneFieldState {
  return { country, chosenCountry: country, text: '', isNationalSignificant: false };
}

/** The field for an E.164 value set from outside (controlled or default). */
export function phoneFieldFromValue(
  value: string,
  fallback: PhoneFieldState,
  context: PhoneFieldContext,
): PhoneFieldState {
  const base = { ...fallback, text: '', isNationalSignificant: false };
  // A value from the page is shown whole, however long: the verdict says it is too long.
  return editField(value, base, 0, context).field;
}
