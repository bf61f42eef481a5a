import { Fragment, useId } from 'react';
import { useStoryDemo } from '../../.storybook/story-demo.js';

import {
  type SendCodeControl,
  usePhoneSignUpFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * Sign-up by SMS built headlessly on `usePhoneSignUpFlow`, the way a team with its own design
 * system would: the hook owns the steps and the rules (the code checked before the profile,
 * one sign-up per submit), this component only draws them. Story scaffolding, shown in the
 * sign-up docs page.
 */
export function HeadlessSignUp() {
  const { resumeStore } = useStoryDemo();
  const flow = usePhoneSignUpFlow({ resumeStore, defaultCountry: 'CN' });
  const id = useId();

  if (flow.step === 'done') return <h2>Account created for {flow.phoneDisplay}</h2>;
  if (flow.step === 'profile') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <h2>About you</h2>
        {flow.fields.map((field) => (
          <Fragment key={field.name}>
            <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
            <input
              id={`${id}-${field.name}`}
              value={field.value}
              onChange={(event) => field.onChange(event.target.value)}
              autoComplete={field.autoComplete}
              aria-invalid={field.error ? true : undefined}
              aria-describedby={`${id}-${field.name}-error`}
            />
            <small id={`${id}-${field.name}-error`}>{field.error}</small>
          </Fragment>
        ))}
        <p role="alert">
          {flow.error}
          {flow.alreadyRegistered ? <a href="#sign-in"> Sign in instead</a> : null}
        </p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Create account
        </button>
        <button type="button" onClick={flow.back}>
          Back
        </button>
        <button type="button" onClick={flow.chooseAnotherNumber}>
          Another number
        </button>
      </form>
    );
  }
  if (flow.step === 'code') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <h2>Code sent to {flow.sentToDisplay}</h2>
        <VerificationCodeInput
          value={flow.code.value}
          onChange={flow.code.onChange}
          onComplete={(code) => void flow.submit(code)}
          errorMessage={flow.code.error ?? undefined}
        />
        <p role="alert">{flow.code.error ? null : flow.error}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Continue
        </button>
        <button type="button" onClick={flow.resendCode}>
          Resend
          <Countdown send={flow.send} />
        </button>
        <button type="button" onClick={flow.chooseAnotherNumber}>
          Another number
        </button>
      </form>
    );
  }
  return (
    <form
      className="headless-demo"
      onSubmit={(event) => {
        event.preventDefault();
        flow.sendCode();
      }}
    >
      <h2>Create your account</h2>
      {/* `invalid` after a send with a bad number: the input then says why. */}
      <PhoneInput
        value={flow.phone.value}
        onChange={flow.phone.onChange}
        invalid={flow.send.state === 'invalid'}
      />
      <p role="alert">{flow.send.errorMessage}</p>
      <button type="submit" aria-disabled={flow.send.state === 'cooldown' || undefined}>
        Text me a code
        <Countdown send={flow.send} />
      </button>
      {flow.canEnterCode ? (
        <button type="button" onClick={flow.enterCode}>
          I already have a code
        </button>
      ) : null}
      <p role="status">{flow.send.announcement}</p>
    </form>
  );
}
