'use client';
import { useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import type { GenAuthUser, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import { useKitMessages } from '../../hooks/context.js';
import { usePreCheckCode } from '../../hooks/useAccountFlows.js';
import { useSignUpByPhoneCode } from '../../hooks/usePassCodeAuth.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowMessageOverrides } from '../../i18n/flow-messages.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowSignUp } from '../../i18n/flows/en-US.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { type PhoneCodeFlowOptions, usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import {
  defaultProfileFields,
  missingProfileFields,
  profileOf,
  type SignUpProfileField,
} from './profile-fields.js';
import type { PhoneSignUpMessages, UsePhoneSignUpFlowResult } from './sign-up-steps.js';

/** The id `usePhoneSignUpFlow` remembers its code step under. */
export const PHONE_SIGN_UP_FLOW = 'phone-sign-up';

/** GenAuth's `apiCode` for "this number has an account already". */
const USER_EXISTS = 2026;
/** GenAuth's `apiCode` for an expired code. */
const CODE_EXPIRED = 2300;

/** The built-in English of the sign-up flow (its groups only). */
const enUSSignUpFlow: PhoneSignUpMessages = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, signUp: enUSFlowSignUp },
);

/** Options of {@link usePhoneSignUpFlow}. */
export interface UsePhoneSignUpFlowOptions extends PhoneCodeFlowOptions {
  /** Called once, when GenAuth created the user, with that user. */
  onSignedUp?: ((user: GenAuthUser) => void) | undefined;
  /** The profile step's fields. @default a required nickname */
  profileFields?: readonly SignUpProfileField[] | undefined;
  /** GenAuth sign-up options (`context`, `tenantId`...). */
  signUpOptions?: PassCodeAuthOptions | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** A failure to show; `onCode` puts it under the code boxes. */
interface FlowFailure {
  text: string;
  cause: unknown;
  onCode: boolean;
}

/** True for a user a page can use: GenAuth said 200 but must also have sent the user's id. */
function isUser(data: unknown): data is GenAuthUser {
  const id = (data as Partial<GenAuthUser> | null)?.userId;
  return typeof id === 'string' && id.length > 0;
}

/** GenAuth's `apiCode` of `error`, as a number (`NaN` when there is none). */
function apiCodeOf(error: unknown): number {
  return error instanceof GenAuthApiError ? Number(error.apiCode) : Number.NaN;
}

/**
 * Sign-up by SMS code, headless: number → code (`CHANNEL_REGISTER`, checked with
 * `POST /api/v3/pre-check-code`, which does not spend it) → profile → `POST /api/v3/signup`
 * with `connection: 'PASSCODE'`, the code and the profile. A code refused at that point
 * (expired meanwhile) goes back to the code step; a number with an account already says so
 * (`alreadyRegistered`). Done only when GenAuth returns the new user.
 *
 * @example
 * const flow = usePhoneSignUpFlow({ onSignedUp: (user) => router.push('/welcome') });
 * if (flow.step === 'code') return <VerificationCodeInput {...flow.code} onComplete={flow.submit} />;
 * if (flow.step === 'profile') return flow.fields.map((field) => <input key={field.name} ... />);
 */
export function usePhoneSignUpFlow(
  options: UsePhoneSignUpFlowOptions = {},
): UsePhoneSignUpFlowResult {
  const { codeLength = 6 } = options;
  const messages = useFlowMessages(enUSSignUpFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const fields = options.profileFields ?? defaultProfileFields(messages.signUp);
  const [code, setCode] = useState('');
  // The code GenAuth said it would accept: the profile step exists only while there is one.
  // Kept in memory only, so a reload in the profile step comes back to the code step (resumed
  // by usePhoneCodeStep), where the code must be typed and checked again.
  const [checked, setCheckedState] = useState<string | null>(null);
  // What a click that lands after the check but before React re-renders must see: a code that
  // passed is never checked (spent) twice.
  const checkedNow = useRef<string | null>(null);
  const setChecked = (value: string | null) => {
    checkedNow.current = value;
    setCheckedState(value);
  };
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<FlowFailure | null>(null);
  const [done, setDone] = useState<{ user: GenAuthUser; phoneDisplay: string } | null>(null);
  const signedUp = useRef(false);
  // Bumped whenever the code step starts over: an answer to an older attempt is dropped.
  const attempt = useRef(0);
  const check = usePreCheckCode({ client: options.client });
  const signUp = useSignUpByPhoneCode({ client: options.client });
  const leaveCode = () => {
    attempt.current += 1;
    setCode('');
    setChecked(null);
    setError(null);
  };
  const steps = usePhoneCodeStep(PHONE_SIGN_UP_FLOW, 'CHANNEL_REGISTER', options, leaveCode);

  const fail = (cause: unknown, onCode: boolean) =>
    setError({
      text: describeFlowError(cause, { errors: messages.errors, failures }),
      cause,
      onCode,
    });

  const submitCode = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    if (steps.sentTo === null || checkedNow.current !== null || signedUp.current) return;
    if (passCode.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null, onCode: true });
      return;
    }
    setError(null);
    const started = attempt.current;
    try {
      const { phoneNumber, phoneCountryCode } = await steps.sentToFields();
      const { data } = await check.mutateAsync({
        codeType: 'SMS',
        smsCodePayload: {
          phone: phoneNumber,
          phoneCountryCode,
          passCode,
          channel: 'CHANNEL_REGISTER',
        },
      });
      if (attempt.current !== started) return;
      if (data?.isValid !== true) {
        // GenAuth does not say whether the code is wrong or expired: one text for both.
        const cause = new GenAuthApiError(data?.message ?? 'The code was refused', {
          statusCode: 200,
          httpStatus: 200,
        });
        setError({ text: messages.signUp.codeRefused, cause, onCode: true });
        return;
      }
      setChecked(passCode);
    } catch (cause) {
      if (attempt.current === started) fail(cause, isCodeError(cause));
    }
  });

  const submitProfile = useSingleFlight(async () => {
    if (steps.sentTo === null || checked === null || signedUp.current) return;
    const missing = missingProfileFields(fields, profile);
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setError(null);
    const started = attempt.current;
    try {
      const { phoneNumber, phoneCountryCode } = await steps.sentToFields();
      const { data } = await signUp.mutateAsync({
        phone: phoneNumber,
        phoneCountryCode,
        passCode: checked,
        profile: profileOf(fields, profile),
        options: options.signUpOptions,
      });
      if (!isUser(data)) {
        // Success is GenAuth's new user, not merely a 200: anything else is a failure to show.
        throw new GenAuthApiError('GenAuth answered without a user', {
          statusCode: 200,
          httpStatus: 200,
        });
      }
      signedUp.current = true;
      steps.forgetCode();
      setDone({ user: data, phoneDisplay: steps.sentToDisplay });
      setCode('');
      setChecked(null);
      options.onSignedUp?.(data);
    } catch (cause) {
      if (attempt.current !== started) return;
      const apiCode = apiCodeOf(cause);
      // No code step worth resuming: the code expired, or the number cannot sign up at all.
      if (apiCode === CODE_EXPIRED || apiCode === USER_EXISTS) steps.forgetCode();
      if (isCodeError(cause)) {
        // Refused at the last step (expired meanwhile, or a newer code was sent): back to the
        // code step, the reason under the boxes.
        setChecked(null);
        fail(cause, true);
      } else fail(cause, false);
    }
  });

  const chooseAnotherNumber = () => {
    steps.chooseAnotherNumber();
    leaveCode();
    check.reset();
    signUp.reset();
  };
  const restart = () => {
    steps.forgetCode();
    chooseAnotherNumber();
    steps.phone.onChange('');
    signedUp.current = false;
    setDone(null);
    setProfile({});
    setFieldErrors({});
  };
  const common = { messages, isPending: check.isPending || signUp.isPending, restart };

  if (done !== null) return { ...common, step: 'done', ...done };
  if (steps.stage === 'code' && steps.sentTo !== null) {
    const afterSend = {
      ...common,
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      chooseAnotherNumber,
      error: error?.text ?? null,
      errorCause: error?.cause ?? null,
      alreadyRegistered: apiCodeOf(error?.cause) === USER_EXISTS,
    };
    if (checked !== null) {
      return {
        ...afterSend,
        step: 'profile',
        fields: fields.map((field) => ({
          ...field,
          value: profile[field.name] ?? '',
          onChange: (value: string) => {
            setProfile((values) => ({ ...values, [field.name]: value }));
            setFieldErrors(({ [field.name]: _, ...others }) => others);
          },
          error: fieldErrors[field.name] ?? null,
        })),
        submit: submitProfile,
        back: () => {
          // The code stays in the field; going forward checks it again.
          setChecked(null);
          setError(null);
          signUp.reset();
        },
      };
    }
    return {
      ...afterSend,
      step: 'code',
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          setError(null);
        },
        error: error?.onCode ? error.text : null,
      },
      submit: submitCode,
      resendCode: steps.send.send,
      send: steps.send,
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
  };
}
