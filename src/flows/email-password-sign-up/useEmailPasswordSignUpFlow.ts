'use client';
import { useRef, useState } from 'react';
import { normalizeEmail } from '../../core/api/email.js';
import { GenAuthApiError } from '../../core/api/errors.js';
import type { GenAuthUser, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import { codeDigits } from '../../core/code/normalize-code.js';
import { isPasswordAccepted, type PasswordStrength } from '../../core/password/rules.js';
import { useKitMessages } from '../../hooks/context.js';
import { useSignUpByEmailPassword } from '../../hooks/useSignUpByEmailPassword.js';
import { enUSNewPassword } from '../../i18n/en-US/new-password.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowMessageOverrides } from '../../i18n/flow-messages.js';
import {
  enUSFlowCommon,
  enUSFlowEmailPasswordSignUp,
  enUSFlowErrors,
} from '../../i18n/flows/en-US.js';
import {
  missingProfileFields,
  profileOf,
  type SignUpProfileField,
} from '../phone-sign-up/profile-fields.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { type PhoneCodeFlowOptions, usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import type {
  EmailPasswordSignUpMessages,
  UseEmailPasswordSignUpFlowResult,
} from './email-password-sign-up-steps.js';
import { isEmailTaken, type SignUpFailure, signUpFailure } from './sign-up-failure.js';

/** The id `useEmailPasswordSignUpFlow` remembers its code step under. */
export const EMAIL_PASSWORD_SIGN_UP_FLOW = 'email-password-sign-up';

/** GenAuth's `apiCode` for an expired code. */
const CODE_EXPIRED = 2300;

/** The built-in English of this flow (its groups only). */
const enUSEmailPasswordSignUp: EmailPasswordSignUpMessages = /* @__PURE__ */ Object.assign(
  {},
  {
    common: enUSFlowCommon,
    errors: enUSFlowErrors,
    emailPasswordSignUp: enUSFlowEmailPasswordSignUp,
  },
);

