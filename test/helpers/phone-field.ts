import type { CountryCode } from 'libphonenumber-js/core';
import { getPhoneMetadataSnapshot } from '../../src/core/phone/metadata-store.js';
import {
  applyPhoneEdit,
  emptyPhoneField,
  type PhoneFieldContext,
  type PhoneFieldState,
  phoneFieldValue,
} from '../../src/core/phone/text.js';

/** The field helpers' context with the metadata in use now. */
export function fieldContext(allowed?: readonly CountryCode[]): PhoneFieldContext {
  return { snapshot: getPhoneMetadataSnapshot(), allowed };
}

/** Types `keys` one by one at the end of the field, as a keyboard does. */
export function typeInto(
  field: PhoneFieldState,
  keys: string,
  context = fieldContext(),
): PhoneFieldState {
  let current = field;
  for (const key of keys) {
    const raw = current.text + key;
    current = applyPhoneEdit(raw, current, Number.MAX_SAFE_INTEGER, context).field;
  }
  return current;
}

/** Replaces the whole field with `text`, as a paste over a selection or an autofill does. */
export function pasteInto(
  field: PhoneFieldState,
  text: string,
  context = fieldContext(),
): PhoneFieldState {
  return applyPhoneEdit(text, field, Number.MAX_SAFE_INTEGER, context).field;
}

/** A fresh field in `country`, and its E.164 value helper. */
export function freshField(country: CountryCode): PhoneFieldState {
  return emptyPhoneField(country);
}

/** The value the field reports. */
export function reportedValue(field: PhoneFieldState, context = fieldContext()): string {
  return phoneFieldValue(field, context);
}
