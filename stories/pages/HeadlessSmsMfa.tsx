import {
  type SendCodeControl,
  type UseSmsMfaFlowResult,
  useSendCodeSeconds,
  useSmsMfaFlow,
} from '../../src/flows/index.js';
import { PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * Two-step verification by SMS built headlessly on `useSmsMfaFlow`, the way a team with its own
 * design system would: the hook owns the setting, the enrolment code and its one-minute token,
 * the cooldown and the rules; this component only draws them. Render it under a provider with
 * the user's `accessToken`. Story scaffolding, shown in the SMS MFA docs page.
 */
export function HeadlessSmsMfa({ defaultPhone }: { defaultPhone?: string | undefined }) {
  const flow = useSmsMfaFlow({ defaultPhone, defaultCountry: 'CN' });
  return (
    <div className="headless-demo">
      {/* Outside the steps, so it exists before "Two-step verification is on." fills it. */}
      <p role="status">{flow.step === 'overview' ? flow.notice : null}</p>
      <Step flow={flow} />
    </div>
  );
}

/** The current step (narrow on `step`). */
function Step({ flow }: { flow: UseSmsMfaFlowResult }) {
  if (flow.step === 'loading') return <p>Loading…</p>;
  if (flow.step === 'unavailable') {
    return (
      <div className="headless-demo">
        <p role="alert">{flow.error}</p>
        <button type="button" onClick={flow.retry}>
          Retry
        </button>
      </div>
    );
  }
  if (flow.step === 'overview') {
    return (
      <div className="headless-demo" data-state={flow.enabled ? 'on' : 'off'}>
        <h2>{flow.enabled ? `SMS codes go to ${flow.maskedPhone}` : 'Two-step sign-in is off'}</h2>
        {flow.enabled ? (
          <button type="button" onClick={flow.turnOff}>
            Stop texting me codes
          </button>
        ) : (
          <button type="button" onClick={flow.turnOn}>
            Text me a code at sign-in
          </button>
        )}
      </div>
    );
  }
  const cancel = (
    <button type="button" onClick={flow.cancel}>
      Cancel
    </button>
  );
  if (flow.step === 'confirmOff') {
    return (
      <div className="headless-demo">
        <h2>Stop texting codes to {flow.maskedPhone}?</h2>
        <p role="alert">{flow.error}</p>
        <button
          type="button"
          aria-disabled={flow.isPending || undefined}
          onClick={() => void flow.confirm()}
        >
          Yes, stop
        </button>
        {cancel}
      </div>
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
        {/* `expired`: the code's minute is over; only a new code (Resend) helps. */}
        <p role="alert">{flow.code.error ? null : (flow.error ?? flow.send.errorMessage)}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Confirm
        </button>
        <button type="button" onClick={flow.resendCode}>
          Resend
          <Countdown send={flow.send} />
        </button>
        <p role="status">{flow.send.announcement}</p>
        <button type="button" onClick={flow.chooseAnotherNumber}>
          Another number
        </button>
        {cancel}
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
      <h2>Which number gets your codes?</h2>
      {/* `invalid` after a send with a bad number: the input then says why. */}
      <PhoneInput
        value={flow.phone.value}
        onChange={flow.phone.onChange}
        invalid={flow.send.state === 'invalid'}
        errorMessage={flow.phone.error ?? undefined}
      />
      <p role="alert">{flow.send.errorMessage}</p>
      <button type="submit" aria-disabled={flow.send.state === 'cooldown' || undefined}>
        Text me a code
        <Countdown send={flow.send} />
      </button>
      <p role="status">{flow.send.announcement}</p>
      {cancel}
    </form>
  );
}
