'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { type FocusEvent, forwardRef, type ReactNode, type Ref, useId, useState } from 'react';
import type { ParsedPhone } from '../core/phone/parse.js';
import { useKitMessages } from '../hooks/context.js';
import { type PhoneChangeDetails, usePhoneInput } from '../hooks/usePhoneInput.js';
import { enUSPhone } from '../i18n/en-US/phone.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { phoneReasonMessage } from '../i18n/phone-reason-message.js';
import { CountrySelect, type CountrySelectClassNames } from './country-select/CountrySelect.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';
import { useMergedRef } from './merge-refs.js';

/** Class names for each part of {@link PhoneInput}. */
export interface PhoneInputClassNames {
  /** The wrapper (same as `className`). */
  root?: string;
  /** The visible label. */
  label?: string;
  /** The row holding the country selector and the number input. */
  control?: string;
  /** Parts of the country selector. */
  country?: CountrySelectClassNames;
  /** The number `<input>`. */
  input?: string;
  /** The error message. */
  error?: string;
}

/**
 * `data-state` of {@link PhoneInput}: `pending` while the rules of the number's calling code
 * load (no verdict yet), `unavailable` when they could not be loaded.
 */
export type PhoneInputState = 'empty' | 'pending' | 'unavailable' | 'valid' | 'invalid';

function phoneState(parsed: ParsedPhone): PhoneInputState {
  if (parsed.valid) return 'valid';
  if (parsed.reason === 'pending' || parsed.reason === 'unavailable' || parsed.reason === 'empty') {
    return parsed.reason;
  }
  return 'invalid';
}

