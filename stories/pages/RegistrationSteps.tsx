import { useId } from 'react';
import { type Control, Controller, type UseFormReturn } from 'react-hook-form';
import { SendCodeButtonField } from '../../src/form/index.js';
import { type GenAuthUser, VerificationCodeInput } from '../../src/index.js';
import { usePageText } from './i18n/use-page-text.js';
import type { RegistrationValues } from './registration-steps.js';

const CODE_LENGTH = 6;

/** Props of {@link PhoneStep}. */
export interface PhoneStepProps {
  /** The flow's form. */
  control: Control<RegistrationValues>;
  /** A code already went to the number in the field: offer to go on without a new SMS. */
  canContinue: boolean;
  /** A code was sent, to this E.164 number. */
  onSent: (phone: string) => void;
}

/** Step 1: the number, kept in the form, and the kit's send button with its cooldown. */
export function PhoneStep({ control, canContinue, onSent }: PhoneStepProps) {
  const text = usePageText();
  return (
    <>
      <p className="genauth-flow__lead">{text.registration.phoneLead}</p>
      <SendCodeButtonField
        control={control}
        name="phone"
        channel="CHANNEL_REGISTER"
        onSent={(_, sent) => onSent(sent.phone)}
      />
      {canContinue ? (
        <button type="submit" className="genauth-flow__button">
          {text.common.continue}
        </button>
      ) : null}
    </>
  );
}

/** Props of {@link CodeStep}. */
export interface CodeStepProps {
  /** The flow's form. */
  control: Control<RegistrationValues>;
  /** Where the code went (E.164). */
  sentTo: string;
  /** Six digits are in. */
  onComplete: () => void;
  /** Back to the phone step. */
  onBack: () => void;
}

/** Step 2: the texted code. GenAuth checks it with the sign-up, at the end. */
export function CodeStep({ control, sentTo, onComplete, onBack }: CodeStepProps) {
  const text = usePageText().common;
  return (
    <>
      <p className="genauth-flow__hint">{text.enterCodeSentTo(sentTo)}</p>
      <Controller
        control={control}
        name="code"
        rules={{
          validate: (code) => code.length === CODE_LENGTH || text.codeIncomplete(CODE_LENGTH),
        }}
        render={({ field, fieldState }) => (
          <VerificationCodeInput
            length={CODE_LENGTH}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            onComplete={onComplete}
            errorMessage={fieldState.error?.message}
            autoFocus
          />
        )}
      />
      <div className="genauth-flow__actions">
        <button
          type="button"
          className="genauth-flow__button genauth-flow__button--secondary"
          onClick={onBack}
        >
          {text.back}
        </button>
        <button type="submit" className="genauth-flow__button">
          {text.continue}
        </button>
      </div>
    </>
  );
}

/** Props of {@link ProfileStep}. */
export interface ProfileStepProps {
  /** The flow's form. */
  form: UseFormReturn<RegistrationValues>;
  /** The sign-up request is on its way. */
  isPending: boolean;
  /** Why GenAuth refused the sign-up (other than the code), or `null`. */
  error: string | null;
  /** Back to the code step. */
  onBack: () => void;
}

/** Step 3: the profile, sent with the code in one sign-up request. */
export function ProfileStep({ form, isPending, error, onBack }: ProfileStepProps) {
  const id = useId();
  const text = usePageText();
  const fieldError = form.formState.errors.nickname?.message;
  return (
    <>
      <div className="genauth-flow__field">
        <label htmlFor={id} className="genauth-flow__label">
          {text.registration.nickname}
        </label>
        <input
          id={id}
          className="genauth-flow__input"
          autoComplete="nickname"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          {...form.register('nickname', {
            validate: (nickname) => nickname.trim() !== '' || text.registration.nicknameRequired,
          })}
        />
        {fieldError ? (
          <p id={`${id}-error`} role="alert" className="genauth-flow__error">
            {fieldError}
          </p>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="genauth-flow__error">
          {error}
        </p>
      ) : null}
      <div className="genauth-flow__actions">
        <button
          type="button"
          className="genauth-flow__button genauth-flow__button--secondary"
          onClick={onBack}
        >
          {text.common.back}
        </button>
        <button type="submit" className="genauth-flow__button" disabled={isPending}>
          {text.registration.createAccount}
        </button>
      </div>
    </>
  );
}

/** Props of {@link DoneStep}. */
export interface DoneStepProps {
  /** The user GenAuth created. */
  user: GenAuthUser;
}

/** Step 4: the new account. */
export function DoneStep({ user }: DoneStepProps) {
  const text = usePageText().registration;
  const nickname = typeof user.nickname === 'string' ? user.nickname : '';
  return (
    <>
      <p className="genauth-flow__lead">{text.welcome(nickname)}</p>
      <dl className="genauth-flow__result">
        <dt>{text.userId}</dt>
        <dd>{user.userId}</dd>
        <dt>{text.phone}</dt>
        <dd>
          {user.phoneCountryCode} {user.phone}
        </dd>
      </dl>
    </>
  );
}
