import {
  type MfaSession,
  type SendCodeControl,
  useMfaStep,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * The second-factor step of a headless sign-in (`flow.step === 'mfa'`): `useMfaStep(flow.mfa)`,
 * then narrow on `mfa.stage`. Render it with `key={flow.mfa.attempt}`. Story scaffolding
 * shared by the headless sign-ins.
 */
export function HeadlessMfa({ session }: { session: MfaSession }) {
  const mfa = useMfaStep(session);
  const back = (
    <button type="button" onClick={mfa.restart}>
      Start again
    </button>
  );
  if (mfa.stage === 'unsupported') {
    return (
      <div className="headless-demo">
        <h2>This account needs {mfa.methods.join(', ')}</h2>
        {back}
      </div>
    );
  }
  if (mfa.stage === 'phone') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          mfa.send.send();
        }}
      >
        <h2>A phone for your second step</h2>
        <PhoneInput
          value={mfa.phone.value}
          onChange={mfa.phone.onChange}
          errorMessage={mfa.error ?? undefined}
        />
        <p role="alert">{mfa.send.errorMessage}</p>
        <button type="submit" aria-disabled={mfa.send.state === 'cooldown' || undefined}>
          Text me a code
          <Countdown send={mfa.send} />
        </button>
        {back}
      </form>
    );
  }
  return (
    <form
      className="headless-demo"
      onSubmit={(event) => {
        event.preventDefault();
        void mfa.submit();
      }}
    >
      <h2>Second step: code to {mfa.to}</h2>
      <VerificationCodeInput
        value={mfa.code.value}
        onChange={mfa.code.onChange}
        onComplete={(code) => void mfa.submit(code)}
        errorMessage={mfa.code.error ?? undefined}
      />
      <p role="alert">{mfa.code.error ? null : (mfa.error ?? mfa.send.errorMessage)}</p>
      <button type="submit">Verify</button>
      <button type="button" onClick={mfa.send.send}>
        {mfa.send.hasSent ? 'Resend' : 'Text me the code'}
        <Countdown send={mfa.send} />
      </button>
      <p role="status">{mfa.send.announcement}</p>
      {back}
    </form>
  );
}
