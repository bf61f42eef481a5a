'use client';
import { useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import { GenAuthMfaRequiredError } from '../../core/api/mfa-required.js';
import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet } from '../../core/api/passcode-auth.js';
import { useKitMessages } from '../../hooks/context.js';
import { useSignInByPhoneCode } from '../../hooks/usePassCodeAuth.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowSignIn } from '../../i18n/flows/en-US.js';
import { useMfaSession } from '../mfa/mfa-session.js';
import { type CodeStepError, codeField } from '../shared/code-field.js';
import { describeFlowError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { usePhoneCodeStep } from '../shared/use-phone-code-step.js';

/** The id `usePhoneSignInFlow` remembers its code step under. */
export const PHONE_SIGN_IN_FLOW = 'phone-sign-in';

/** The built-in English of the sign-in flow (its groups only). */
const enUSSignInFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, signIn: enUSFlowSignIn },
);

export type {
  PhoneSignInCodeStep,
  PhoneSignInDoneStep,
  PhoneSignInMessages,
  PhoneSignInMfaStep,
  PhoneSignInPhoneStep,
  UsePhoneSignInFlowOptions,
  UsePhoneSignInFlowResult,
} from './phone-sign-in-steps.js';

import type { UsePhoneSignInFlowOptions, UsePhoneSignInFlowResult } from './phone-sign-in-steps.js';

/** True for a token set a page can use: GenAuth said 200 but must also have sent a token. */
function isTokenSet(data: unknown): data is GenAuthTokenSet {
  const token = (data as Partial<GenAuthTokenSet> | null)?.access_token;
  return typeof token === 'string' && token.length > 0;
}

/**
 * Sign-in by SMS code, headless: number → code (`CHANNEL_LOGIN`, `POST /api/v3/send-sms`) →
 * `POST /api/v3/signin` with `connection: 'PASSCODE'`. It owns what pages get wrong: the code
 * belongs to the number it went to, the countdown to the number on screen, one request per
 * submit, success only with GenAuth's tokens, and the code step back after a reload or in a
 * second tab (no code or token is stored).
 *
 * @example
 * const flow = usePhoneSignInFlow({ onSignedIn: saveSession });
 * if (flow.step === 'phone') return <PhoneInput {...flow.phone} />;
 * if (flow.step === 'code') return <VerificationCodeInput {...flow.code} onComplete={flow.submit} />;
 */
export function usePhoneSignInFlow(
  options: UsePhoneSignInFlowOptions = {},
): UsePhoneSignInFlowResult {
  const { codeLength = 6 } = options;
  const messages = useFlowMessages(enUSSignInFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const [code, setCode] = useState('');
  const [error, setError] = useState<CodeStepError | null>(null);
  const [done, setDone] = useState<{ tokens: GenAuthTokenSet; mfaUser?: GenAuthMfaUser } | null>(
    null,
  );
  const [notice, setNotice] = useState<string | null>(null);
  const signedIn = useRef(false);
  const signIn = useSignInByPhoneCode({ client: options.client });
  const steps = usePhoneCodeStep(PHONE_SIGN_IN_FLOW, 'CHANNEL_LOGIN', options, () => {
    setCode('');
    setError(null);
    setNotice(null);
  });
  const finish = (tokens: GenAuthTokenSet, mfaUser?: GenAuthMfaUser) => {
    signedIn.current = true;
    steps.forgetCode();
    setDone({ tokens, mfaUser });
    setCode('');
    options.onSignedIn?.(tokens, { method: 'phone-code', mfaUser });
  };
  // The flow's options are the step's settings (MfaSessionSettings names the ones it reads).
  const mfa = useMfaSession(
    { ...options, codeLength },
    finish,
    (notice) => {
      // The code was spent by the first factor: back to the number, to send a new one.
      steps.chooseAnotherNumber();
      setCode('');
      setNotice(notice);
    },
    () => restart(),
  );

  const fail = (cause: unknown) =>
    setError({ text: describeFlowError(cause, { errors: messages.errors, failures }), cause });

  const submit = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    // A click that lands after success but before the re-render must not spend anything.
    if (steps.sentTo === null || done !== null || signedIn.current || mfa.session !== null) return;
    if (passCode.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null });
      return;
    }
    setError(null);
    try {
      const phone = await steps.sentToFields();
      const { data } = await signIn.mutateAsync({
        phone: phone.phoneNumber,
        phoneCountryCode: phone.phoneCountryCode,
        passCode,
        options: options.signInOptions,
      });
      if (!isTokenSet(data)) {
        // Success is GenAuth's tokens, not merely a 200: anything else is a failure to show.
        throw new GenAuthApiError('GenAuth answered without tokens', {
          statusCode: 200,
          httpStatus: 200,
        });
      }
      finish(data);
    } catch (cause) {
      if (cause instanceof GenAuthMfaRequiredError) {
        // The code did its part and cannot be used again: no resuming its step, and the
        // refusal (with its token) leaves TanStack's cache at once.
        steps.forgetCode();
        setCode('');
        signIn.reset();
        // Its chunk could not be loaded (offline, a deploy removed it): a failure, in words.
        if (!(await mfa.begin(cause))) fail(cause);
        return;
      }
      // An expired code cannot come back: no resuming a code step that cannot succeed.
      if (cause instanceof GenAuthApiError && Number(cause.apiCode) === 2300) steps.forgetCode();
      fail(cause);
    }
  });

  const restart = () => {
    mfa.end();
    setNotice(null);
    steps.forgetCode();
    steps.chooseAnotherNumber();
    steps.phone.onChange('');
    signIn.reset();
    signedIn.current = false;
    setDone(null);
    setCode('');
    setError(null);
  };
  const common = { messages, isPending: signIn.isPending, restart };

  if (done !== null) return { ...common, step: 'done', tokens: done.tokens, mfaUser: done.mfaUser };
  if (mfa.session !== null) return { ...common, step: 'mfa', mfa: mfa.session };
  if (steps.stage === 'code' && steps.sentTo !== null) {
    return {
      ...common,
      step: 'code',
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      code: codeField(code, setCode, error, setError),
      submit,
      resendCode: steps.send.send,
      send: steps.send,
      chooseAnotherNumber: () => {
        steps.chooseAnotherNumber();
        setCode('');
        setError(null);
        signIn.reset();
      },
      error: error?.text ?? null,
      errorCause: error?.cause ?? null,
    };
  }
  return {
    ...common,
    step: 'phone',
    phone: steps.phone,
    sendCode: steps.send.send,
    send: steps.send,
    canEnterCode: steps.canEnterCode,
    enterCode: steps.enterCode,
    notice,
  };
}
