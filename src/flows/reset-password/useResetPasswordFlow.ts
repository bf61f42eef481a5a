'use client';
import { useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import { isPasswordAccepted } from '../../core/password/rules.js';
import { useKitMessages } from '../../hooks/context.js';
import { usePreCheckCode, useResetPassword } from '../../hooks/useAccountFlows.js';
import { describePasswordError } from '../../i18n/describe-password-error.js';
import { enUSNewPassword } from '../../i18n/en-US/new-password.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowResetPassword } from '../../i18n/flows/en-US.js';
import { isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import {
  apiCodeOf,
  describeResetError,
  EXPIRED_CODE,
  isUnconfirmed,
  type ResetFlowError,
  USER_NOT_FOUND,
  wrongCodeVerdict,
} from './reset-password-errors.js';
import { preCheckInputFor, verifyInputFor } from './reset-password-requests.js';
import type {
  UseResetPasswordFlowOptions,
  UseResetPasswordFlowResult,
} from './reset-password-steps.js';
import { resetPasswordView } from './reset-password-view.js';
import { useResetRecipient } from './use-reset-recipient.js';

export { RESET_PASSWORD_FLOW } from './use-reset-recipient.js';

/** The built-in English of the reset flow (its groups only). */
const enUSResetFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, resetPassword: enUSFlowResetPassword },
);

/**
 * Forgot password, headless: method and recipient → code (`CHANNEL_RESET_PASSWORD` by SMS or
 * email, checked with `pre-check-code`, which does not spend it) → new password
 * (`verify-reset-password-request` + `reset-password` in one mutation, so the
 * `passwordResetToken` never reaches state) → done, only when GenAuth confirms. A code refused
 * at the last step sends the user back to the code step. The phone code step comes back after a
 * reload or in a second tab; the email one does not (nothing about an address is stored).
 *
 * @example
 * const flow = useResetPasswordFlow({ onPasswordReset: () => router.push('/sign-in') });
 * if (flow.step === 'code') return <VerificationCodeInput {...flow.code} onComplete={flow.submit} />;
 * if (flow.step === 'password') return <NewPasswordInput {...flow.password} strength={flow.strength} />;
 */
export function useResetPasswordFlow(
  options: UseResetPasswordFlowOptions = {},
): UseResetPasswordFlowResult {
  const { codeLength = 6, strength = 'low' } = options;
  const methods = options.methods?.length ? options.methods : (['phone', 'email'] as const);
  const messages = useFlowMessages(enUSResetFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const passwordTexts = useKitMessages(undefined, enUSNewPassword);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [verified, setVerified] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ResetFlowError | null>(null);
  const finished = useRef(false);
  const check = usePreCheckCode({ client: options.client });
  const reset = useResetPassword({ client: options.client });
  const to = useResetRecipient(options, methods, () => {
    setCode('');
    setPassword('');
    setVerified(false);
    setError(null);
  });
  const { recipient, forgetCode } = to;

  const fail = (cause: unknown, at: ResetFlowError['at'], onField: boolean) =>
    setError({
      text: describeResetError(cause, to.method, messages, failures),
      cause,
      at,
      onField,
    });
  const toRequest = () => {
    to.leaveCode();
    setCode('');
    setPassword('');
    setVerified(false);
    check.reset();
  };

  const submitCode = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    if (recipient === null || verified || finished.current) return;
    if (passCode.length !== codeLength) {
      const text = messages.common.codeIncomplete(codeLength);
      setError({ text, cause: null, at: 'code', onField: true });
      return;
    }
    setError(null);
    try {
      const { data } = await check.mutateAsync(await preCheckInputFor(recipient, passCode));
      check.reset();
      // A verdict, not an error: worded and kept like the same refusal at the last step.
      if (data?.isValid !== true) return fail(wrongCodeVerdict(data?.message), 'code', true);
      setCode(passCode);
      setVerified(true);
    } catch (cause) {
      check.reset();
      fail(cause, 'code', isCodeError(cause));
    }
  });

  const submitPassword = useSingleFlight(async () => {
    if (recipient === null || !verified || finished.current) return;
    if (!isPasswordAccepted(password, strength)) {
      const text = passwordTexts.passwordIncomplete;
      setError({ text, cause: null, at: 'password', onField: true });
      return;
    }
    setError(null);
    try {
      const verify = await verifyInputFor(recipient, code);
      const result = await reset.mutateAsync({ verify, password, strength });
      // The core resolves only on `data.success === true`; checked here too, so that no client
      // (a custom transport, a future change) can make this flow say "changed" when it was not.
      if (result?.data?.success !== true) {
        throw new GenAuthApiError('GenAuth did not confirm the password reset', {
          statusCode: 502,
          httpStatus: 200,
        });
      }
      finished.current = true;
      forgetCode();
      // Nothing of the reset stays: not the code, not the password (nor the mutation's copy).
      reset.reset();
      setPassword('');
      setCode('');
      setDone(true);
      options.onPasswordReset?.();
    } catch (cause) {
      reset.reset();
      const apiCode = apiCodeOf(cause);
      if (isCodeError(cause)) {
        // The code went wrong between the check and now (expired, used in another tab): it is
        // typed again at the code step; an expired one cannot come back after a reload.
        if (apiCode === EXPIRED_CODE) forgetCode();
        setPassword('');
        setCode('');
        setVerified(false);
        fail(cause, 'code', true);
        return;
      }
      if (apiCode === USER_NOT_FOUND) {
        // No account to reset: the number or the address is what needs changing.
        forgetCode();
        toRequest();
        fail(cause, 'request', true);
        return;
      }
      const text = describePasswordError(cause, passwordTexts);
      if (text !== null) setError({ text, cause, at: 'password', onField: true });
      else if (isUnconfirmed(cause)) {
        const notChanged = messages.resetPassword.notChanged;
        setError({ text: notChanged, cause, at: 'password', onField: false });
      } else fail(cause, 'password', false);
    }
  });

  const restart = () => {
    forgetCode();
    toRequest();
    to.phone.phone.onChange('');
    to.mail.email.onChange('');
    reset.reset();
    finished.current = false;
    setDone(false);
    setError(null);
  };
  const isPending = check.isPending || reset.isPending;
  return resetPasswordView({
    common: { messages, isPending, method: to.method, methods, restart },
    done,
    recipient: to,
    verified,
    code,
    password,
    strength,
    error,
    setCode,
    setPassword,
    setVerified,
    setError,
    submitCode,
    submitPassword,
    toRequest,
  });
}
