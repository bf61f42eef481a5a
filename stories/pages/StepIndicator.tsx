import { REGISTRATION_STEPS, type RegistrationStep, STEP_LABELS } from './registration-steps.js';

/** Props of {@link StepIndicator}. */
export interface StepIndicatorProps {
  /** The step on screen. */
  current: RegistrationStep;
}

/** "1. Phone  2. Code  3. Profile  4. Done", the current one marked with `aria-current`. */
export function StepIndicator({ current }: StepIndicatorProps) {
  const currentIndex = REGISTRATION_STEPS.indexOf(current);
  return (
    <ol className="auth-steps" aria-label="Progress">
      {REGISTRATION_STEPS.map((step, index) => (
        <li
          key={step}
          className="auth-steps__item"
          aria-current={step === current ? 'step' : undefined}
          data-done={index < currentIndex ? '' : undefined}
        >
          {STEP_LABELS[step]}
        </li>
      ))}
    </ol>
  );
}
