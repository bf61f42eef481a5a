// The lazy chunk of the second factor (see mfa-step-loader.ts): the step's logic and the
// ready step in its card.
export { MfaStepPanel } from './MfaStepPanel.js';
export { useMfaStep } from './useMfaStep.js';
