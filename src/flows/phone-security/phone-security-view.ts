import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowField, PhoneCodeStep } from '../shared/use-phone-code-step.js';
import type {
  PhoneSecurityActionCommon,
  PhoneSecurityCommon,
  PhoneSecurityCurrentCodeStage,
  UsePhoneSecurityFlowResult,
} from './phone-security-steps.js';
import type { PhoneActionState } from './use-phone-action-state.js';

/** @internal What the user is doing to the account's phone. */
export type PhoneSecurityAction = 'bind' | 'change' | 'unbind';

/** @internal A failure of an action, and whether it is about the code held. */
export interface PhoneSecurityError {
  /** In words, in the active locale. */
  text: string;
  /** The typed error (`null` for the flow's own checks). */
  cause: unknown;
  /** True when it is shown on the code field. */
  onCode: boolean;
}

/** @internal What the phone-security flow holds, for {@link phoneSecurityView}. */
export interface PhoneSecurityState {
  common: PhoneSecurityCommon;
  action: PhoneSecurityAction | null;
  notice: string | null;
  /** A change checks the current number's code first (`verifyOldPhone`). */
  verifyOldPhone: boolean;
  /** What the action has typed and been told. */
  held: PhoneActionState;
  /** The current number's send control. */
  currentSend: SendCodeControl;
  /** The new number → code half. */
  steps: PhoneCodeStep;
  start: (action: PhoneSecurityAction) => void;
  cancel: () => void;
  submitCurrent: (code?: string) => Promise<void>;
  submitNew: (code?: string) => Promise<void>;
}

/**
 * @internal The step the user is at: the overview (no action, or the number to act on is gone),
 * the current number's code, the new number's code once one went out, else the new number.
 * Every field's change clears the error shown on it.
 */
export function phoneSecurityView(state: PhoneSecurityState): UsePhoneSecurityFlowResult {
  const { common, action, held, steps } = state;
  const { error, setError } = held;
  if (action === null || (action !== 'bind' && common.phone === null)) {
    return {
      ...common,
      step: 'overview',
      notice: state.notice,
      startBind: () => state.start('bind'),
      startChange: () => state.start('change'),
      startUnbind: () => state.start('unbind'),
    };
  }
  const actionCommon: PhoneSecurityActionCommon = {
    ...common,
    cancel: state.cancel,
    error: error?.text ?? null,
    errorCause: error?.cause ?? null,
  };
  const codeField = (value: string, set: (code: string) => void): FlowField => ({
    value,
    onChange: (next) => {
      set(next);
      setError(null);
    },
    error: error?.onCode ? error.text : null,
  });

  const needsCurrentCode = state.verifyOldPhone && !held.currentConfirmed;
  if (action === 'unbind' || (action === 'change' && needsCurrentCode)) {
    const stage: PhoneSecurityCurrentCodeStage = {
      ...actionCommon,
      stage: 'currentCode',
      code: codeField(held.currentCode, held.setCurrentCode),
      send: state.currentSend,
      sendCode: state.currentSend.send,
      submit: state.submitCurrent,
    };
    return action === 'unbind' ? { ...stage, step: 'unbind' } : { ...stage, step: 'change' };
  }
  if (steps.stage === 'code' && steps.sentTo !== null) {
    return {
      ...actionCommon,
      step: action,
      stage: 'newCode',
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      code: codeField(held.newCode, held.setNewCode),
      submit: state.submitNew,
      resendCode: steps.send.send,
      send: steps.send,
      chooseAnotherNumber: () => {
        steps.chooseAnotherNumber();
        held.setNewCode('');
        setError(null);
      },
    };
  }
  return {
    ...actionCommon,
    step: action,
    stage: 'newPhone',
    newPhone: {
      ...steps.phone,
      onChange: (value) => {
        steps.phone.onChange(value);
        held.setPhoneError(null);
      },
      error: held.phoneError,
    },
    send: steps.send,
    sendCode: steps.send.send,
    canEnterCode: steps.canEnterCode,
    enterCode: steps.enterCode,
  };
}
