'use client';
import { type FocusEvent, forwardRef, type ReactNode, type Ref, useId, useState } from 'react';
import {
  checkPassword,
  PASSWORD_MIN_LENGTH,
  type PasswordRule,
  type PasswordStrength,
} from '../core/password/rules.js';
import { useKitMessages } from '../hooks/context.js';
import { useValueWithoutAttribute } from '../hooks/useValueWithoutAttribute.js';
import { enUSNewPassword } from '../i18n/en-US/new-password.js';
import type { GenAuthMessages, NewPasswordMessages } from '../i18n/messages.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';
import { useMergedRef } from './merge-refs.js';

/** Class names for each part of {@link NewPasswordInput}. */
export interface NewPasswordInputClassNames {
  /** The wrapper (same as `className`). */
  root?: string;
  /** The visible label. */
  label?: string;
  /** The row holding the input and the toggle. */
  control?: string;
  /** The `<input>`. */
  input?: string;
  /** The show/hide button. */
  toggle?: string;
  /** The heading of the rules. */
  rulesTitle?: string;
  /** The list of rules. */
  rules?: string;
  /** Each rule (`data-met` when the password meets it). */
  rule?: string;
  /** The error message. */
  error?: string;
}

/** Props of {@link NewPasswordInput}. */
export interface NewPasswordInputProps {
  /** The password: makes the field controlled. */
  value?: string | undefined;
  /** Initial password of an uncontrolled field. @default '' */
  defaultValue?: string | undefined;
  /** Called on every change, with whether the password meets every rule shown. */
  onChange?: ((password: string, details: { accepted: boolean }) => void) | undefined;
  /** Called when the input loses focus. */
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
  /**
   * The rules to show: match your user pool's password strength (GenAuth console → Security).
   * @default 'low' (6 characters or more, no spaces)
   */
  strength?: PasswordStrength | undefined;
  /** Text overrides. */
  messages?: Partial<GenAuthMessages> | undefined;
  /** Visible label. @default messages.newPasswordLabel */
  label?: ReactNode;
  /** `id` of the input; generated when omitted. */
  id?: string | undefined;
  /** Name of the input, for native forms. */
  name?: string | undefined;
  /** Disables the input and the toggle. @default false */
  disabled?: boolean | undefined;
  /** Marks the input required. @default false */
  required?: boolean | undefined;
  /** Focus the input on mount. @default false */
  autoFocus?: boolean | undefined;
  /** Mark the password wrong (`aria-invalid`). @default false */
  invalid?: boolean | undefined;
  /** Error shown under the rules, announced, tied to the input; implies `invalid`. */
  errorMessage?: ReactNode;
  /** Class on the wrapper. */
  className?: string | undefined;
  /** Classes of the inner parts. */
  classNames?: NewPasswordInputClassNames | undefined;
  /** Drop the kit's `genauth-*` classes (style the `data-*` attributes). @default false */
  unstyled?: boolean | undefined;
  /** The `<input>`. */
  ref?: Ref<HTMLInputElement> | undefined;
}

function ruleText(rule: PasswordRule, messages: NewPasswordMessages): string {
  switch (rule) {
    case 'required':
      return messages.passwordRuleRequired;
    case 'minLength':
      return messages.passwordRuleMinLength(PASSWORD_MIN_LENGTH);
    case 'noSpaces':
      return messages.passwordRuleNoSpaces;
    case 'twoKinds':
      return messages.passwordRuleTwoKinds;
    case 'threeKinds':
      return messages.passwordRuleThreeKinds;
  }
}

/**
 * A new-password field: `autocomplete="new-password"` so password managers offer a strong one,
 * the rules of the pool's strength level listed and ticked as the user types (read once by
 * screen readers through `aria-describedby`, never announced per keystroke), and a show/hide
 * toggle (`aria-pressed`) instead of a confirmation field. The password lives only in the input
 * (its `value` property, never its `value` attribute, where CSS and DOM snapshots read) and
 * your state: nothing is stored or logged.
 * @example <NewPasswordInput strength="medium" onChange={(password, { accepted }) => setPassword(accepted ? password : '')} />
 */
export const NewPasswordInput = /* @__PURE__ */ forwardRef<HTMLInputElement, NewPasswordInputProps>(
  function NewPasswordInput(props, ref) {
    const { disabled = false, unstyled = false, classNames = {}, strength = 'low' } = props;
    const messages = useKitMessages(props.messages, enUSNewPassword);
    const [ownValue, setOwnValue] = useState(props.defaultValue ?? '');
    const [shown, setShown] = useState(false);
    const value = props.value ?? ownValue;
    // No `value` prop: React would copy the password into the input's `value` attribute.
    const shownValue = useValueWithoutAttribute(value);
    const inputRef = useMergedRef(shownValue.ref, ref);
    const checks = checkPassword(value, strength);
    const accepted = checks.every((check) => check.met);
    const baseId = useId();
    const inputId = props.id ?? `${baseId}-password`;
    const rulesId = `${inputId}-rules`;
    const titleId = `${inputId}-rules-title`;
    const errorId = `${inputId}-error`;
    const isInvalid = Boolean(props.invalid) || Boolean(props.errorMessage);
    const cls = kitClassNames(unstyled);

    return (
      <div
        className={cls('genauth-password', joinClassNames(props.className, classNames.root))}
        data-state={value === '' ? 'empty' : accepted ? 'accepted' : 'incomplete'}
        data-invalid={dataFlag(isInvalid)}
        data-disabled={dataFlag(disabled)}
        data-shown={dataFlag(shown)}
      >
        <label htmlFor={inputId} className={cls('genauth-password__label', classNames.label)}>
          {props.label ?? messages.newPasswordLabel}
        </label>
        <div className={cls('genauth-password__control', classNames.control)}>
          <input
            ref={inputRef}
            id={inputId}
            name={props.name}
            type={shown ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            disabled={disabled}
            required={props.required}
            // biome-ignore lint/a11y/noAutofocus: opt-in by the page author, off by default.
            autoFocus={props.autoFocus}
            aria-invalid={isInvalid}
            aria-describedby={props.errorMessage ? `${rulesId} ${errorId}` : rulesId}
            className={cls('genauth-password__input', classNames.input)}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (props.value === undefined) setOwnValue(next);
              props.onChange?.(next, {
                accepted: checkPassword(next, strength).every((c) => c.met),
              });
              shownValue.resync();
            }}
            onBlur={props.onBlur}
          />
          <button
            type="button"
            aria-pressed={shown}
            aria-controls={inputId}
            disabled={disabled}
            className={cls('genauth-password__toggle', classNames.toggle)}
            onClick={() => setShown((was) => !was)}
          >
            {messages.showPassword}
          </button>
        </div>
        <p id={titleId} className={cls('genauth-password__rules-title', classNames.rulesTitle)}>
          {messages.passwordRulesTitle}
        </p>
        <ul
          id={rulesId}
          aria-labelledby={titleId}
          className={cls('genauth-password__rules', classNames.rules)}
        >
          {checks.map(({ rule, met }) => (
            <li
              key={rule}
              data-met={dataFlag(met)}
              className={cls('genauth-password__rule', classNames.rule)}
            >
              {ruleText(rule, messages)}
              <span className={cls('genauth-visually-hidden')}>
                {`: ${met ? messages.passwordRuleMet : messages.passwordRuleNotMet}`}
              </span>
            </li>
          ))}
        </ul>
        {props.errorMessage ? (
          <p id={errorId} role="alert" className={cls('genauth-password__error', classNames.error)}>
            {props.errorMessage}
          </p>
        ) : null}
      </div>
    );
  },
);