/** Props of {@link PhoneInput}. */
export interface PhoneInputProps {
  /** E.164 value (`'+8613800138000'`, `''` when empty): makes the field controlled. */
  value?: string | undefined;
  /** Initial E.164 value of an uncontrolled field. @default '' */
  defaultValue?: string | undefined;
  /** Called with the new E.164 value (partial while typing, `''` when empty) and the parse result. */
  onChange?: ((value: string, details: PhoneChangeDetails) => void) | undefined;
  /** Called when the selected country changes. */
  onCountryChange?: ((country: CountryCode) => void) | undefined;
  /** Called when the number input loses focus (react-hook-form's `onBlur`). */
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  /** Country selected when the value names none. @default 'CN' */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries in the selector. */
  countries?: readonly CountryCode[] | undefined;
  /** Countries listed first in the selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** A catalogue (`zhCN`) or single-text overrides, on top of the provider's catalogue. */
  messages?: Partial<GenAuthMessages> | undefined;
  /** `id` of the number input; generated when omitted. */
  id?: string | undefined;
  /** Visible label of the number input. @default messages.phoneLabel */
  label?: ReactNode;
  /** Keep the label for screen readers only (`aria-label`). @default false */
  hideLabel?: boolean | undefined;
  /** Name of a hidden input carrying the E.164 value, for native form posts. */
  name?: string | undefined;
  /** Disables both controls. @default false */
  disabled?: boolean | undefined;
  /** Marks the number input required. @default false */
  required?: boolean | undefined;
  /** Placeholder of the number input. */
  placeholder?: string | undefined;
  /** Focus the number input on mount. @default false */
  autoFocus?: boolean | undefined;
  /** Mark the field invalid from outside (a form library, a server answer). @default false */
  invalid?: boolean | undefined;
  /** Error to show instead of the built-in one; implies `invalid`. */
  errorMessage?: ReactNode;
  /**
   * Show the built-in reason ("too short", "not a mobile"...) once the number input has been
   * left with a non-empty invalid number. Off under a form library that validates itself.
   * @default true
   */
  validateOnBlur?: boolean | undefined;
  /** Class on the wrapper. */
  className?: string | undefined;
  /** Classes of the inner parts. */
  classNames?: PhoneInputClassNames | undefined;
  /** Drop the kit's `genauth-*` classes (headless use). @default false */
  unstyled?: boolean | undefined;
  /** The real number `<input>` (react-hook-form's `field.ref` can focus it). */
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A phone field: a searchable country selector plus the national number, formatted as you
 * type. Reports E.164 values; a pasted `+86 138 0013 8000` selects China and keeps
 * `138 0013 8000`. Errors show after the number input is left (or when `invalid`/`errorMessage`
 * is given) and are tied to the input with `aria-describedby` and `aria-invalid`.
 * @example <PhoneInput label="Mobile" defaultCountry="CN" onChange={(value, d) => d.valid && setPhone(value)} />
 */
export const PhoneInput = /* @__PURE__ */ forwardRef<HTMLInputElement, PhoneInputProps>(
  function PhoneInput(props, ref) {
    const { disabled = false, unstyled = false, validateOnBlur = true } = props;
    const { classNames = {}, errorMessage, invalid = false, onBlur, hideLabel = false } = props;
    const messages = useKitMessages(props.messages, enUSPhone);
    const phone = usePhoneInput(props);
    const [touched, setTouched] = useState(false);
    const baseId = useId();
    const inputId = props.id ?? `${baseId}-number`;
    const labelId = `${inputId}-label`;
    const errorId = `${inputId}-error`;
    const countryId = `${inputId}-country`;

    const { inputRef } = phone;
    const setInputRef = useMergedRef(inputRef, ref);

    const verdict = phone.parsed.valid ? undefined : phone.parsed.reason;
    // No verdict while the rules of the number's calling code load; a failed load says so at
    // once, since the user cannot fix it by typing.
    const unavailable = verdict === 'unavailable' && phone.text !== '';
    const showReason = invalid || unavailable || (validateOnBlur && touched && phone.text !== '');
    const reason = showReason && verdict !== 'pending' ? verdict : undefined;
    // A refused edit says why at once: the user's key or paste seemed to do nothing.
    const refusal = phone.refusedEdit ? phoneReasonMessage(phone.refusedEdit, messages) : undefined;
    const shownError =
      refusal ?? (errorMessage || (reason ? phoneReasonMessage(reason, messages) : undefined));
    const isInvalid = invalid || Boolean(shownError);
    const labelText = props.label ?? messages.phoneLabel;
    const hiddenLabel = hideLabel
      ? typeof labelText === 'string'
        ? labelText
        : messages.phoneLabel
      : undefined;
    const cls = kitClassNames(unstyled);

    return (
      <div
        className={cls('genauth-phone-input', joinClassNames(props.className, classNames.root))}
        data-invalid={dataFlag(isInvalid)}
        data-disabled={dataFlag(disabled)}
        data-empty={dataFlag(phone.text === '')}
        data-valid={dataFlag(phone.parsed.valid)}
        data-state={phoneState(phone.parsed)}
        data-country={phone.country}
      >
        {hideLabel ? null : (
          <label
            id={labelId}
            htmlFor={inputId}
            className={cls('genauth-phone-input__label', classNames.label)}
          >
            {labelText}
          </label>
        )}
        {/* biome-ignore lint/a11y/useSemanticElements: a <fieldset> needs its <legend> inside, but the visible <label> must name the number input; the group reuses it. */}
        <div
          role="group"
          aria-labelledby={hideLabel ? undefined : labelId}
          aria-label={hiddenLabel}
          className={cls('genauth-phone-input__control', classNames.control)}
        >
          <CountrySelect
            id={countryId}
            value={phone.country}
            onChange={(country) => {
              phone.selectCountry(country);
              // The number comes next: save the user a Tab. Only when the pick was made in the
              // selector: an autofill of the whole form must not move focus.
              const input = inputRef.current;
              if (input?.ownerDocument.activeElement?.id === countryId) input.focus();
            }}
            countries={props.countries}
            preferredCountries={props.preferredCountries}
            messages={props.messages}
            disabled={disabled}
            unstyled={unstyled}
            classNames={classNames.country}
          />
          <input
            ref={setInputRef}
            id={inputId}
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            aria-label={hiddenLabel}
            aria-invalid={isInvalid}
            aria-describedby={shownError ? errorId : undefined}
            value={phone.text}
            disabled={disabled}
            required={props.required}
            placeholder={props.placeholder}
            // biome-ignore lint/a11y/noAutofocus: opt-in by the page author, off by default.
            autoFocus={props.autoFocus}
            className={cls('genauth-phone-input__input', classNames.input)}
            onBlur={(event) => {
              setTouched(true);
              onBlur?.(event);
            }}
            {...phone.handlers}
          />
        </div>
        {props.name ? (
          <input type="hidden" name={props.name} value={phone.value} disabled={disabled} />
        ) : null}
        {shownError ? (
          <p
            id={errorId}
            // Announced when an edit is refused, which happens while the user is in the field.
            role={refusal ? 'alert' : undefined}
            className={cls('genauth-phone-input__error', classNames.error)}
          >
            {shownError}
          </p>
        ) : null}
      </div>
    );
  },
);
