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
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import {
  preCheckInputFor,
  type ResetPasswordMethod,
  type ResetRecipient,
  verifyInputFor,
} from './reset-password-requests.js';
import type {
  UseResetPasswordFlowOptions,
  UseResetPasswordFlowResult,
} from './reset-password-steps.js';
import { useEmailCodeStep } from './use-email-code-step.js';

/** The id `useResetPasswordFlow` remembers its (phone) code step under. */
export const RESET_PASSWORD_FLOW = 'reset-password';

const CHANNEL = 'CHANNEL_RESET_PASSWORD';
/** GenAuth's `apiCode`s the flow words per method or acts on. */
const WRONG_CODE = 2001;
const EXPIRED_CODE = 2300;
const USER_NOT_FOUND = 2004;

/** The built-in English of the reset flow (its groups only). */
const enUSResetFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, resetPassword: enUSFlowResetPassword },
);

type FlowError = {
  text: string;
  cause: unknown;
  at: 'request' | 'code' | 'password';
  /** True when it is about the step's field (shown on it), not the request as a whole. */
  onField: boolean;
};

const apiCodeOf = (cause: unknown) =>
  cause instanceof GenAuthApiError ? Number(cause.apiCode) : Number.NaN;

/**
 * True for an answer that was a 200 but did not confirm the change (`data.success` not true, or
 * no `passwordResetToken`): the core and this flow raise those as a 502 inside an HTTP 200. The
 * user must read that the password is unchanged, not that the service is down.
 */
const isUnconfirmed = (cause: unknown) =>
  cause instanceof GenAuthApiError && cause.statusCode === 502 && cause.httpStatus === 200;

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
  const [chosen, setChosen] = useState<ResetPasswordMethod>(
    options.defaultMethod && methods.includes(options.defaultMethod)
      ? options.defaultMethod
      : (methods[0] ?? 'phone'),
  );
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [verified, setVerified] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<FlowError | null>(null);
  const finished = useRef(false);
  const check = usePreCheckCode({ client: options.client });
  const reset = useResetPassword({ client: options.client });

  const onSent = () => {
    setCode('');
    setPassword('');
    setVerified(false);
    setError(null);
  };
  const allowsPhone = methods.includes('phone');
  // Without the phone method, no phone code step may come back from storage.
  const phone = usePhoneCodeStep(
    RESET_PASSWORD_FLOW,
    CHANNEL,
    allowsPhone ? options : { ...options, resumeStore: false },
    onSent,
  );
  const mail = useEmailCodeStep(CHANNEL, options, onSent);

  // A resumed phone code step wins over the chosen method (it is what the user was doing).
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

  const describe = (cause: unknown) => {
    const apiCode = apiCodeOf(cause);
    // The shared texts speak of text messages and numbers: the email method has its own.
    if (method === 'email' && apiCode === WRONG_CODE) return messages.resetPassword.wrongEmailCode;
    if (method === 'email' && apiCode === USER_NOT_FOUND) {
      return messages.resetPassword.noAccountEmail;
    }
    return describeFlowError(cause, { errors: messages.errors, failures });
  };
  const fail = (cause: unknown, at: FlowError['at'], onField: boolean) =>
    setError({ text: describe(cause), cause, at, onField });

  const forgetCode = () => {
    phone.forgetCode();
    mail.forgetCode();
  };
  const toRequest = () => {
    phone.chooseAnotherNumber();
    mail.chooseAnotherEmail();
    setChosen(method);
    setCode('');
    setPassword('');
    setVerified(false);
    check.reset();
  };

  const submitCode = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    if (recipient === null || verified || finished.current) return;
    if (passCode.length !== codeLength) {
      setError({
        text: messages.common.codeIncomplete(codeLength),
        cause: null,
        at: 'code',
        onField: true,
      });
      return;
    }
    setError(null);
    try {
      const { data } = await check.mutateAsync(await preCheckInputFor(recipient, passCode));
      check.reset();
      if (data?.isValid !== true) {
        // A verdict, not an error: typed as GenAuth's wrong-code refusal, so `isCodeError` and
        // the texts treat it like the same refusal at the last step.
        const cause = new GenAuthApiError(data?.message ?? 'Invalid verification code', {
          statusCode: 400,
          httpStatus: 200,
          apiCode: WRONG_CODE,
        });
        fail(cause, 'code', true);
        return;
      }
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
        setError({
          text: messages.resetPassword.notChanged,
          cause,
          at: 'password',
          onField: false,
        });
      } else fail(cause, 'password', false);
    }
  });

  const restart = () => {
    forgetCode();
    toRequest();
    phone.phone.onChange('');
    mail.email.onChange('');
    reset.reset();
    finished.current = false;
    setDone(false);
    setError(null);
  };
  const common = {
    messages,
    isPending: check.isPending || reset.isPending,
    method,
    methods,
    restart,
  };
  const errorAt = (at: FlowError['at']) => (error?.at === at ? error : null);
  const fieldError = (at: FlowError['at']) => {
    const shown = errorAt(at);
    return shown?.onField ? shown.text : null;
  };

  if (done) return { ...common, step: 'done' };
  if (recipient !== null) {
    const sentToDisplay = recipient.method === 'phone' ? phone.sentToDisplay : recipient.to;
    if (verified) {
      return {
        ...common,
        step: 'password',
        sentTo: recipient.to,
        sentToDisplay,
        password: {
          value: password,
          onChange: (next) => {
            setPassword(next);
            setError(null);
          },
          error: fieldError('password'),
        },
        strength,
        submit: submitPassword,
        back: () => {
          setVerified(false);
          setPassword('');
          setError(null);
        },
        error: errorAt('password')?.text ?? null,
        errorCause: errorAt('password')?.cause ?? null,
      };
    }
    const send = recipient.method === 'phone' ? phone.send : mail.send;
    return {
      ...common,
      step: 'code',
      sentTo: recipient.to,
      sentToDisplay,
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          setError(null);
        },
        error: fieldError('code'),
      },
      submit: submitCode,
      resendCode: send.send,
      send,
      chooseAnotherRecipient: () => {
        toRequest();
        setError(null);
      },
      error: errorAt('code')?.text ?? null,
      errorCause: errorAt('code')?.cause ?? null,
    };
  }
  const byPhone = method === 'phone';
  const send = byPhone ? phone.send : mail.send;
  return {
    ...common,
    step: 'request',
    chooseMethod: (next) => {
      if (!methods.includes(next)) return;
      setChosen(next);
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
    error: errorAt('request')?.text ?? null,
    errorCause: errorAt('request')?.cause ?? null,
  };
}
