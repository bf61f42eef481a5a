import { usePageText } from './i18n/use-page-text.js';
import { REGISTRATION_STEPS, type RegistrationStep } from './registration-steps.js';

/** Props of {@link StepIndicator}. */
export interface StepIndicatorProps {
  /** The step on screen. */
  current: RegistrationStep;
}

/** "1. Phone  2. Code  3. Profile  4. Done", the current one marked with `aria-current`. */
export function StepIndicator({ current }: StepIndicatorProps) {
  const text = usePageText().registration;
  const currentIndex = REGISTRATION_STEPS.indexOf(current);
  return (
    <ol className="genauth-flow-steps" aria-label={text.progress}>
      {REGISTRATION_STEPS.map((step, index) => (
        <li
          key={step}
          className="genauth-flow-steps__item"
          aria-current={step === current ? 'step' : undefined}
          data-done={index < currentIndex ? '' : undefined}
        >
          {text.stepLabels[step]}
        </li>
      ))}
    </ol>
  );
}
