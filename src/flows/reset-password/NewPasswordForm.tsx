'use client';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { NewPasswordInput } from '../../components/NewPasswordInput.js';
import type { PasswordStrength } from '../../core/password/rules.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** @internal Props of {@link NewPasswordForm}. */
export interface NewPasswordFormProps {
  /** A line above the field. */
  lead?: ReactNode;
  /** The password field (its error: the password was refused). */
  password: FlowField;
  /** The pool's level: the rules shown. */
  strength: PasswordStrength;
  /** Sets the password (the flow joins a submit in flight). */
  onSubmit: () => void;
  /** Text of the submit button. */
  submitText: string;
  /** A failure that is not about the password (network, expired request...). */
  error: string | null;
  /** True while the submit is in flight. */
  isPending: boolean;
  /** Said while it is (`role="status"`). */
  pendingText: string;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The last step of the reset flow: the kit's new-password field with the pool's
 * rules ticked as the user types, and the button that spends the code and sets the password.
 */
export function NewPasswordForm(props: NewPasswordFormProps): ReactNode {
  const { password, unstyled, classNames, isPending } = props;
  const cls = kitClassNames(unstyled);
  return (
    <form
      className={cls('genauth-flow__form', classNames.form)}
      noValidate
      aria-busy={isPending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.lead ? (
        <p className={cls('genauth-flow__hint', classNames.lead)}>{props.lead}</p>
      ) : null}
      <NewPasswordInput
        strength={props.strength}
        value={password.value}
        onChange={(value) => password.onChange(value)}
        errorMessage={password.error ?? undefined}
        unstyled={unstyled}
      />
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {props.error}
      </p>
      <button
        type="submit"
        className={cls('genauth-flow__button', classNames.button)}
        aria-disabled={isPending || undefined}
      >
        {props.submitText}
      </button>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? props.pendingText : ''}
      </p>
    </form>
  );
}
