'use client';
import {
  type ChangeEvent,
  type ClipboardEvent,
  type CompositionEvent,
  type MouseEvent,
  type SyntheticEvent,
  useRef,
  useState,
} from 'react';
import {
  applyCodeEdit,
  applyCodePaste,
  type CodeEdit,
  codeDigits,
  extractCode,
} from '../core/code/normalize-code.js';
import type { OtpCredentialsSource } from '../core/code/web-otp.js';
import { useControlModeWarning } from './useControlModeWarning.js';
import { useWebOtp } from './useWebOtp.js';

/** Options of {@link useVerificationCode}. */
export interface UseVerificationCodeOptions {
  /** Number of digits of a complete code. @default 6 */
  length?: number | undefined;
  /** The code (digits only, `''` when empty): makes the field controlled. */
  value?: string | undefined;
  /** Initial code of an uncontrolled field. @default '' */
  defaultValue?: string | undefined;
  /** Called with the new digits whenever they change. */
  onChange?: ((code: string) => void) | undefined;
  /** Called when the code becomes complete, and again only when a different complete code replaces it. */
  onComplete?: ((code: string) => void) | undefined;
  /** Nothing is listened for while disabled. @default false */
  disabled?: boolean | undefined;
  /** Fill the code from an incoming SMS through the Web OTP API where the browser has it. @default true */
  webOtp?: boolean | undefined;
  /** Source of Web OTP codes, for tests and native shells. @default the browser's, when it has one */
  otpCredentials?: OtpCredentialsSource | undefined;
}

/** The input's selection, in digits. */
export interface CodeSelection {
  /** Where the selection starts (the caret when collapsed). */
  start: number;
  /** Where it ends; equal to `start` when collapsed. */
  end: number;
}

/** What {@link useVerificationCode} returns: state plus props for the one real `<input>`. */
export interface UseVerificationCodeResult {
  /** Number of digits of a complete code (the `length` option, made a positive integer). */
  length: number;
  /** The current digits. */
  code: string;
  /** Digits to draw in the boxes (differs from `code` only while an IME composes). */
  shownDigits: string;
  /** True once `length` digits are present. */
  isComplete: boolean;
  /** The input has focus. */
  isFocused: boolean;
  /** The input's selection, clamped to `shownDigits`. */
  selection: CodeSelection;
  /**
   * Value and handlers to spread on the `<input>` (together with `ref`). A `value` prop makes
   * React copy the code into the `value` attribute; `<VerificationCodeInput>` leaves it out and
   * sets the input's `value` property instead.
   */
  inputProps: {
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
    onSelect: (event: SyntheticEvent<HTMLInputElement>) => void;
    onClick: (event: MouseEvent<HTMLInputElement>) => void;
    onFocus: () => void;
    onBlur: () => void;
    onCompositionStart: () => void;
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
}

const DEFAULT_LENGTH = 6;

function toLength(length: number | undefined): number {
  if (length === undefined || !Number.isFinite(length)) return DEFAULT_LENGTH;
  return Math.max(1, Math.floor(length));
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/**
 * State and behaviour of a one-time-code field built on a single `<input>`: digits only
 * (full-width and other scripts folded to ASCII), whole-code paste from any SMS text, caret kept
 * in place when characters are refused, `onComplete` once per complete code, Web OTP fill.
 * @example
 * const otp = useVerificationCode({ length: 6, onComplete: signIn });
 * <input ref={ref} autoComplete="one-time-code" inputMode="numeric" {...otp.inputProps} />
 */
export function useVerificationCode(
  options: UseVerificationCodeOptions,
): UseVerificationCodeResult {
  const { onChange, onComplete, disabled = false, webOtp = true } = options;
  const length = toLength(options.length);
  const isControlled = options.value !== undefined;
  useControlModeWarning('VerificationCodeInput', isControlled);
  const [ownCode, setOwnCode] = useState(() => extractCode(options.defaultValue ?? '', length));
  const code = codeDigits(isControlled ? (options.value ?? '') : ownCode).slice(0, length);
  // Raw text while an IME composes: refusing characters mid-composition would break the IME.
  const [draft, setDraft] = useState<string | null>(null);
  const [rawSelection, setRawSelection] = useState<CodeSelection>({ start: 0, end: 0 });
  const [isFocused, setFocused] = useState(false);
  const composing = useRef(false);

  const select = (start: number, end = start) =>
    setRawSelection((previous) =>
      previous.start === start && previous.end === end ? previous : { start, end },
    );

  const commit = (edit: CodeEdit, input: HTMLInputElement | null) => {
    if (input) {
      // Write the cleaned text ourselves: React then finds the DOM already right and leaves the
      // caret alone instead of throwing it to the end.
      if (input.value !== edit.code) input.value = edit.code;
      if (input.ownerDocument.activeElement === input) {
        input.setSelectionRange(edit.caret, edit.caret);
      }
    }
    select(edit.caret);
    if (edit.code === code) return;
    if (!isControlled) setOwnCode(edit.code);
    onChange?.(edit.code);
    if (edit.code.length === length) onComplete?.(edit.code);
  };

  const isComplete = code.length === length;
  useWebOtp({
    enabled: webOtp && !disabled && !isComplete,
    source: options.otpCredentials,
    onCode: (text) => {
      const otpCode = extractCode(text, length);
      if (otpCode !== '') commit({ code: otpCode, caret: otpCode.length }, null);
    },
  });

  const shownDigits = draft === null ? code : codeDigits(draft).slice(0, length);
  const selection = {
    start: clamp(rawSelection.start, shownDigits.length),
    end: clamp(rawSelection.end, shownDigits.length),
  };

  const inputProps: UseVerificationCodeResult['inputProps'] = {
    value: draft ?? code,
    onChange: (event) => {
      const input = event.currentTarget;
      if (composing.current) {
        setDraft(input.value);
        return;
      }
      commit(applyCodeEdit(input.value, input.selectionStart ?? input.value.length, length), input);
    },
    onPaste: (event) => {
      const input = event.currentTarget;
      event.preventDefault();
      const start = input.selectionStart ?? code.length;
      const end = input.selectionEnd ?? start;
      commit(applyCodePaste(code, start, end, event.clipboardData.getData('text'), length), input);
    },
    onSelect: (event) => {
      const input = event.currentTarget;
      select(input.selectionStart ?? 0, input.selectionEnd ?? input.selectionStart ?? 0);
    },
    onClick: (event) => {
      // The text is invisible under the boxes: put the caret at the box that was clicked.
      const input = event.currentTarget;
      const box = input.getBoundingClientRect();
      if (box.width <= 0 || input.selectionStart !== input.selectionEnd) return;
      const index = Math.floor(((event.clientX - box.left) / box.width) * length);
      const caret = clamp(index, code.length);
      input.setSelectionRange(caret, caret);
      select(caret);
    },
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (event) => {
      composing.current = false;
      const input = event.currentTarget;
      setDraft(null);
      commit(applyCodeEdit(input.value, input.selectionStart ?? input.value.length, length), input);
    },
  };

  return { length, code, shownDigits, isComplete, isFocused, selection, inputProps };
}
