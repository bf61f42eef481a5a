'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { indexAfterMeaningfulChars, meaningfulCharsBefore } from '../core/phone/caret.js';
import { callingCodeOfCountry } from '../core/phone/metadata-index.js';
import { isCallingCodeAllowed } from '../core/phone/metadata-needs.js';
import { requirePhoneMetadata } from '../core/phone/metadata-store.js';
import { type ParsedPhone, parsePhoneWith } from '../core/phone/parse.js';
import {
  applyPhoneEdit,
  emptyPhoneField,
  meaningfulChars,
  type PhoneDeletion,
  type PhoneEditRefusal,
  type PhoneFieldContext,
  type PhoneFieldState,
  phoneFieldFromValue,
  phoneFieldValue,
  refreshPhoneField,
  selectFieldCountry,
} from '../core/phone/text.js';
import { useClientLayoutEffect } from './useClientLayoutEffect.js';
import { useControlModeWarning } from './useControlModeWarning.js';
import { usePhoneMetadata } from './usePhoneMetadata.js';

/** What `onChange` receives besides the value: the parse result, the raw text and the country. */
export type PhoneChangeDetails = ParsedPhone & {
  /** The text of the number input, as displayed (e.g. `138 0013 8000`). */
  text: string;
  /** The country chosen in the selector (may differ from `country`, e.g. `GB` vs `GG`). */
  selectedCountry: CountryCode;
};

/** Options of {@link usePhoneInput}. */
export interface UsePhoneInputOptions {
  /** E.164 value (`''` when empty) for a controlled field. */
  value?: string | undefined;
  /** Initial E.164 value for an uncontrolled field. @default '' */
  defaultValue?: string | undefined;
  /** Called when the value changes: full E.164 when complete, partial (`+86138`) while typing, `''` when empty. */
  onChange?: ((value: string, details: PhoneChangeDetails) => void) | undefined;
  /** Called when the selected country changes (picked, or detected from a pasted number). */
  onCountryChange?: ((country: CountryCode) => void) | undefined;
  /** Country selected initially when the value does not name one. @default 'CN' */
  defaultCountry?: CountryCode | undefined;
  /**
   * Allow-list of countries: numbers of others are refused (`invalid_country`) and the
   * metadata of their calling codes is never downloaded. All countries when omitted.
   */
  countries?: readonly CountryCode[] | undefined;
}

