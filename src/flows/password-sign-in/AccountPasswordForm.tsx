'use client';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import { PasswordField } from './PasswordField.js';
import type { PasswordSignInPasswordStep } from './usePasswordSignInFlow.js';

/** @internal Props of {@link AccountPasswordForm}. */
export interface AccountPasswordFormProps {
  /** The flow's first step. */
  flow: PasswordSignInPasswordStep;
  /** The way to the reset-password flow, under the password. */
  forgotPassword: ReactNode;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The first step of `<PasswordSignIn>`: account and password, each with its own
 * error, the form's alert for the rest, and focus on the field at fault after a submit.
 */
export function AccountPasswordForm(props: AccountPasswordFormProps): ReactNode {
  const { flow, unstyled, classNames } = props;
  const { messages, isPending } = flow;
  const id = useId();
  const accountRef = useRef<HTMLInputElement | null>(null);
  const passwordRef = useRef<HTMLInputElement | null>(null);
  const focusInvalid = useRef(false);
  const cls = kitClassNames(unstyled);
  const accountError = flow.account.error;
  const passwordError = flow.password.error;

  useEffect(() => {
    if (!focusInvalid.current) return;
    if (accountError !== null) accountRef.current?.focus();
    else if (passwordError !== null) passwordRef.current?.focus();
    else return;
    focusInvalid.current = false;
  }, [accountError, passwordError]);

  return (
    <form
      className={cls('genauth-flow__form', classNames.form)}
      noValidate
      aria-busy={isPending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        focusInvalid.current = true;
        void flow.submit();
      }}
    >
      <p className={cls('genauth-flow__lead', classNames.lead)}>{messages.passwordSignIn.lead}</p>
      <div className={cls('genauth-flow__field')}>
        <label htmlFor={`${id}-account`} className={cls('genauth-flow__label')}>
          {messages.passwordSignIn.accountLabel}
        </label>
        <input
          ref={accountRef}
          id={`${id}-account`}
          name="username"
          className={cls('genauth-flow__input')}
          value={flow.account.value}
          onChange={(event) => flow.account.onChange(event.target.value)}
          autoComplete="username"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={accountError !== null || undefined}
          aria-describedby={accountError !== null ? `${id}-account-error` : undefined}
        />
        {accountError !== null ? (
          <p
            id={`${id}-account-error`}
            role="alert"
            className={cls('genauth-flow__error', classNames.error)}
          >
            {accountError}
          </p>
        ) : null}
      </div>
      <PasswordField
        field={flow.password}
        label={messages.passwordSignIn.passwordLabel}
        inputRef={passwordRef}
        unstyled={unstyled}
      />
      {props.forgotPassword}
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {flow.error}
      </p>
      <button
        type="submit"
        className={cls('genauth-flow__button', classNames.button)}
        aria-disabled={isPending || undefined}
      >
        {messages.passwordSignIn.submit}
      </button>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? messages.passwordSignIn.checking : ''}
      </p>
    </form>
  );
}
