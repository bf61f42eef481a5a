'use client';
import { useState } from 'react';
import { usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import {
  CHANNEL,
  type ResetPasswordMethod,
  type ResetRecipient,
} from './reset-password-requests.js';
import type { UseResetPasswordFlowOptions } from './reset-password-steps.js';
import { useEmailCodeStep } from './use-email-code-step.js';

/** The id `useResetPasswordFlow` remembers its (phone) code step under. */
export const RESET_PASSWORD_FLOW = 'reset-password';

/**
 * @internal Where the reset code goes: the chosen method, its two code steps (phone, resumable;
 * email, this page only) and the recipient once a code went out. A resumed phone code step wins
 * over the chosen method (it is what the user was doing).
 */
export function useResetRecipient(
  options: UseResetPasswordFlowOptions,
  methods: readonly ResetPasswordMethod[],
  onSent: () => void,
) {
  const [chosen, setChosen] = useState<ResetPasswordMethod>(
    options.defaultMethod && methods.includes(options.defaultMethod)
      ? options.defaultMethod
      : (methods[0] ?? 'phone'),
  );
  // Without the phone method, no phone code step may come back from storage.
  const phone = usePhoneCodeStep(
    RESET_PASSWORD_FLOW,
    CHANNEL,
    methods.includes('phone') ? options : { ...options, resumeStore: false },
    onSent,
  );
  const mail = useEmailCodeStep(CHANNEL, options, onSent);

  const method: ResetPasswordMethod =
    phone.stage === 'code' && phone.sentTo !== null
      ? 'phone'
      : mail.stage === 'code'
        ? 'email'
        : chosen;
  const recipient: ResetRecipient | null =
    method === 'phone'
      ? phone.stage === 'code' && phone.sentTo !== null
        ? { method, to: phone.sentTo }
        : null
      : mail.stage === 'code' && mail.sentTo !== null
        ? { method, to: mail.sentTo }
        : null;

  return {
    phone,
    mail,
    method,
    recipient,
    choose: setChosen,
    /** Forgets the code sent by either method (spent, refused for good, or a restart). */
    forgetCode: () => {
      phone.forgetCode();
      mail.forgetCode();
    },
    /** Back to the recipient, keeping the method the code went by. */
    leaveCode: () => {
      phone.chooseAnotherNumber();
      mail.chooseAnotherEmail();
      setChosen(method);
    },
  };
}
