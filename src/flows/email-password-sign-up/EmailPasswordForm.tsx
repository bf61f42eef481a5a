'use client';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { NewPasswordInput } from '../../components/NewPasswordInput.js';
import { ProfileFieldInputs } from '../phone-sign-up/ProfileFieldInputs.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { EmailPasswordSignUpAccountStep } from './email-password-sign-up-steps.js';

/** @internal Props of {@link EmailPasswordForm}. */
export interface EmailPasswordFormProps {
  /** The flow, at its first step. */
  flow: EmailPasswordSignUpAccountStep;
  /** Shown with the "address taken" refusal: a link to sign in. */
  signInLink?: ReactNode;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The first step of the email sign-up: the address (its error tied to it), the kit's
 * new-password field with the pool's rules, the step's failure and its button ("Continue" when
 * a phone comes next, else "Create account"). A refused submit moves focus to the field at
 * fault; after a reload, a line says the code step comes next without a new SMS.
 */
export function EmailPasswordForm(props: EmailPasswordFormProps): ReactNode {
  const { flow, unstyled, classNames } = props;
  const { messages, isPending } = flow;
  const texts = messages.emailPasswordSignUp;
  const id = useId();
  const formRef = useRef<HTMLFormElement | null>(null);
  const focusInvalid = useRef(false);
  const cls = kitClassNames(unstyled);
  const invalid = [flow.email.error, flow.password.error, ...flow.fields.map((f) => f.error)]
    .map((error) => error ?? '')
    .join('|');

  useEffect(() => {
    if (!focusInvalid.current || invalid.replaceAll('|', '') === '') return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [invalid]);

  const emailError = flow.email.error;
  return (
    <form
      ref={formRef}
      className={cls('genauth-flow__form', classNames.form)}
      noValidate
      aria-busy={isPending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        focusInvalid.current = true;
        void flow.submit();
      }}
    >
      <p className={cls('genauth-flow__lead', classNames.lead)}>
        {flow.resumedPhoneDisplay === null
          ? texts.lead
          : texts.resumeHint(flow.resumedPhoneDisplay.replace(/ /g, '\u00a0'))}
      </p>
      <div className={cls('genauth-flow__field')}>
        <label htmlFor={`${id}-email`} className={cls('genauth-flow__label')}>
          {texts.emailLabel}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="off"
          className={cls('genauth-flow__input')}
          value={flow.email.value}
          onChange={(event) => flow.email.onChange(event.target.value)}
          aria-required
          aria-invalid={emailError !== null || undefined}
          aria-describedby={emailError !== null ? `${id}-email-error` : undefined}
        />
        {emailError !== null ? (
          <p
            id={`${id}-email-error`}
            role="alert"
            className={cls('genauth-flow__error', classNames.error)}
          >
            {emailError}
          </p>
        ) : null}
      </div>
      <NewPasswordInput
        name="password"
        strength={flow.strength}
        value={flow.password.value}
        onChange={(value) => flow.password.onChange(value)}
        errorMessage={flow.password.error ?? undefined}
        unstyled={unstyled}
      />
      <ProfileFieldInputs fields={flow.fields} unstyled={unstyled} classNames={classNames} />
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {flow.error}
      </p>
      {flow.emailTaken && props.signInLink ? (
        <div className={cls('genauth-flow__row')}>{props.signInLink}</div>
      ) : null}
      <button
        type="submit"
        className={cls('genauth-flow__button', classNames.button)}
        aria-disabled={isPending || undefined}
      >
        {flow.asksPhone ? messages.common.continue : texts.createAccount}
      </button>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? texts.creating : ''}
      </p>
    </form>
  );
}
