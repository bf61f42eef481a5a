import type { PasswordStrength } from '../../core/password/rules.js';
import type { ResetFlowError } from './reset-password-errors.js';
import type { ResetPasswordCommon, UseResetPasswordFlowResult } from './reset-password-steps.js';
import type { useResetRecipient } from './use-reset-recipient.js';

/** @internal What the reset flow holds, for {@link resetPasswordView}. */
export interface ResetPasswordState {
  common: ResetPasswordCommon;
  done: boolean;
  recipient: ReturnType<typeof useResetRecipient>;
  verified: boolean;
  code: string;
  password: string;
  strength: PasswordStrength;
  error: ResetFlowError | null;
  setCode: (code: string) => void;
  setPassword: (password: string) => void;
  setVerified: (verified: boolean) => void;
  setError: (error: ResetFlowError | null) => void;
  submitCode: (code?: string) => Promise<void>;
  submitPassword: () => Promise<void>;
  /** Back to the recipient, the code and password dropped. */
  toRequest: () => void;
}

/**
 * @internal The step the user is at, from the flow's state: done, the new password once the code
 * passed its check, the code once one went out, else the method and recipient. Every field's
 * change clears the step's error.
 */
export function resetPasswordView(state: ResetPasswordState): UseResetPasswordFlowResult {
  const { common, recipient: to, error, setError } = state;
  const { phone, mail } = to;
  const errorAt = (at: ResetFlowError['at']) => (error?.at === at ? error : null);
  const fieldError = (at: ResetFlowError['at']) => {
    const shown = errorAt(at);
    return shown?.onField ? shown.text : null;
  };
  const stepError = (at: ResetFlowError['at']) => ({
    error: errorAt(at)?.text ?? null,
    errorCause: errorAt(at)?.cause ?? null,
  });

  if (state.done) return { ...common, step: 'done' };
  const { recipient } = to;
  if (recipient !== null) {
    const sentToDisplay = recipient.method === 'phone' ? phone.sentToDisplay : recipient.to;
    if (state.verified) {
      return {
        ...common,
        step: 'password',
        sentTo: recipient.to,
        sentToDisplay,
        password: {
          value: state.password,
          onChange: (next) => {
            state.setPassword(next);
            setError(null);
          },
          error: fieldError('password'),
        },
        strength: state.strength,
        submit: state.submitPassword,
        back: () => {
          state.setVerified(false);
          state.setPassword('');
          setError(null);
        },
        ...stepError('password'),
      };
    }
    const send = recipient.method === 'phone' ? phone.send : mail.send;
    return {
      ...common,
      step: 'code',
      sentTo: recipient.to,
      sentToDisplay,
      code: {
        value: state.code,
        onChange: (next) => {
          state.setCode(next);
          setError(null);
        },
        error: fieldError('code'),
      },
      submit: state.submitCode,
      resendCode: send.send,
      send,
      chooseAnotherRecipient: () => {
        state.toRequest();
        setError(null);
      },
      ...stepError('code'),
    };
  }
  const byPhone = to.method === 'phone';
  const send = byPhone ? phone.send : mail.send;
  return {
    ...common,
    step: 'request',
    chooseMethod: (next) => {
      if (!common.methods.includes(next)) return;
      to.choose(next);
      setError(null);
    },
    phone: {
      ...phone.phone,
      onChange: (next) => {
        phone.phone.onChange(next);
        setError(null);
      },
    },
    email: {
      ...mail.email,
      onChange: (next) => {
        mail.email.onChange(next);
        setError(null);
      },
    },
    sendCode: send.send,
    send,
    canEnterCode: byPhone ? phone.canEnterCode : mail.canEnterCode,
    enterCode: byPhone ? phone.enterCode : mail.enterCode,
    ...stepError('request'),
  };
}
