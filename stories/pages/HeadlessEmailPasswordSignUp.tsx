import { useId } from 'react';
import { useStoryDemo } from '../../.storybook/story-demo.js';
import {
  type SendCodeControl,
  useEmailPasswordSignUpFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { NewPasswordInput, PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * Sign-up by email and password with a required phone, built headlessly on
 * `useEmailPasswordSignUpFlow`: the hook owns the steps and the rules (the password checked
 * against the pool's level, the phone's code spent by the sign-up itself, one request per
 * submit, each refusal on the step that can fix it); this component only draws them. Story
 * scaffolding, shown in the docs page.
 */
export function HeadlessEmailPasswordSignUp() {
  const { resumeStore } = useStoryDemo();
  const flow = useEmailPasswordSignUpFlow({ resumeStore, requirePhone: true, strength: 'medium' });
  const id = useId();

  if (flow.step === 'done') {
    return (
      <h2>
        Welcome, {flow.email} ({flow.phoneDisplay})
      </h2>
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
        <p role="alert">{flow.error}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Sign up
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
  if (flow.step === 'phone') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          flow.sendCode();
        }}
      >
        <h2>Your mobile number</h2>
        <PhoneInput
          value={flow.phone.value}
          onChange={flow.phone.onChange}
          invalid={flow.send.state === 'invalid' || flow.phone.error !== null}
          errorMessage={flow.send.state === 'invalid' ? undefined : (flow.phone.error ?? undefined)}
        />
        <p role="alert">{flow.send.errorMessage ?? flow.error}</p>
        <button type="submit" aria-disabled={flow.send.state === 'cooldown' || undefined}>
          Text me a code
          <Countdown send={flow.send} />
        </button>
        {flow.canEnterCode ? (
          <button type="button" onClick={flow.enterCode}>
            I already have a code
          </button>
        ) : null}
        <button type="button" onClick={flow.back}>
          Back
        </button>
        <p role="status">{flow.send.announcement}</p>
      </form>
    );
  }
  return (
    <form
      className="headless-demo"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void flow.submit();
      }}
    >
      <h2>Sign up with your email</h2>
      {flow.resumedPhoneDisplay ? (
        <p>Your code for {flow.resumedPhoneDisplay} still works: sign in details first.</p>
      ) : null}
      <label htmlFor={`${id}-email`}>Work email</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        value={flow.email.value}
        onChange={(event) => flow.email.onChange(event.target.value)}
        aria-invalid={flow.email.error ? true : undefined}
        aria-describedby={`${id}-email-error`}
      />
      <small id={`${id}-email-error`}>{flow.email.error}</small>
      <NewPasswordInput
        strength={flow.strength}
        value={flow.password.value}
        onChange={flow.password.onChange}
        errorMessage={flow.password.error ?? undefined}
      />
      <p role="alert">{flow.error}</p>
      <button type="submit">Next</button>
    </form>
  );
}
