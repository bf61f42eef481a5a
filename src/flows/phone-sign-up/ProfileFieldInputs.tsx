'use client';
import { type ReactNode, useId } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { PhoneSignUpProfileFieldState } from './sign-up-steps.js';

/** @internal Props of {@link ProfileFieldInputs}. */
export interface ProfileFieldInputsProps {
  /** The profile's fields with their values, handlers and errors. */
  fields: readonly PhoneSignUpProfileFieldState[];
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal One labelled input per profile field, its error tied to it by `aria-describedby`
 * and announced. Shared by the sign-ups that take a profile (a form around it moves focus to the
 * first `aria-invalid` input after a refused submit).
 */
export function ProfileFieldInputs({
  fields,
  unstyled,
  classNames,
}: ProfileFieldInputsProps): ReactNode {
  const id = useId();
  const cls = kitClassNames(unstyled);
  return fields.map((field, index) => {
    const inputId = `${id}-${index}`;
    const errorId = `${inputId}-error`;
    return (
      <div key={field.name} className={cls('genauth-flow__field')}>
        <label htmlFor={inputId} className={cls('genauth-flow__label')}>
          {field.label}
        </label>
        <input
          id={inputId}
          name={field.name}
          className={cls('genauth-flow__input')}
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          autoComplete={field.autoComplete}
          aria-required={field.required || undefined}
          aria-invalid={field.error !== null || undefined}
          aria-describedby={field.error !== null ? errorId : undefined}
        />
        {field.error !== null ? (
          <p id={errorId} role="alert" className={cls('genauth-flow__error', classNames.error)}>
            {field.error}
          </p>
        ) : null}
      </div>
    );
  });
}
