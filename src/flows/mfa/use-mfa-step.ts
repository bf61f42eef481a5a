'use client';
import type { MfaSession } from './mfa-session.js';
import { loadedMfaStep } from './mfa-step-loader.js';
import type { UseMfaStepResult } from './useMfaStep.js';

/**
 * The second factor of a sign-in by SMS, headless: give it the `mfa` step of
 * `usePhoneSignInFlow` or `usePasswordSignInFlow` and narrow on `stage`. The code goes by
 * `send-sms` on `CHANNEL_VERIFY_MFA` (the kit's send control: cooldown per number, across tabs)
 * to the account's MFA number (shown masked), or to a number the user gives once GenAuth says it
 * can be bound (`POST /api/v2/applications/mfa/check`); `POST /api/v2/applications/mfa/sms/verify`
 * with `authorization: Bearer <mfaToken>` ends the sign-in. The MFA token never leaves the flow's
 * ref (not in state, TanStack's cache or storage), so a reload starts the sign-in again.
 *
 * Its code is a chunk of its own, which the flow loads before it enters its `mfa` step: call
 * it only in the component that draws that step (it throws elsewhere), keyed on `attempt`.
 *
 * @example
 * function Mfa({ session }: { session: MfaSession }) {
 *   const mfa = useMfaStep(session);
 *   if (mfa.stage === 'code') return <VerificationCodeInput {...mfa.code} onComplete={mfa.submit} />;
 *   // 'phone': a number to bind; 'unsupported': mfa.restart()
 * }
 * if (flow.step === 'mfa') return <Mfa key={flow.mfa.attempt} session={flow.mfa} />;
 */
export function useMfaStep(session: MfaSession): UseMfaStepResult {
  const chunk = loadedMfaStep();
  if (!chunk) {
    throw new Error('useMfaStep: call it only for a sign-in flow at its mfa step');
  }
  return chunk.useMfaStep(session);
}
