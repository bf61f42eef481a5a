'use client';
import { type ReactNode, useEffect, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import { ProfileFieldInputs } from './ProfileFieldInputs.js';
import type { PhoneSignUpProfileStep } from './sign-up-steps.js';

/** @internal Props of {@link SignUpProfileForm}. */
export interface SignUpProfileFormProps {
  /** The flow, at its profile step. */
  flow: PhoneSignUpProfileStep;
  /** Shown with the "already registered" refusal: a link to sign in. */
  signInLink?: ReactNode;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The profile step: one labelled input per profile field ({@link ProfileFieldInputs}),
 * the flow's refusal, Back and "Create account". A submit with an empty
 * required field moves focus to the first such field.
 */
export function SignUpProfileForm(props: SignUpProfileFormProps): ReactNode {
  const { flow, unstyled, classNames } = props;
  const { messages, isPending } = flow;
  const formRef = useRef<HTMLFormElement | null>(null);
  const focusInvalid = useRef(false);
  const cls = kitClassNames(unstyled);
  const invalid = flow.fields
    .filter((field) => field.error !== null)
    .map((field) => field.name)
    .join(' ');

  useEffect(() => {
    if (!focusInvalid.current || invalid === '') return;
    focusInvalid.current = false;
    formRef.current?.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }, [invalid]);

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
      <ProfileFieldInputs fields={flow.fields} unstyled={unstyled} classNames={classNames} />
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {flow.error}
      </p>
      {flow.alreadyRegistered ? (
        <div className={cls('genauth-flow__row')}>
          {props.signInLink}
          <button
            type="button"
            className={cls('genauth-flow__link', classNames.link)}
            onClick={flow.chooseAnotherNumber}
          >
            {messages.common.useAnotherNumber}
          </button>
        </div>
      ) : null}
      <div className={cls('genauth-flow__actions')}>
        <button
          type="button"
          className={cls(
            'genauth-flow__button genauth-flow__button--secondary',
            classNames.secondaryButton,
          )}
          onClick={flow.back}
        >
          {messages.common.back}
        </button>
        <button
          type="submit"
          className={cls('genauth-flow__button', classNames.button)}
          aria-disabled={isPending || undefined}
        >
          {messages.signUp.createAccount}
        </button>
      </div>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? messages.signUp.creating : ''}
      </p>
    </form>
  );
}
