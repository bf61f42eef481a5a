'use client';
import type { ReactNode } from 'react';
import { dataFlag, kitClassNames } from '../../components/join-class-names.js';
import {
  PHONE_SIGN_UP_STEPS,
  type PhoneSignUpMessages,
  type PhoneSignUpStepName,
} from './sign-up-steps.js';

/** @internal Props of {@link SignUpStepList}. */
export interface SignUpStepListProps {
  /** The step on screen. */
  current: PhoneSignUpStepName;
  /** The list's name and its items' labels. */
  messages: PhoneSignUpMessages['signUp'];
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal "1. Phone 2. Code 3. Profile 4. Done": an ordered list named for screen readers,
 * the current step marked `aria-current="step"`, the ones behind it `data-done`. Each label is
 * its own element, so a narrow card can show only the current one (flows.css).
 */
export function SignUpStepList({ current, messages, unstyled }: SignUpStepListProps): ReactNode {
  const cls = kitClassNames(unstyled);
  const currentIndex = PHONE_SIGN_UP_STEPS.indexOf(current);
  return (
    <ol className={cls('genauth-flow-steps')} aria-label={messages.progress}>
      {PHONE_SIGN_UP_STEPS.map((step, index) => (
        <li
          key={step}
          className={cls('genauth-flow-steps__item')}
          aria-current={step === current ? 'step' : undefined}
          data-done={dataFlag(index < currentIndex)}
        >
          <span className={cls('genauth-flow-steps__label')}>{messages.stepLabels[step]}</span>
        </li>
      ))}
    </ol>
  );
}
