'use client';
import type { CountryCode } from 'libphonenumber-js/mobile';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  correctSeparatorDeletion,
  indexAfterMeaningfulChars,
  meaningfulCharsBefore,
} from '../core/phone/caret.js';
import { isInternationalForm } from '../core/phone/normalize-text.js';
import { type ParsedPhone, parsePhone } from '../core/phone/parse.js';
import {
  applyPhoneEdit,
  formatPhoneChars,
  meaningfulChars,
  type PhoneFieldText,
  phoneFieldFromValue,
  phoneFieldValue,
} from '../core/phone/text.js';
import { useControlModeWarning } from './useControlModeWarning.js';

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
}

/** What {@link usePhoneInput} returns: state plus handlers for the number `<input>`. */
export interface UsePhoneInputResult {
  /** Selected country. */
  country: CountryCode;
  /** Displayed national text. */
  text: string;
  /** Current E.164 value (`''` when empty). */
  value: string;
  /** `parsePhone` of the current text in the selected country. */
  parsed: ParsedPhone;
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
  const { value, onChange, onCountryChange, defaultCountry = 'CN' } = options;
  const isControlled = value !== undefined;
  useControlModeWarning('PhoneInput', isControlled);

  const [field, setField] = useState<PhoneFieldText>(() =>
    phoneFieldFromValue(value ?? options.defaultValue ?? '', defaultCountry),
  );
  // The last value reported or received: a controlled `value` different from it came from the
  // parent, and only then is the text rebuilt (rebuilding our own echo would fight the caret).
  const [knownValue, setKnownValue] = useState(
    () => value ?? phoneFieldValue(field.text, field.country),
  );
  const inputRef = useRef<HTMLInputElement | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const composing = useRef(false);

  if (isControlled && value !== knownValue) {
    setKnownValue(value);
    setField(phoneFieldFromValue(value, field.country));
  }

  const derivedValue = useMemo(() => phoneFieldValue(field.text, field.country), [field]);
  const parsed = useMemo(() => parsePhone(field.text, { defaultCountry: field.country }), [field]);

  useLayoutEffect(() => {
    const input = inputRef.current;
    const caret = pendingCaret.current;
    pendingCaret.current = null;
    if (input && caret !== null && input.ownerDocument.activeElement === input) {
      input.setSelectionRange(caret, caret);
    }
  });

  const publish = (next: PhoneFieldText) => {
    setField(next);
    if (next.country !== field.country) onCountryChange?.(next.country);
    const nextValue = phoneFieldValue(next.text, next.country);
    if (nextValue === knownValue) return;
    setKnownValue(nextValue);
    const details = parsePhone(next.text, { defaultCountry: next.country });
    onChange?.(nextValue, { ...details, text: next.text, selectedCountry: next.country });
  };

  const commit = (rawText: string, caretChars: number) => {
    const edit = applyPhoneEdit(rawText, field.country, caretChars);
    pendingCaret.current = indexAfterMeaningfulChars(edit.text, edit.caretChars);
    publish({ country: edit.country, text: edit.text });
  };

  const selectCountry = (country: CountryCode) => {
    const chars = meaningfulChars(field.text);
    const text = isInternationalForm(chars) ? field.text : formatPhoneChars(chars, country);
    publish({ country, text });
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
      const fix = inputType.startsWith('delete')
        ? correctSeparatorDeletion(
            field.text,
            input.value,
            caret,
            inputType.includes('Forward') ? 'forward' : 'backward',
          )
        : undefined;
      commit(
        fix?.rawText ?? input.value,
        fix?.caretChars ?? meaningfulCharsBefore(input.value, caret),
      );
    },
    onPaste: (event) => {
      const pasted = event.clipboardData.getData('text');
      // A full international number replaces the field: merging it with digits already
      // there, or keeping its dial code next to the selector's, would make a wrong number.
      if (!isInternationalForm(meaningfulChars(pasted))) return;
      event.preventDefault();
      commit(pasted, Number.MAX_SAFE_INTEGER);
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
    value: isControlled ? value : derivedValue,
    parsed,
    selectCountry,
    inputRef,
    handlers,
  };
}
