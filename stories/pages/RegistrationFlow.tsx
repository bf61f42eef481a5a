import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import {
  type GenAuthUser,
  parsePhone,
  usePreCheckCode,
  useSignUpByPhoneCode,
} from '../../src/index.js';
import { describeAuthError, isCodeError } from './describe-auth-error.js';
import { usePageText } from './i18n/use-page-text.js';
import { CodeStep, DoneStep, PhoneStep, ProfileStep } from './RegistrationSteps.js';
import type { RegistrationStep, RegistrationValues } from './registration-steps.js';
import { StepIndicator } from './StepIndicator.js';

/** Props of {@link RegistrationFlow}. */
export interface RegistrationFlowProps {
  /** Called once GenAuth created the user. */
  onRegistered?: ((user: GenAuthUser) => void) | undefined;
  /** Extra class on the page's `<main>`, to restyle it. */
  className?: string | undefined;
}

/**
 * A ready sign-up flow in four steps (phone → code → profile → done), all in ONE
 * react-hook-form form: going back never loses what was typed, and the number's cooldown lives
 * in the kit's store, so "Back" shows "Resend code" with the seconds left instead of offering
 * a second SMS. The code step checks the code with `preCheckCode` (which does not spend it), so
 * a mistyped code is caught there; GenAuth spends it at the end, with the profile
 * (`POST /api/v3/signup`), and a code refused then (expired meanwhile) sends the user back.
 *
 * @example <RegistrationFlow onRegistered={(user) => router.push(`/welcome/${user.userId}`)} />
 */
export function RegistrationFlow({ onRegistered, className }: RegistrationFlowProps) {
  const form = useForm<RegistrationValues>({
    defaultValues: { phone: '', code: '', nickname: '' },
    // Errors (GenAuth's included) stay until the next attempt instead of flickering per key.
    reValidateMode: 'onSubmit',
  });
  const { control, handleSubmit, setError, setValue, clearErrors } = form;
  const phone = useWatch({ control, name: 'phone' });
  const [step, setStep] = useState<RegistrationStep>('phone');
  // The number the last code went to: the one to sign up with.
  const [sentTo, setSentTo] = useState<string | null>(null);
  const signUp = useSignUpByPhoneCode();
  const check = usePreCheckCode();
  const text = usePageText();
  const titleId = useId();
  const stepHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = useRef(false);

  // After a step change, move focus to the new step's heading so screen readers announce it
  // (the code step focuses its input instead: typing the code is the only thing to do there).
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    if (step !== 'code') stepHeadingRef.current?.focus();
  }, [step]);

  const goTo = (next: RegistrationStep) => {
    focusHeading.current = true;
    setStep(next);
  };

  const signUpWith = (values: RegistrationValues) => {
    const parsed = sentTo === null ? null : parsePhone(sentTo);
    if (!parsed?.valid || signUp.isPending) return;
    const input = {
      phone: parsed.phoneNumber,
      phoneCountryCode: parsed.phoneCountryCode,
      passCode: values.code,
      profile: { nickname: values.nickname.trim() },
    };
    signUp.mutate(input, {
      onSuccess: ({ data }) => {
        goTo('done');
        onRegistered?.(data);
      },
      onError: (error) => {
        if (!isCodeError(error)) return; // shown on the profile step
        setError('code', { message: describeAuthError(error, text) });
        goTo('code');
      },
    });
  };

  // The code is checked at its own step, without spending it: sign-up needs it afterwards.
  const checkCode = (code: string) => {
    const parsed = sentTo === null ? null : parsePhone(sentTo);
    if (!parsed?.valid || check.isPending) return;
    const smsCodePayload = {
      phone: parsed.phoneNumber,
      phoneCountryCode: parsed.phoneCountryCode,
      passCode: code,
      channel: 'CHANNEL_REGISTER' as const,
    };
    check.mutate(
      { codeType: 'SMS', smsCodePayload },
      {
        onSuccess: ({ data }) =>
          data.isValid ? goTo('profile') : setError('code', { message: text.errors.wrongCode }),
        onError: (error) => setError('code', { message: describeAuthError(error, text) }),
      },
    );
  };

  // Enter, "Continue", "Create account" and a completed code all come here, per step.
  const submit = handleSubmit((values) => {
    if (step === 'phone' && sentTo !== null && values.phone === sentTo) goTo('code');
    else if (step === 'code') checkCode(values.code);
    else if (step === 'profile') signUpWith(values);
  });

  const back = (to: RegistrationStep) => {
    signUp.reset();
    goTo(to);
  };

  return (
    <main
      className={['genauth-flow', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} className="genauth-flow__title">
        {text.registration.title}
      </h1>
      <StepIndicator current={step} />
      <form className="genauth-flow__form" onSubmit={submit} noValidate>
        <h2 ref={stepHeadingRef} tabIndex={-1} className="genauth-flow__subtitle">
          {text.registration.stepTitles[step]}
        </h2>
        {step === 'phone' ? (
          <PhoneStep
            control={control}
            canContinue={sentTo !== null && phone === sentTo}
            onSent={(sentPhone) => {
              setSentTo(sentPhone);
              setValue('code', '');
              clearErrors('code');
              signUp.reset();
              goTo('code');
            }}
          />
        ) : null}
        {step === 'code' ? (
          <CodeStep
            control={control}
            sentTo={sentTo ?? ''}
            onComplete={() => void submit()}
            onBack={() => back('phone')}
          />
        ) : null}
        {step === 'profile' ? (
          <ProfileStep
            form={form}
            isPending={signUp.isPending}
            error={
              signUp.isError && !isCodeError(signUp.error)
                ? describeAuthError(signUp.error, text)
                : null
            }
            onBack={() => back('code')}
          />
        ) : null}
        {step === 'done' && signUp.data ? <DoneStep user={signUp.data.data} /> : null}
      </form>
    </main>
  );
}
