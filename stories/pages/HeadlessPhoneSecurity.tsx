import {
  type SendCodeControl,
  type UsePhoneSecurityFlowResult,
  usePhoneSecurityFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { PhoneInput, VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/**
 * The signed-in user's phone built headlessly on `usePhoneSecurityFlow`, the way a team with its
 * own design system would: the hook owns the actions, their codes and the rules, this component
 * only draws them. Render it under a provider with the user's `accessToken`. Story scaffolding,
 * shown in the phone-security docs page.
 */
export function HeadlessPhoneSecurity({ currentPhone }: { currentPhone: string | null }) {
  const flow = usePhoneSecurityFlow({ currentPhone, defaultCountry: 'CN' });
  return (
    <div className="headless-demo">
      {/* Outside the steps, so it exists before "Phone number changed." fills it. */}
      <p role="status">{flow.step === 'overview' ? flow.notice : null}</p>
      <Step flow={flow} />
    </div>
  );
}

/** The current step or stage (narrow on `step`, then on `stage`). */
function Step({ flow }: { flow: UsePhoneSecurityFlowResult }) {
  if (flow.step === 'overview') {
    return (
      <div className="headless-demo">
        <h2>{flow.phone ? `Your number: ${flow.phoneDisplay}` : 'No phone number'}</h2>
        {flow.phone ? (
          <>
            <button type="button" onClick={flow.startChange}>
              Change
            </button>
            <button type="button" onClick={flow.startUnbind}>
              Remove
            </button>
          </>
        ) : (
          <button type="button" onClick={flow.startBind}>
            Add a number
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
  // A code to the bound number: to remove it, or to prove it is yours before a change.
  if (flow.stage === 'currentCode') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <h2>
          {flow.step === 'unbind' ? 'Remove' : 'Change'} {flow.phoneDisplay}
        </h2>
        <button type="button" onClick={flow.sendCode}>
          {flow.send.hasSent ? 'Resend' : 'Text me a code'}
          <Countdown send={flow.send} />
        </button>
        <p role="status">{flow.send.announcement}</p>
        <VerificationCodeInput
          value={flow.code.value}
          onChange={flow.code.onChange}
          errorMessage={flow.code.error ?? undefined}
        />
        <p role="alert">{flow.code.error ? null : (flow.error ?? flow.send.errorMessage)}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          {flow.step === 'unbind' ? 'Remove number' : 'Continue'}
        </button>
        {cancel}
      </form>
    );
  }
  if (flow.stage === 'newCode') {
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
          {flow.step === 'bind' ? 'Add number' : 'Change number'}
        </button>
        <button type="button" onClick={flow.resendCode}>
          Resend
          <Countdown send={flow.send} />
        </button>
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
      <h2>{flow.step === 'bind' ? 'Add a number' : 'Your new number'}</h2>
      {/* `invalid` after a send with a bad number: the input then says why. */}
      <PhoneInput
        label={flow.step === 'bind' ? undefined : 'New phone number'}
        value={flow.newPhone.value}
        onChange={flow.newPhone.onChange}
        invalid={flow.send.state === 'invalid'}
        errorMessage={flow.newPhone.error ?? undefined}
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
      {cancel}
      <p role="status">{flow.send.announcement}</p>
    </form>
  );
}