/** Options of {@link useEmailPasswordSignUpFlow}. */
export interface UseEmailPasswordSignUpFlowOptions extends PhoneCodeFlowOptions {
  /**
   * Ask for a phone, checked by a `CHANNEL_COMPLETE_PHONE` code, before the account is created,
   * and do not let the user skip it. Set it when your user pool requires a phone at sign-up
   * (GenAuth console: the registration's information completion). The kit cannot read that
   * setting from the browser (GenAuth serves it to no public call the kit uses), so the page
   * decides: without it, a pool that requires a phone refuses the sign-up.
   * @default false
   */
  requirePhone?: boolean | undefined;
  /**
   * Ask for a phone the user may skip ("Skip for now"). Implied by `requirePhone`.
   * @default false
   */
  askPhone?: boolean | undefined;
  /**
   * The pool's password level (GenAuth console → Security → Password): the rules shown, and a
   * password below it is refused before anything is sent.
   * @default 'low'
   */
  strength?: PasswordStrength | undefined;
  /**
   * Profile fields asked on the first step with the address and password (`nickname`,
   * `givenName`...), sent in the sign-up's `profile`: the same fields as `<PhoneSignUp>`'s.
   * @default none
   */
  profileFields?: readonly SignUpProfileField[] | undefined;
  /** The address shown at first. @default '' */
  defaultEmail?: string | undefined;
  /** Called once, when GenAuth created the user, with that user. */
  onSignedUp?: ((user: GenAuthUser) => void) | undefined;
  /** GenAuth sign-up options (`context`, `tenantId`...); the flow adds the phone's code. */
  signUpOptions?: PassCodeAuthOptions | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** No profile fields: the default of an email sign-up. */
const NO_FIELDS: readonly SignUpProfileField[] = [];

/** True for a user a page can use: GenAuth said 200 but must also have sent the user's id. */
function isUser(data: unknown): data is GenAuthUser {
  const id = (data as Partial<GenAuthUser> | null)?.userId;
  return typeof id === 'string' && id.length > 0;
}

/**
 * Sign-up by email and password, headless, with phone completion: address and password (checked
 * here, the pool's password rules included) → when the page asks for a phone (`requirePhone`,
 * or `askPhone` to let it be skipped) the number → its `CHANNEL_COMPLETE_PHONE` code by
 * `send-sms` (same cooldown, resumed after a reload) → one `POST /api/v3/signup` with
 * `connection: 'PASSWORD'`, `profile.phone` / `profile.phoneCountryCode` and the code in
 * `options.phonePassCodeForInformationCompletion` → done, only when GenAuth returns the user.
 * Each refusal lands where it can be fixed: a taken address or a refused password on the first
 * step, a wrong or expired code under the code boxes, a number of another account on the number.
 * The password lives in this hook's state only until GenAuth created the account (never stored;
 * a reload asks for it again and comes back to the code step without a new SMS).
 *
 * @example
 * const flow = useEmailPasswordSignUpFlow({ requirePhone: true, onSignedUp: (user) => router.push('/welcome') });
 * if (flow.step === 'account') return <MyForm email={flow.email} password={flow.password} onSubmit={flow.submit} />;
 * if (flow.step === 'code') return <VerificationCodeInput {...flow.code} onComplete={flow.submit} />;
 */
export function useEmailPasswordSignUpFlow(
  options: UseEmailPasswordSignUpFlowOptions = {},
): UseEmailPasswordSignUpFlowResult {
  const { codeLength = 6, strength = 'low', requirePhone = false } = options;
  const asksPhone = requirePhone || options.askPhone === true;
  const messages = useFlowMessages(enUSEmailPasswordSignUp, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const passwordTexts = useKitMessages(undefined, enUSNewPassword);
  const texts = messages.emailPasswordSignUp;
  const [email, setEmail] = useState(options.defaultEmail ?? '');
  const [password, setPassword] = useState('');
  // The first step was checked: the phone steps may show (the address and password are held).
  const [accountReady, setAccountReady] = useState(false);
  // True once the first step was passed in this page: a code step found on the way back to it
  // is this page's own, not one resumed after a reload.
  const [accountPassed, setAccountPassed] = useState(false);
  const [code, setCode] = useState('');
  const fields = options.profileFields ?? NO_FIELDS;
  const [profile, setProfile] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<SignUpFailure | null>(null);
  const [done, setDone] = useState<{
    user: GenAuthUser;
    email: string;
    phoneDisplay: string | null;
  } | null>(null);
  const signedUp = useRef(false);
  // Bumped whenever the code step starts over: an answer to an older attempt is dropped.
  const attempt = useRef(0);
  const signUp = useSignUpByEmailPassword({ client: options.client });
  const leaveCode = () => {
    attempt.current += 1;
    setCode('');
    setError(null);
  };
  const steps = usePhoneCodeStep(
    EMAIL_PASSWORD_SIGN_UP_FLOW,
    'CHANNEL_COMPLETE_PHONE',
    // Without a phone step there is no code step to resume.
    asksPhone ? options : { ...options, resumeStore: false },
    leaveCode,
  );
  const stage: 'account' | 'phone' | 'code' = !accountReady
    ? 'account'
    : steps.stage === 'code' && steps.sentTo !== null
      ? 'code'
      : 'phone';

  const fail = (cause: unknown) => {
    const failure = signUpFailure(cause, stage, {
      flow: messages,
      failures,
      password: passwordTexts,
    });
    if (failure.at === 'account') setAccountReady(false);
    // An expired code: no code step worth resuming after a reload (the user asks for a new one).
    if (cause instanceof GenAuthApiError && Number(cause.apiCode) === CODE_EXPIRED) {
      steps.forgetCode();
    }
    if (failure.at === 'phone' && steps.stage === 'code') {
      // The number cannot be completed (another account has it): its code is worth nothing.
      steps.forgetCode();
      steps.chooseAnotherNumber();
    }
    setError(failure);
  };

  /**
   * The address, password and profile as they are sent, or `null` after showing why they cannot
   * be (every refused field says so; the first one takes the focus in the ready component).
   */
  const checkedAccount = (): {
    email: string;
    password: string;
    profile: Record<string, string>;
  } | null => {
    const missing = missingProfileFields(fields, profile);
    setFieldErrors(missing);
    const address = normalizeEmail(email);
    if (address === undefined) {
      const text = email.trim() === '' ? texts.emailRequired : texts.emailInvalid;
      setError({ text, cause: null, at: 'account', field: 'email' });
      setAccountReady(false);
      return null;
    }
    if (!isPasswordAccepted(password, strength)) {
      const text = passwordTexts.passwordIncomplete;
      setError({ text, cause: null, at: 'account', field: 'password' });
      setAccountReady(false);
      return null;
    }
    if (Object.keys(missing).length > 0) {
      setError(null);
      setAccountReady(false);
      return null;
    }
    return { email: address, password, profile: profileOf(fields, profile) };
  };

  /** The one request of the flow: creates the account, with the phone's code when given. */
  const createAccount = useSingleFlight(async (passCode?: string) => {
    if (signedUp.current) return;
    const account = checkedAccount();
    if (account === null) return;
    setError(null);
    const started = attempt.current;
    try {
      const phone =
        passCode === undefined
          ? null
          : { ...(await steps.sentToFields()), display: steps.sentToDisplay };
      const completed =
        phone === null
          ? {}
          : { phone: phone.phoneNumber, phoneCountryCode: phone.phoneCountryCode };
      const sentProfile = { ...account.profile, ...completed };
      const { data } = await signUp.mutateAsync({
        email: account.email,
        password: account.password,
        ...(Object.keys(sentProfile).length > 0 ? { profile: sentProfile } : {}),
        options:
          passCode === undefined
            ? options.signUpOptions
            : { ...options.signUpOptions, phonePassCodeForInformationCompletion: passCode },
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
      // Nothing of the sign-up stays: not the password, not the code, nor the mutation's copy.
      setPassword('');
      setCode('');
      signUp.reset();
      setDone({ user: data, email: account.email, phoneDisplay: phone?.display ?? null });
      options.onSignedUp?.(data);
    } catch (cause) {
      if (attempt.current === started) fail(cause);
    }
  });

  const submitAccount = useSingleFlight(async () => {
    if (asksPhone) {
      if (checkedAccount() === null) return;
      setError(null);
      setAccountReady(true);
      setAccountPassed(true);
      return;
    }
    await createAccount();
  });

  const submitCode = useSingleFlight(async (typed?: string) => {
    if (steps.sentTo === null || signedUp.current) return;
    const passCode = codeDigits(typed ?? code);
    if (passCode.length !== codeLength) {
      const text = messages.common.codeIncomplete(codeLength);
      setError({ text, cause: null, at: 'code', field: 'code' });
      return;
    }
    await createAccount(passCode);
  });

  const back = () => {
    setAccountReady(false);
    setError(null);
    signUp.reset();
  };
  const chooseAnotherNumber = () => {
    steps.chooseAnotherNumber();
    leaveCode();
    signUp.reset();
  };
  const restart = () => {
    steps.forgetCode();
    chooseAnotherNumber();
    steps.phone.onChange('');
    signedUp.current = false;
    setDone(null);
    setEmail('');
    setPassword('');
    setProfile({});
    setFieldErrors({});
    setAccountReady(false);
    setAccountPassed(false);
  };
  const common = {
    messages,
    isPending: signUp.isPending,
    asksPhone,
    requiresPhone: requirePhone,
    restart,
  };
  const errorAt = (at: SignUpFailure['at']) => (error?.at === at ? error : null);
  const fieldError = (field: NonNullable<SignUpFailure['field']>) =>
    error?.field === field ? error.text : null;
  const stepError = (at: SignUpFailure['at']) => {
    const shown = errorAt(at);
    return { error: shown?.field === null ? shown.text : null, errorCause: shown?.cause ?? null };
  };

  if (done !== null) return { ...common, step: 'done', ...done };
  if (stage === 'account') {
    return {
      ...common,
      step: 'account',
      email: {
        value: email,
        onChange: (next) => {
          setEmail(next);
          setError((was) => (was?.field === 'email' ? null : was));
        },
        error: fieldError('email'),
      },
      password: {
        value: password,
        onChange: (next) => {
          setPassword(next);
          setError((was) => (was?.field === 'password' ? null : was));
        },
        error: fieldError('password'),
      },
      strength,
      fields: fields.map((field) => ({
        ...field,
        value: profile[field.name] ?? '',
        onChange: (value: string) => {
          setProfile((values) => ({ ...values, [field.name]: value }));
          setFieldErrors(({ [field.name]: _, ...others }) => others);
        },
        error: fieldErrors[field.name] ?? null,
      })),
      submit: submitAccount,
      ...stepError('account'),
      emailTaken: error?.field === 'email' && isEmailTaken(error.cause),
      resumedPhoneDisplay:
        asksPhone && !accountPassed && steps.stage === 'code' && steps.sentTo !== null
          ? steps.sentToDisplay
          : null,
    };
  }
  if (stage === 'code' && steps.sentTo !== null) {
    return {
      ...common,
      step: 'code',
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          setError(null);
        },
        error: fieldError('code'),
      },
      submit: submitCode,
      resendCode: steps.send.send,
      send: steps.send,
      chooseAnotherNumber,
      back,
      ...stepError('code'),
    };
  }
  return {
    ...common,
    step: 'phone',
    phone: {
      ...steps.phone,
      onChange: (next) => {
        steps.phone.onChange(next);
        setError((was) => (was?.field === 'phone' ? null : was));
      },
      error: fieldError('phone') ?? steps.phone.error,
    },
    sendCode: steps.send.send,
    send: steps.send,
    canEnterCode: steps.canEnterCode,
    enterCode: steps.enterCode,
    skip: async () => {
      if (!requirePhone) await createAccount();
    },
    back,
    ...stepError('phone'),
  };
}
