import { useStoryDemo } from '../../.storybook/story-demo.js';

import {
  type SendCodeControl,
  usePhoneSignInFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { PhoneInput, VerificationCodeInput } from '../../src/index.js';
import { HeadlessMfa } from './HeadlessMfa.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * Sign-in by SMS built headlessly on `usePhoneSignInFlow`, the way a team with its own design
 * system would: the hook owns the steps and the rules, this component only draws them. Story
 * scaffolding, shown in the sign-in docs page.
 */
export function HeadlessSignIn() {
  const { resumeStore } = useStoryDemo();
  const flow = usePhoneSignInFlow({ resumeStore, defaultCountry: 'CN' });

  if (flow.step === 'done') return <h2>Welcome back ({flow.tokens.token_type} token)</h2>;
  if (flow.step === 'mfa') return <HeadlessMfa key={flow.mfa.attempt} session={flow.mfa} />;
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
          Sign in
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
      <h2>Sign in with your phone</h2>
      <PhoneInput value={flow.phone.value} onChange={flow.phone.onChange} />
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
