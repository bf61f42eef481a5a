'use client';
import { type ReactNode, useId } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { ResetPasswordMethod } from './reset-password-requests.js';

/** @internal Props of {@link ResetMethodChoice}. */
export interface ResetMethodChoiceProps {
  /** The visible label of the choice ("Send the code to"). */
  label: string;
  /** The methods offered, in order. */
  methods: readonly ResetPasswordMethod[];
  /** The chosen one. */
  value: ResetPasswordMethod;
  /** Picks one. */
  onChange: (method: ResetPasswordMethod) => void;
  /** The text of each option. */
  optionText: Record<ResetPasswordMethod, string>;
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal Phone or email, as a segmented control. Native radios (visually hidden, not
 * removed) keep what a radio group owes the keyboard for free: one Tab stop, arrows to move and
 * select, the state read out as "radio, checked, 1 of 2".
 */
export function ResetMethodChoice(props: ResetMethodChoiceProps): ReactNode {
  const { methods, value, onChange, optionText, unstyled } = props;
  const id = useId();
  const cls = kitClassNames(unstyled);
  return (
    <div className={cls('genauth-flow__field')}>
      <span id={`${id}-label`} className={cls('genauth-flow__label')}>
        {props.label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        className={cls('genauth-flow__segmented')}
      >
        {methods.map((method) => (
          <label
            key={method}
            className={cls('genauth-flow__segment')}
            data-checked={method === value ? '' : undefined}
          >
            <input
              type="radio"
              name={`${id}-method`}
              value={method}
              checked={method === value}
              onChange={() => onChange(method)}
              className={cls('genauth-flow__segment-input')}
            />
            <span className={cls('genauth-flow__segment-text')}>{optionText[method]}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
