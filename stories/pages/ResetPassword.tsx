import { useEffect, useId, useRef, useState } from 'react';
import {
  describePasswordError,
  type PreCheckCodeInput,
  parsePhone,
  usePreCheckCode,
  useResetPassword,
  type VerifyResetPasswordRequestInput,
} from '../../src/index.js';
import { describeAccountError } from './describe-account-error.js';
import { isCodeError } from './describe-auth-error.js';
import { usePageText } from './i18n/use-page-text.js';
import { CodeStep, PasswordStep, RequestStep, type ResetMethod } from './ResetPasswordSteps.js';

/** Props of {@link ResetPassword}. */
export interface ResetPasswordProps {
  /** How the code is sent at first. @default 'email' */
  defaultMethod?: ResetMethod | undefined;
  /** The address shown at first. @default '' */
  defaultEmail?: string | undefined;
  /** Called once the code went out, with the E.164 number or the address. */
  onCodeSent?: ((to: string) => void) | undefined;
  /** Called once GenAuth changed the password. */
  onPasswordReset?: (() => void) | undefined;
  /** "Back to sign-in" on the last step. */
  onBackToSignIn?: (() => void) | undefined;
  /** Extra class on the page's `<main>`, to restyle it. */
  className?: string | undefined;
}

type Step = 'request' | 'code' | 'password' | 'done';

/**
 * "Forgot password" from start to end: a code by SMS or email on `CHANNEL_RESET_PASSWORD`
 * (no sign-in needed), checked at the code step with `preCheckCode` (which does not spend it),
 * then a new password; `useResetPassword` verifies the code and sets the password in one go,
 * so the one-time `passwordResetToken` never reaches this page's state.
 *
 * @example <ResetPassword onBackToSignIn={() => router.push('/sign-in')} />
 */
export function ResetPassword(props: ResetPasswordProps) {
  const text = usePageText();
  const [method, setMethod] = useState<ResetMethod>(props.defaultMethod ?? 'email');
  const [email, setEmail] = useState(props.defaultEmail ?? '');
  const [phone, setPhone] = useState('');
  const [sentTo, setSentTo] = useState('');
  const [step, setStep] = useState<Step>('request');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const check = usePreCheckCode();
  const reset = useResetPassword();
  const titleId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // A new step's heading takes focus (the code and password steps focus their input instead).
  useEffect(() => {
    if (moved.current && (step === 'request' || step === 'done')) headingRef.current?.focus();
    moved.current = false;
  }, [step]);
  const goTo = (next: Step, message: string | null = null) => {
    moved.current = true;
    setError(message);
    setStep(next);
  };

  const phoneParts = () => {
    const parsed = parsePhone(sentTo);
    return parsed.valid
      ? { phone: parsed.phoneNumber, phoneCountryCode: parsed.phoneCountryCode }
      : null;
  };
  const preCheckInput = (passCode: string): PreCheckCodeInput | null => {
    const parts = method === 'phone' ? phoneParts() : null;
    if (method === 'phone') {
      return parts
        ? {
            codeType: 'SMS',
            smsCodePayload: { ...parts, passCode, channel: 'CHANNEL_RESET_PASSWORD' },
          }
        : null;
    }
    return {
      codeType: 'EMAIL',
      emailCodePayload: { email: sentTo, passCode, channel: 'CHANNEL_RESET_PASSWORD' },
    };
  };
  const verifyInput = (): VerifyResetPasswordRequestInput | null => {
    const parts = method === 'phone' ? phoneParts() : null;
    if (method === 'phone') {
      return parts
        ? {
            verifyMethod: 'PHONE_PASSCODE',
            phonePassCodePayload: {
              phoneNumber: parts.phone,
              phoneCountryCode: parts.phoneCountryCode,
              passCode: code,
            },
          }
        : null;
    }
    return {
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: sentTo, passCode: code },
    };
  };

  // `typed` comes from onComplete, before the state holding the code has updated.
  const checkCode = (typed: string = code) => {
    const input = preCheckInput(typed);
    if (typed.length !== 6 || !input) return setError(text.common.codeIncomplete(6));
    if (check.isPending) return;
    check.mutate(input, {
      onSuccess: ({ data }) => (data.isValid ? goTo('password') : setError(text.errors.wrongCode)),
      onError: (failure) => setError(describeAccountError(failure, text)),
    });
  };
  const savePassword = () => {
    const verify = verifyInput();
    if (!verify || reset.isPending) return;
    reset.mutate(
      { verify, password, strength: 'low' },
      {
        onSuccess: () => {
          // Nothing of the reset stays on the page: not the code, not the password.
          setCode('');
          setPassword('');
          goTo('done');
          props.onPasswordReset?.();
        },
        onError: (failure) => {
          if (isCodeError(failure)) return goTo('code', describeAccountError(failure, text));
          setError(describePasswordError(failure, text.kit) ?? describeAccountError(failure, text));
        },
      },
    );
  };

  return (
    <main
      className={['genauth-flow', props.className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="genauth-flow__title">
        {text.resetPassword.title}
      </h1>
      <form
        className="genauth-flow__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step === 'code') checkCode();
          else if (step === 'password') savePassword();
        }}
      >
        <h2 ref={headingRef} tabIndex={-1} className="genauth-flow__subtitle">
          {text.resetPassword.stepTitles[step]}
        </h2>
        {step === 'request' ? (
          <>
            <p className="genauth-flow__lead">{text.resetPassword.lead}</p>
            {error ? (
              <p role="alert" className="genauth-flow__error">
                {error}
              </p>
            ) : null}
            <RequestStep
              method={method}
              onMethodChange={setMethod}
              email={email}
              onEmailChange={setEmail}
              phone={phone}
              onPhoneChange={setPhone}
              onSent={(to) => {
                setSentTo(to);
                setCode('');
                goTo('code');
                props.onCodeSent?.(to);
              }}
            />
          </>
        ) : null}
        {step === 'code' ? (
          <CodeStep
            sentTo={sentTo}
            code={code}
            onCodeChange={setCode}
            onComplete={checkCode}
            error={error}
            isChecking={check.isPending}
            onBack={() => goTo('request')}
          />
        ) : null}
        {step === 'password' ? (
          <PasswordStep
            password={password}
            onPasswordChange={setPassword}
            error={error}
            isSaving={reset.isPending}
          />
        ) : null}
        {step === 'done' ? (
          <>
            <p role="status" className="genauth-flow__lead">
              {text.resetPassword.done}
            </p>
            <button
              type="button"
              className="genauth-flow__button"
              onClick={() => {
                goTo('request');
                props.onBackToSignIn?.();
              }}
            >
              {text.resetPassword.backToSignIn}
            </button>
          </>
        ) : null}
      </form>
    </main>
  );
}
