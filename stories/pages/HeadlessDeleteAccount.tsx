import { useStoryDemo } from '../../.storybook/story-demo.js';

import {
  type SendCodeControl,
  useDeleteAccountFlow,
  useSendCodeSeconds,
} from '../../src/flows/index.js';
import { VerificationCodeInput } from '../../src/index.js';

/** The seconds left on the send control, in a leaf of its own: only it re-renders each second. */
function Countdown({ send }: { send: SendCodeControl }) {
  const seconds = useSendCodeSeconds(send);
  return seconds > 0 ? <span aria-hidden="true"> ({seconds} s)</span> : null;
}

/** Props of {@link HeadlessDeleteAccount}: the signed-in user as the app knows them. */
export interface HeadlessDeleteAccountProps {
  /** Their phone (E.164): the code goes there. */
  phone: string | null;
  /** Their email: the code goes there when they have no phone. */
  email: string | null;
}

/**
 * Account deletion built headlessly on `useDeleteAccountFlow`, the way a team with its own
 * design system would: the hook owns the steps and the rules (the code to the user's own phone
 * or email, the deletion token never in state, done only when GenAuth confirms), this
 * component only draws them. Render it under a provider with the user's `accessToken`. Story
 * scaffolding, shown in the delete-account docs page.
 */
export function HeadlessDeleteAccount({ phone, email }: HeadlessDeleteAccountProps) {
  const { resumeStore } = useStoryDemo();
  const flow = useDeleteAccountFlow({ phone, email, resumeStore });

  if (flow.step === 'done') return <h2>Your account is gone</h2>;
  if (flow.step === 'code') {
    return (
      <form
        className="headless-demo"
        onSubmit={(event) => {
          event.preventDefault();
          void flow.submit();
        }}
      >
        <h2>A code to {flow.recipient} deletes the account</h2>
        <button type="button" onClick={flow.sendCode}>
          {flow.send.hasSent ? 'Resend' : `${flow.by === 'sms' ? 'Text' : 'Email'} me a code`}
          <Countdown send={flow.send} />
        </button>
        <p role="status">{flow.send.announcement}</p>
        {/* No onComplete: deleting an account waits for the button. */}
        <VerificationCodeInput
          value={flow.code.value}
          onChange={flow.code.onChange}
          errorMessage={flow.code.error ?? undefined}
        />
        <p role="alert">{flow.code.error ? null : (flow.error ?? flow.send.errorMessage)}</p>
        <button type="submit" aria-disabled={flow.isPending || undefined}>
          Delete for good
        </button>
        <button type="button" onClick={flow.cancel}>
          Keep my account
        </button>
      </form>
    );
  }
  return (
    <div className="headless-demo">
      <h2>Delete your account</h2>
      {flow.recipient === null ? (
        <p>Add a phone or an email first: the code that confirms goes there.</p>
      ) : (
        <button type="button" onClick={flow.start}>
          Delete my account…
        </button>
      )}
    </div>
  );
}
