'use client';
import { type FocusEvent, forwardRef, type ReactNode, type Ref, useId } from 'react';
import type { OtpCredentialsSource } from '../core/code/web-otp.js';
import { useKitMessages } from '../hooks/context.js';
import { useValueWithoutAttribute } from '../hooks/useValueWithoutAttribute.js';
import { useVerificationCode } from '../hooks/useVerificationCode.js';
import { enUSVerificationCode } from '../i18n/en-US/verification-code.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { CodeBoxes } from './CodeBoxes.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';
import { useMergedRef } from './merge-refs.js';

/** Class names for each part of {@link VerificationCodeInput}. */
export interface VerificationCodeInputClassNames {
  /** The wrapper (same as `className`). */
  root?: string;
  /** The visible label. */
  label?: string;
  /** The area holding the boxes and the input over them. */
  control?: string;
  /** The real `<input>` (transparent in the default theme). */
  input?: string;
  /** The row of boxes. */
  boxes?: string;
  /** Each box. */
  box?: string;
  /** The blinking caret drawn in the active empty box. */
  caret?: string;
  /** The error message. */
  error?: string;
}

/** Props of {@link VerificationCodeInput}. */
export interface VerificationCodeInputProps {
  /** Number of digits of a complete code. @default 6 */
  length?: number | undefined;
  /** The code (digits, `''` when empty): makes the field controlled. */
  value?: string | undefined;
  /** Initial code of an uncontrolled field. @default '' */
  defaultValue?: string | undefined;
  /** Called with the digits whenever they change. */
  onChange?: ((code: string) => void) | undefined;
  /**
   * Called when `length` digits are present: once per code, and again only when a different
   * complete code replaces it (after an edit, a paste or a Web OTP fill; not on re-renders).
   */
  onComplete?: ((code: string) => void) | undefined;
  /** Called when the input loses focus (react-hook-form's `onBlur`). */
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  /** Text overrides. */
  messages?: Partial<GenAuthMessages> | undefined;
  /** Visible label. @default messages.codeLabel ("Verification code" / "验证码") */
  label?: ReactNode;
  /** Keep the label for screen readers only (`aria-label`). @default false */
  hideLabel?: boolean | undefined;
  /** `id` of the input; generated when omitted. */
  id?: string | undefined;
  /** Name of the input, for native form posts (its value is the digits). */
  name?: string | undefined;
  /** Disables the input and Web OTP. @default false */
  disabled?: boolean | undefined;
  /** Marks the input required. @default false */
  required?: boolean | undefined;
  /** Focus the input on mount (the usual thing right after "code sent"). @default false */
  autoFocus?: boolean | undefined;
  /** Mark the code wrong (`aria-invalid`), e.g. after the server refused it. @default false */
  invalid?: boolean | undefined;
  /** Error shown under the boxes, announced, and tied to the input by `aria-describedby`; implies `invalid`. */
  errorMessage?: ReactNode;
  /**
   * Fill the code from the SMS through the Web OTP API (Chrome on Android) when the browser
   * has it. The SMS must end with `@your.domain #123456` for the browser to offer it.
   * @default true
   */
  webOtp?: boolean | undefined;
  /**
   * Where Web OTP codes come from instead of `navigator.credentials`: for tests and advanced
   * use (a WebView bridge). @default the browser's Web OTP API, when present
   */
  otpCredentials?: OtpCredentialsSource | undefined;
  /** Class on the wrapper. */
  className?: string | undefined;
  /** Classes of the inner parts. */
  classNames?: VerificationCodeInputClassNames | undefined;
  /** Drop the kit's `genauth-*` classes (headless use: style the `data-*` attributes). @default false */
  unstyled?: boolean | undefined;
  /** The real `<input>` (react-hook-form's `field.ref` can focus it). */
  ref?: Ref<HTMLInputElement> | undefined;
}

