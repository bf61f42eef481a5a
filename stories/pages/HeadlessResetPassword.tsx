import { useStoryDemo } from '../../.storybook/story-demo.js';

import {
  type SendCodeControl,
  useResetPasswordFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { NewPasswordInput, PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * Forgot password (by phone) built headlessly on `useResetPasswordFlow`, the way a team with
 * its own design system would: the hook owns the steps and the rules (the code checked before
 * the new password, the reset token never in state), this component only draws them. Story
 * scaffolding, shown in the reset-password docs page.
 */
export function HeadlessResetPassword() {
  const { resumeStore } = useStoryDemo();
  const flow = useResetPasswordFlow({ resumeStore, methods: ['phone'], defaultCountry: 'CN' });

  if (flow.step === 'done') return <h2>Password saved: sign in with it</h2>;
  if (flow.step === 'password') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <h2>New password for {flow.sentToDisplay}</h2>
        <NewPasswordInput
          strength={flow.strength}
          value={flow.password.value}
          onChange={flow.password.onChange}
          errorMessage={flow.password.error ?? undefined}
        />
        <p role="alert">{flow.password.error ? null : flow.error}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Save password
        </button>
        <button type="button" onClick={flow.back}>
          Back
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
        <button type="button" onClick={flow.chooseAnotherRecipient}>
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
      <h2>Forgot your password?</h2>
      {/* `invalid` after a send with a bad number: the input then says why. */}
      <PhoneInput
        value={flow.phone.value}
        onChange={flow.phone.onChange}
        invalid={flow.send.state === 'invalid'}
      />
      <p role="alert">{flow.error ?? flow.send.errorMessage}</p>
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