/** What {@link usePhoneInput} returns: state plus handlers for the number `<input>`. */
export interface UsePhoneInputResult {
  /** Selected country. */
  country: CountryCode;
  /** Displayed national text. */
  text: string;
  /** Current E.164 value (`''` when empty). */
  value: string;
  /**
   * `parsePhone` of the current value. `reason: 'pending'` while the metadata of its calling
   * code loads (no verdict yet), `'unavailable'` when it could not be loaded.
   */
  parsed: ParsedPhone;
  /**
   * Why the last edit was refused, the field keeping what it held: `too_long` when it would
   * have held more digits than any number (a huge paste). `null` once an edit is accepted.
   * Show it: nothing else tells the user why their paste or key did nothing.
   */
  refusedEdit: PhoneEditRefusal | null;
  /** Picks a country from the selector; reformats the digits for it. */
  selectCountry: (country: CountryCode) => void;
  /** Ref the hook needs on the number input (to put the caret back after formatting). */
  inputRef: { current: HTMLInputElement | null };
  /** Handlers for the number `<input>`. */
  handlers: {
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
    onCompositionStart: () => void;
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
}

/**
 * State of a phone field: selected country, formatted national text, E.164 value. Formats as
 * you type and puts the caret back after the same number of digits; a pasted or autofilled
 * international number (`+86 …`, `0044 …`, `tel:+1…`) selects its country and keeps only the
 * national digits. Controlled (`value`) or uncontrolled (`defaultValue`).
 * @example
 * const phone = usePhoneInput({ defaultCountry: 'CN', onChange: (value) => setPhone(value) });
 * <input ref={phone.inputRef} value={phone.text} {...phone.handlers} />
 */
export function usePhoneInput(options: UsePhoneInputOptions = {}): UsePhoneInputResult {
  const { value, onChange, onCountryChange, defaultCountry = 'CN', countries } = options;
  const isControlled = value !== undefined;
  useControlModeWarning('PhoneInput', isControlled);
  const snapshot = usePhoneMetadata();
  const context: PhoneFieldContext = { snapshot, allowed: countries };

  const [field, setField] = useState<PhoneFieldState>(() =>
    phoneFieldFromValue(
      value ?? options.defaultValue ?? '',
      emptyPhoneField(defaultCountry),
      context,
    ),
  );
  // The last value reported or received: a controlled `value` different from it came from the
  // parent, and only then is the text rebuilt (rebuilding our own echo would fight the caret).
  const [knownValue, setKnownValue] = useState(() => value ?? phoneFieldValue(field, context));
  const inputRef = useRef<HTMLInputElement | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const composing = useRef(false);
  const [refusedEdit, setRefusedEdit] = useState<PhoneEditRefusal | null>(null);

  if (isControlled && value !== knownValue) {
    setKnownValue(value);
    setField(phoneFieldFromValue(value, field, context));
  }

  const derivedValue = phoneFieldValue(field, context);
  const currentValue = isControlled ? value : derivedValue;
  const parseOptions = { defaultCountry: field.country, countries };
  const parsed = parsePhoneWith(currentValue, parseOptions, snapshot);

  // The piece this field needs: its number's calling code, or the selected country's while
  // empty (so the default country's plan is there before the first digit).
  const wanted =
    currentValue === ''
      ? callingCodeOfCountry(field.country)
      : parsed.reason === 'pending' || parsed.reason === 'unavailable'
        ? parsed.phoneCountryCode?.slice(1)
        : undefined;
  const allowedWanted = wanted !== undefined && isCallingCodeAllowed(wanted, countries);
  useEffect(() => {
    if (wanted !== undefined && allowedWanted) {
      // The failure shows as `reason: 'unavailable'` through the metadata snapshot.
      requirePhoneMetadata(wanted).catch(() => undefined);
    }
  }, [wanted, allowedWanted]);

  // The verdict last reported (or seen at mount; `undefined`: valid): a piece arriving turns
  // `pending` into `valid` without changing the value, and a form must hear about that too.
  const reportedReason = useRef(parsed.reason);

  /** Shows `next` and reports what changed; `byUser`: an edit or a pick, not a piece arriving. */
  const publish = (next: PhoneFieldState, byUser = true) => {
    setField(next);
    if (byUser) setRefusedEdit(null);
    if (next.country !== field.country) onCountryChange?.(next.country);
    const nextValue = phoneFieldValue(next, context);
    const details = parsePhoneWith(
      nextValue,
      { defaultCountry: next.country, countries },
      context.snapshot,
    );
    if (nextValue === knownValue && details.reason === reportedReason.current) return;
    setKnownValue(nextValue);
    reportedReason.current = details.reason;
    onChange?.(nextValue, { ...details, text: next.text, selectedCountry: next.country });
    // A piece that failed is tried again at the next edit (not when the failure itself arrives:
    // offline, that would retry in a loop).
    const missing =
      byUser && details.reason === 'unavailable' ? details.phoneCountryCode?.slice(1) : undefined;
    if (missing && isCallingCodeAllowed(missing, countries)) {
      requirePhoneMetadata(missing).catch(() => undefined);
    }
  };

  // A piece arrived: format the digits typed meanwhile, let the country follow the number, and
  // report the value again if reading it with the plan changed it (`07400…` → `+447400…`), or
  // its verdict if only that changed.
  const seenSnapshot = useRef(snapshot);
  useClientLayoutEffect(() => {
    if (seenSnapshot.current === snapshot) return;
    seenSnapshot.current = snapshot;
    if (composing.current) return;
    const next = refreshPhoneField(field, context);
    const input = inputRef.current;
    if (input && input.ownerDocument.activeElement === input && next.text !== field.text) {
      const caretChars = meaningfulCharsBefore(input.value, input.selectionStart ?? 0);
      pendingCaret.current = indexAfterMeaningfulChars(next.text, caretChars);
    }
    // `publish` reports only what changed: the value, or the verdict (`pending` → `valid`).
    publish(next, false);
  });

  useClientLayoutEffect(() => {
    const input = inputRef.current;
    const caret = pendingCaret.current;
    pendingCaret.current = null;
    if (input && caret !== null && input.ownerDocument.activeElement === input) {
      input.setSelectionRange(caret, caret);
    }
  });

  const commit = (rawText: string, caretChars: number, deletion?: PhoneDeletion) => {
    const edit = applyPhoneEdit(rawText, field, caretChars, context, deletion);
    pendingCaret.current = indexAfterMeaningfulChars(edit.field.text, edit.caretChars);
    if (edit.refused) {
      // Nothing changed; the input shows the field's text again, and the reason.
      setRefusedEdit(edit.refused);
      setField({ ...field });
      return;
    }
    publish(edit.field);
  };

  const selectCountry = (country: CountryCode) => {
    publish(selectFieldCountry(field, country, context));
  };

  const handlers: UsePhoneInputResult['handlers'] = {
    onChange: (event) => {
      const input = event.currentTarget;
      if (composing.current) {
        // Reformatting under an IME's composition would break it: wait for compositionend.
        setField({ ...field, text: input.value });
        return;
      }
      const caret = input.selectionStart ?? input.value.length;
      const inputType = (event.nativeEvent as Partial<InputEvent>).inputType ?? '';
      const deletion = inputType.startsWith('delete')
        ? inputType.includes('Forward')
          ? 'forward'
          : 'backward'
        : undefined;
      commit(input.value, meaningfulCharsBefore(input.value, caret), deletion);
    },
    onPaste: (event) => {
      const text = event.clipboardData.getData('text');
      const pasted = meaningfulChars(text);
      // A full international number replaces the field: merging it with digits already
      // there, or keeping its dial code next to the selector's, would make a wrong number.
      // `00` only counts as the international prefix when nothing else stays in the field:
      // after typed digits (`138|` ← `0013 8000`) it is the rest of the number, two zeros.
      const input = event.currentTarget;
      const before = meaningfulChars(input.value.slice(0, input.selectionStart ?? 0));
      const after = meaningfulChars(input.value.slice(input.selectionEnd ?? input.value.length));
      const replacesField = before === '' && after === '';
      if (!pasted.startsWith('+') && !(pasted.startsWith('00') && replacesField)) return;
      event.preventDefault();
      // The text itself, not its digits cut short: one too long is refused whole.
      commit(text, Number.MAX_SAFE_INTEGER);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event) => {
      composing.current = false;
      const input = event.currentTarget;
      const caret = input.selectionStart ?? input.value.length;
      commit(input.value, meaningfulCharsBefore(input.value, caret));
    },
  };

  return {
    country: field.country,
    text: field.text,
    value: currentValue,
    parsed,
    refusedEdit,
    selectCountry,
    inputRef,
    handlers,
  };
}
