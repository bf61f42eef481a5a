import {
  type CountryCode,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import {
  erasedField,
  meaningfulChars,
  type PhoneDeletion,
  type PhoneEditResult,
  type PhoneFieldContext,
  type PhoneFieldState,
  selectableCountries,
  splitCallingCode,
  valueAsTyped,
} from './field-state.js';
import { formatPartialNumber } from './format-partial.js';
import { callingCodeOfCountry, countriesOfCallingCode } from './metadata-index.js';
import { isCountryAllowed } from './metadata-needs.js';
import { isInternationalForm } from './normalize-text.js';
import { correctSeparatorDeletion } from './separator-deletion.js';

/**
 * What the phone field's editing does with a numbering plan: grouping as you type, the
 * country following the number, a trunk prefix read as one. Part of the engine's lazy chunk
 * (see `phone-engine.ts`); `text.ts` calls it through `snapshot.engine.field` and leaves the
 * digits as typed until the engine is there. Wherever the plan of a number's calling code is
 * not loaded yet, these functions too leave its digits as typed.
 *
 * @internal Imported by `phone-engine.ts` only. It imports from the page's modules only what
 * the build puts in the chunk shared with the lazy chunks (see `vite.config.ts`).
 */

function isReady(country: CountryCode, { snapshot }: PhoneFieldContext): boolean {
  const code = callingCodeOfCountry(country);
  return code !== undefined && snapshot.statusOf(code) === 'ready';
}

function parseWithPlan(
  text: string,
  country: CountryCode | undefined,
  { snapshot }: PhoneFieldContext,
): PhoneNumber | undefined {
  return parsePhoneNumberFromString(text, { defaultCountry: country }, snapshot.metadata);
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
  try {
    return (
      formatPartialNumber(chars, country, callingCode, layout, context.snapshot.metadata) ?? chars
    );
  } catch {
    // libphonenumber is not supposed to throw here; the digits stay usable as typed.
    return chars;
  }
}

/**
 * When `chars` start with a complete calling code (`+86…`, `0044…`), the country they belong
 * to and their national significant digits; otherwise `undefined`. The calling-code index
 * splits (see `splitCallingCode`); once the code's plan is loaded, the number read with it
 * picks the country among those the split may select and drops a trunk prefix written after
 * the code (`+44 (0) 7400…`).
 */
export function splitInternational(
  chars: string,
  current: CountryCode,
  context: PhoneFieldContext,
): { country: CountryCode; nationalDigits: string } | undefined {
  const split = splitCallingCode(chars, current, context.allowed);
  if (!split) return undefined;
  let { country, nationalDigits } = split;
  if (context.snapshot.statusOf(split.callingCode) === 'ready') {
    const phone = parseWithPlan(`+${split.callingCode}${nationalDigits}`, undefined, context);
    if (phone && nationalDigits.endsWith(phone.nationalNumber)) {
      nationalDigits = phone.nationalNumber;
    }
    const detected = phone?.country;
    if (detected && selectableCountries(split.callingCode, context.allowed).includes(detected)) {
      country = detected;
    }
  }
  return { country, nationalDigits };
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
 * `applyPhoneEdit` (see `text.ts`) of a text the field can hold, with the engine: splits, then
 * formats, then lets the country follow the number.
 */
export function editPhoneField(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
  deletion?: PhoneDeletion,
): PhoneEditResult {
  const fix = deletion && correctSeparatorDeletion(field.text, rawText, caretChars, deletion);
  const caret = fix ? fix.caretChars : caretChars;
  const chars = meaningfulChars(fix ? fix.rawText : rawText);
  if (chars === '') return { field: erasedField(field), caretChars: 0 };
  const split = splitInternational(chars, field.country, context);
  if (split) {
    const removed = chars.length - split.nationalDigits.length;
    const next: PhoneFieldState = {
      ...field,
      country: split.country,
      text: formatPhoneChars(split.nationalDigits, split.country, context, true),
      isNationalSignificant: true,
    };
    return { field: followNumber(next, context), caretChars: Math.max(0, caret - removed) };
  }
  const next = {
    ...field,
    text: formatPhoneChars(chars, field.country, context, field.isNationalSignificant),
  };
  return { field: followNumber(next, context), caretChars: caret };
}

/** `refreshPhoneField` (see `text.ts`) with the engine. */
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

/** `selectFieldCountry` (see `text.ts`) with the engine: the digits formatted for `country`. */
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
 * `phoneFieldValue` (see `text.ts`) with the engine: national digits whose plan is loaded are
 * read with it, so that a trunk prefix it knows (`07400…` in the UK) leaves the value.
 */
export function phoneFieldValue(field: PhoneFieldState, context: PhoneFieldContext): string {
  const value = valueAsTyped(field);
  const chars = meaningfulChars(field.text);
  const callingCode = callingCodeOfCountry(field.country);
  if (value === '' || isInternationalForm(chars) || !isReady(field.country, context)) return value;
  try {
    const phone = parseWithPlan(
      field.isNationalSignificant ? value : chars,
      field.country,
      context,
    );
    if (phone && phone.countryCallingCode === callingCode) return phone.number;
  } catch {
    // the value as typed, below
  }
  return value;
}
