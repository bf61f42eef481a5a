'use client';
import { type ReactNode, type Ref, useId, useState } from 'react';
import { dataFlag, kitClassNames } from '../../components/join-class-names.js';
import { useMergedRef } from '../../components/merge-refs.js';
import { useKitMessages } from '../../hooks/context.js';
import { useValueWithoutAttribute } from '../../hooks/useValueWithoutAttribute.js';
import { enUSNewPassword } from '../../i18n/en-US/new-password.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** @internal Props of {@link PasswordField}. */
export interface PasswordFieldProps {
  /** The password and its error. */
  field: FlowField;
  /** Visible label. */
  label: ReactNode;
  /** The `<input>`, for focus. */
  inputRef?: Ref<HTMLInputElement> | undefined;
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal The password of a sign-in: `autocomplete="current-password"` so password managers
 * fill it, the kit's show/hide toggle, and the value only in the input's `value` property
 * (never its attribute, where CSS selectors and DOM snapshots read). Same parts and classes as
 * `<NewPasswordInput>`, without its rules: a sign-in does not judge the password.
 */
export function PasswordField({ field, label, inputRef, unstyled }: PasswordFieldProps): ReactNode {
  const messages = useKitMessages(undefined, enUSNewPassword);
  const [shown, setShown] = useState(false);
  const shownValue = useValueWithoutAttribute(field.value);
  const ref = useMergedRef(shownValue.ref, inputRef);
  const id = `${useId()}-password`;
  const errorId = `${id}-error`;
  const cls = kitClassNames(unstyled);
  return (
    <div
      className={cls('genauth-password')}
      data-invalid={dataFlag(field.error !== null)}
      data-shown={dataFlag(shown)}
    >
      <label htmlFor={id} className={cls('genauth-password__label genauth-flow__label')}>
        {label}
      </label>
      <div className={cls('genauth-password__control')}>
        <input
          ref={ref}
          id={id}
          name="password"
          type={shown ? 'text' : 'password'}
          autoComplete="current-password"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-invalid={field.error !== null}
          aria-describedby={field.error !== null ? errorId : undefined}
          className={cls('genauth-password__input')}
          onChange={(event) => {
            field.onChange(event.currentTarget.value);
            shownValue.resync();
          }}
        />
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={id}
          className={cls('genauth-password__toggle')}
          onClick={() => setShown((was) => !was)}
        >
          {messages.showPassword}
        </button>
      </div>
      {field.error !== null ? (
        <p id={errorId} role="alert" className={cls('genauth-password__error genauth-flow__error')}>
          {field.error}
        </p>
      ) : null}
    </div>
  );
}
