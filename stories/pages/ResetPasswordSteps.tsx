import {
  NewPasswordInput,
  SendCodeButton,
  SendEmailCodeButton,
  VerificationCodeInput,
} from '../../src/index.js';
import { usePageText } from './i18n/use-page-text.js';

/** How the user gets the code. */
export type ResetMethod = 'phone' | 'email';

/** Step 1: phone or email, and the kit's send button for `CHANNEL_RESET_PASSWORD`. */
export function RequestStep(props: {
  method: ResetMethod;
  onMethodChange: (method: ResetMethod) => void;
  email: string;
  onEmailChange: (email: string) => void;
  phone: string;
  onPhoneChange: (phone: string) => void;
  onSent: (to: string) => void;
}) {
  const text = usePageText().resetPassword;
  return (
    <>
      <fieldset className="genauth-flow__choice">
        <legend className="genauth-flow__label">{text.methodLabel}</legend>
        {(['phone', 'email'] as const).map((method) => (
          <label key={method} className="genauth-flow__option">
            <input
              type="radio"
              name="reset-method"
              value={method}
              checked={props.method === method}
              onChange={() => props.onMethodChange(method)}
            />
            {method === 'phone' ? text.byPhone : text.byEmail}
          </label>
        ))}
      </fieldset>
      {props.method === 'phone' ? (
        <SendCodeButton
          channel="CHANNEL_RESET_PASSWORD"
          phone={props.phone}
          onPhoneChange={props.onPhoneChange}
          onSent={(_, sent) => props.onSent(sent.phone)}
        />
      ) : (
        <SendEmailCodeButton
          channel="CHANNEL_RESET_PASSWORD"
          email={props.email}
          onEmailChange={props.onEmailChange}
          onSent={(_, sent) => props.onSent(sent.email)}
        />
      )}
    </>
  );
}

/** Step 2: the code, checked with `preCheckCode` (which does not spend it) on "Continue". */
export function CodeStep(props: {
  sentTo: string;
  code: string;
  onCodeChange: (code: string) => void;
  onComplete: (code: string) => void;
  error: string | null;
  isChecking: boolean;
  onBack: () => void;
}) {
  const text = usePageText();
  return (
    <>
      <p className="genauth-flow__hint">{text.resetPassword.codeSentTo(props.sentTo)}</p>
      <VerificationCodeInput
        length={6}
        value={props.code}
        onChange={props.onCodeChange}
        onComplete={props.onComplete}
        errorMessage={props.error}
        autoFocus
      />
      {props.isChecking ? (
        <p className="genauth-flow__hint">{text.resetPassword.checking}</p>
      ) : null}
      <div className="genauth-flow__actions">
        <button
          type="button"
          className="genauth-flow__button genauth-flow__button--secondary"
          onClick={props.onBack}
        >
          {text.common.back}
        </button>
        <button type="submit" className="genauth-flow__button" disabled={props.isChecking}>
          {text.common.continue}
        </button>
      </div>
    </>
  );
}

/** Step 3: the new password, with the pool's rules shown. */
export function PasswordStep(props: {
  password: string;
  onPasswordChange: (password: string) => void;
  error: string | null;
  isSaving: boolean;
}) {
  const text = usePageText().resetPassword;
  return (
    <>
      <NewPasswordInput
        strength="low"
        value={props.password}
        onChange={props.onPasswordChange}
        errorMessage={props.error}
        autoFocus
      />
      <button type="submit" className="genauth-flow__button" disabled={props.isSaving}>
        {props.isSaving ? text.saving : text.submit}
      </button>
    </>
  );
}
