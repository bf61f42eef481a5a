'use client';
import type { ReactNode } from 'react';
import { dataFlag, kitClassNames } from '../../components/join-class-names.js';

/** @internal Props of {@link SignUpStepList}. */
export interface SignUpStepListProps<Step extends string> {
  /** Every step of the flow, in order. */
  steps: readonly Step[];
  /** The step on screen. */
  current: Step;
  /** The list's name and its items' labels. */
  messages: { progress: string; stepLabels: Readonly<Record<Step, string>> };
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal "1. Phone 2. Code 3. Profile 4. Done": an ordered list named for screen readers,
 * the current step marked `aria-current="step"`, the ones behind it `data-done`. Each label is
 * its own element, so a narrow card can show only the current one (flows.css). Shared by the
 * sign-up flows (each passes its own steps).
 */
export function SignUpStepList<Step extends string>(props: SignUpStepListProps<Step>): ReactNode {
  const { steps, current, messages, unstyled } = props;
  const cls = kitClassNames(unstyled);
  const currentIndex = steps.indexOf(current);
  return (
    <ol className={cls('genauth-flow-steps')} aria-label={messages.progress}>
      {steps.map((step, index) => (
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
