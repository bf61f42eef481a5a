import type { CountryCode } from 'libphonenumber-js/core';
import {
  erasedField,
  meaningfulChars,
  type PhoneDeletion,
  type PhoneEditResult,
  type PhoneFieldContext,
  type PhoneFieldState,
  splitCallingCode,
  valueAsTyped,
} from './field-state.js';
import { scanPhoneText } from './normalize-text.js';

export {
  emptyPhoneField,
  meaningfulChars,
  type PhoneDeletion,
  type PhoneEditRefusal,
  type PhoneEditResult,
  type PhoneFieldContext,
  type PhoneFieldState,
  splitCallingCode,
} from './field-state.js';

/**
 * Helpers behind an as-you-type phone field: what to display, which country a typed or pasted
 * international number belongs to, and the E.164 value to report. Framework-free.
 *
 * This module is what runs before the phone engine arrives (see `phone-engine.ts`): it reads
 * typed text, refuses edits too long to keep, and splits a complete calling code off an
 * international number with the calling-code index alone, showing the digits as typed. Once
 * the engine is there (`snapshot.engine`), every edit goes to its field editing
 * (`field-with-plan.ts`): grouping, the country following the number, trunk prefixes. What
 * both read without a plan (the field's state, its characters, the split at the calling
 * code) is in `field-state.ts`.
 */

/**
 * Most digits an edit may leave in the field (E.164's 15, plus room for an international or
 * trunk prefix); an edit with more is refused, since more could never be a number.
 */
const MAX_TYPED_DIGITS = 20;

/**
 * True when a text holds more than a field keeps: cutting it would drop digits the user typed
 * or pasted, and emptying the field would drop the ones already there, so the edit is refused.
 */
function isTooLongToKeep(text: string): boolean {
  const { chars, isOverflowing } = scanPhoneText(text);
  return isOverflowing || chars.replace('+', '').length > MAX_TYPED_DIGITS;
}

/**
 * An edit before the phone engine arrives: the meaningful characters as typed, a complete
 * calling code moved into the selector. The engine redoes the field when it arrives.
 */
function editAsTyped(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
): PhoneEditResult {
  const chars = meaningfulChars(rawText);
  if (chars === '') return { field: erasedField(field), caretChars: 0 };
  const split = splitCallingCode(chars, field.country, context.allowed);
  if (!split) return { field: { ...field, text: chars }, caretChars };
  const { country, nationalDigits } = split;
  const removed = chars.length - nationalDigits.length;
  return {
    field: { ...field, country, text: nationalDigits, isNationalSignificant: true },
    caretChars: Math.max(0, caretChars - removed),
  };
}

/** An edit the field can hold: by the engine once it is there, as typed until then. */
function editField(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
  deletion?: PhoneDeletion,
): PhoneEditResult {
  const { engine } = context.snapshot;
  if (engine) return engine.field.edit(rawText, field, caretChars, context, deletion);
  return editAsTyped(rawText, field, caretChars, context);
}

/**
 * What a phone field holds after an edit: splits pasted or typed international numbers into
 * country and national digits (never repeating the dial code), formats the rest, lets the
 * country follow the number, and returns to the chosen country once everything is erased.
 * An edit holding more digits than a number can have is refused (`refused: 'too_long'`, the
 * field unchanged) rather than cut: every digit in the field was typed or pasted there.
 * Until the phone engine arrives, the digits stay as typed (see the module comment).
 * @param deletion - Set when the edit was a deletion key: once the text is formatted, one
 *   that removed only a separator removes the digit next to it instead.
 * @returns the new field, plus how many meaningful characters precede the caret once the dial
 *   code has been moved into the country selector.
 */
export function applyPhoneEdit(
  rawText: string,
  field: PhoneFieldState,
  caretChars: number,
  context: PhoneFieldContext,
  deletion?: PhoneDeletion,
): PhoneEditResult {
  if (isTooLongToKeep(rawText)) {
    // The caret goes back before what the edit inserted.
    const kept = meaningfulChars(field.text).length;
    const inserted = Math.max(0, scanPhoneText(rawText).chars.length - kept);
    const caret = Math.max(0, Math.min(kept, caretChars - inserted));
    return { field, caretChars: caret, refused: 'too_long' };
  }
  return editField(rawText, field, caretChars, context, deletion);
}

/**
 * The field redone with the metadata in use: formats digits typed while a piece (or the
 * engine) was loading. Returns `field` itself when the metadata changes nothing.
 */
export function refreshPhoneField(
  field: PhoneFieldState,
  context: PhoneFieldContext,
): PhoneFieldState {
  return context.snapshot.engine?.field.refresh(field, context) ?? field;
}

/** The field after the user picked a country: the digits stay, formatted for it. */
export function selectFieldCountry(
  field: PhoneFieldState,
  country: CountryCode,
  context: PhoneFieldContext,
): PhoneFieldState {
  const { engine } = context.snapshot;
  if (engine) return engine.field.selectCountry(field, country, context);
  return { ...field, country, chosenCountry: country };
}

/**
 * The E.164 value of the field: the full number when complete, a partial `+86138` while
 * typing (so a form can say "too short" rather than "required"), `''` when empty. Every digit
 * typed after choosing a country, or pasted in international form, is kept: only a trunk
 * prefix libphonenumber recognises as one (`8 912…` in Russia, `07400…` in the UK) is dropped.
 */
export function phoneFieldValue(field: PhoneFieldState, context: PhoneFieldContext): string {
  return context.snapshot.engine?.field.value(field, context) ?? valueAsTyped(field);
}

/**
 * The field for an E.164 value set from outside (controlled or default). The server and the
 * hydrating client, without the engine, show its national digits as given.
 */
export function phoneFieldFromValue(
  value: string,
  fallback: PhoneFieldState,
  context: PhoneFieldContext,
): PhoneFieldState {
  const base = { ...fallback, text: '', isNationalSignificant: false };
  // A value from the page is shown whole, however long: the verdict says it is too long.
  return editField(value, base, 0, context).field;
}