/**
 * A one-time-code field drawn as one box per digit.
 *
 * Accessibility: it is ONE real `<input>` (transparent, on top of the boxes), not one input per
 * digit. Screen readers meet a single field with one label, one value and one error; SMS
 * autofill (`autocomplete="one-time-code"`), password managers and the Web OTP API fill one
 * field; backspace, arrows, selection, undo and paste are the platform's own. The boxes are
 * `aria-hidden` drawings of the input's value and caret.
 *
 * Digits only: full-width (`１２３`) and other scripts' digits become ASCII; pasting
 * `123 456`, `123-456` or a whole SMS ("Your code is 123456") fills the code.
 * @example <VerificationCodeInput length={6} onComplete={(code) => signIn(code)} autoFocus />
 */
export const VerificationCodeInput = /* @__PURE__ */ forwardRef<
  HTMLInputElement,
  VerificationCodeInputProps
>(function VerificationCodeInput(props, ref) {
  const { disabled = false, unstyled = false, hideLabel = false, classNames = {} } = props;
  const { errorMessage, invalid = false, onBlur } = props;
  const messages = useKitMessages(props.messages, enUSVerificationCode);
  const otp = useVerificationCode(props);
  // The input gets no `value` prop: React would copy the code into its `value` attribute.
  const { value, onChange, onPaste, onCompositionEnd, ...handlers } = otp.inputProps;
  const shownValue = useValueWithoutAttribute(value);
  const inputRef = useMergedRef(shownValue.ref, ref);
  const baseId = useId();
  const inputId = props.id ?? `${baseId}-code`;
  const errorId = `${inputId}-error`;
  const isInvalid = invalid || Boolean(errorMessage);
  const labelText = props.label ?? messages.codeLabel;
  const ariaLabel = hideLabel && typeof labelText === 'string' ? labelText : undefined;
  const state = otp.isComplete ? 'complete' : otp.code === '' ? 'empty' : 'partial';
  const cls = kitClassNames(unstyled);

  return (
    <div
      className={cls('genauth-code-input', joinClassNames(props.className, classNames.root))}
      data-state={state}
      data-complete={dataFlag(otp.isComplete)}
      data-invalid={dataFlag(isInvalid)}
      data-disabled={dataFlag(disabled)}
      data-focused={dataFlag(otp.isFocused)}
    >
      {hideLabel ? null : (
        <label htmlFor={inputId} className={cls('genauth-code-input__label', classNames.label)}>
          {labelText}
        </label>
      )}
      <div className={cls('genauth-code-input__control', classNames.control)}>
        <CodeBoxes
          length={otp.length}
          digits={otp.shownDigits}
          selection={otp.selection}
          isFocused={otp.isFocused}
          unstyled={unstyled}
          classNames={classNames}
        />
        <input
          ref={inputRef}
          id={inputId}
          name={props.name}
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCorrect="off"
          autoCapitalize="off"
          // No native maxLength: it would cut "123 456" or an autofilled SMS before the digits
          // are picked out; the length is enforced on every change instead.
          aria-label={ariaLabel}
          aria-invalid={isInvalid}
          aria-describedby={errorMessage ? errorId : undefined}
          disabled={disabled}
          required={props.required}
          // biome-ignore lint/a11y/noAutofocus: opt-in by the page author, off by default.
          autoFocus={props.autoFocus}
          className={cls('genauth-code-input__input', classNames.input)}
          {...handlers}
          onChange={(event) => {
            onChange(event);
            shownValue.resync();
          }}
          onPaste={(event) => {
            onPaste(event);
            shownValue.resync();
          }}
          onCompositionEnd={(event) => {
            onCompositionEnd(event);
            shownValue.resync();
          }}
          onBlur={(event) => {
            otp.inputProps.onBlur();
            onBlur?.(event);
          }}
        />
      </div>
      {errorMessage ? (
        <p id={errorId} role="alert" className={cls('genauth-code-input__error', classNames.error)}>
          {errorMessage}
        </p>
      ) : null}
    </div>
  );
});
