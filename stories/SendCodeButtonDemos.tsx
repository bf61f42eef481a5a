import { useId, useState, useSyncExternalStore } from 'react';
import { type FieldErrors, type Resolver, type UseFormRegister, useForm } from 'react-hook-form';
import { storyMock, usesRealGenAuth } from '../.storybook/genauth.js';
import { SendCodeButtonField } from '../src/form/index.js';
import {
  cooldownKey,
  createCooldownStore,
  PhoneInput,
  phoneRules,
  SendCodeButton,
  type SendCodeButtonProps,
} from '../src/index.js';

/** Story args of the demos. */
type DemoProps = SendCodeButtonProps;

/** The newest code the mock "texted", so a person clicking through a story can type it. */
function MockInbox() {
  const code = useSyncExternalStore(
    (onChange) => storyMock.subscribe(onChange),
    () => storyMock.outbox.at(-1)?.code,
  );
  if (usesRealGenAuth || code === undefined) return null;
  return <p className="story-note">The mock phone received the code {code}.</p>;
}

/**
 * One number, two purposes: a controlled `<PhoneInput>` feeds two buttons that hide their own
 * input. Each (channel, number) pair has its own cooldown, as on the server.
 */
export function TwoChannelsDemo(props: DemoProps) {
  const [phone, setPhone] = useState('');
  return (
    <div className="story-stack">
      <PhoneInput
        value={phone}
        onChange={(value) => setPhone(value)}
        defaultCountry={props.defaultCountry}
        messages={props.messages}
      />
      <div className="story-columns">
        <SendCodeButton
          {...props}
          channel="CHANNEL_LOGIN"
          phone={phone}
          hidePhoneInput
          messages={{ sendCode: 'Send sign-in code', resendCode: 'Resend sign-in code' }}
        />
        <SendCodeButton
          {...props}
          channel="CHANNEL_RESET_PASSWORD"
          phone={phone}
          hidePhoneInput
          messages={{ sendCode: 'Send reset code', resendCode: 'Resend reset code' }}
        />
      </div>
    </div>
  );
}

/** The values of the registration form. */
export interface RegistrationValues {
  /** E.164, `''` when empty. */
  phone: string;
  /** The texted code. */
  code: string;
}

const CODE_PATTERN = /^\d{6}$/;

/**
 * The code input. A component of its own so that it registers after the phone: react-hook-form
 * focuses the first invalid field in registration order, and the phone comes first on screen.
 */
function CodeField({
  register,
  error,
}: {
  register: UseFormRegister<RegistrationValues>;
  error: string | undefined;
}) {
  const id = useId();
  return (
    <div className="story-form__field">
      <label htmlFor={id} className="story-form__label">
        Verification code
      </label>
      <input
        id={id}
        className="story-form__input"
        inputMode="numeric"
        autoComplete="one-time-code"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register('code')}
      />
      {error ? (
        <p id={`${id}-error`} className="story-form__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A sign-up form: `<SendCodeButtonField control name>` keeps the phone in react-hook-form, a code
 * field and a submit button complete it. A small resolver validates both fields, the phone
 * with the same `phoneRules` the kit's `<PhoneField>` uses.
 */
export function RegistrationFormDemo(props: DemoProps) {
  const phoneCheck = phoneRules({ required: true, messages: props.messages });
  const resolver: Resolver<RegistrationValues> = async (values) => {
    const errors: FieldErrors<RegistrationValues> = {};
    // A promise while the phone's metadata loads: the resolver waits for the verdict.
    const phone = await phoneCheck.validate(values.phone);
    if (phone !== true) errors.phone = { type: 'validate', message: phone };
    if (!CODE_PATTERN.test(values.code)) {
      const message =
        values.code === '' ? 'Enter the 6-digit code we texted you.' : 'The code has 6 digits.';
      errors.code = { type: 'pattern', message };
    }
    return Object.keys(errors).length === 0 ? { values, errors: {} } : { values: {}, errors };
  };
  const { control, register, handleSubmit, formState } = useForm<RegistrationValues>({
    defaultValues: { phone: '', code: '' },
    resolver,
  });
  const [submitted, setSubmitted] = useState<RegistrationValues | null>(null);
  const onSubmit = handleSubmit((values) => setSubmitted(values));

  return (
    <form noValidate onSubmit={onSubmit} className="story-form" aria-label="Create an account">
      <SendCodeButtonField {...props} control={control} name="phone" />
      <CodeField register={register} error={formState.errors.code?.message} />
      <MockInbox />
      <button type="submit" className="story-form__submit">
        Create account
      </button>
      <output aria-label="Submitted values" className="story-form__result">
        {submitted ? JSON.stringify(submitted, null, 2) : ''}
      </output>
    </form>
  );
}

/**
 * What a reload (or a second tab) looks like: the number already has a cooldown running in the
 * store, so the button starts in `cooldown` without sending anything.
 */
export function AlreadyCoolingDownDemo(props: DemoProps & { remainingSeconds?: number }) {
  const { remainingSeconds = 45, ...rest } = props;
  const phone = rest.phone ?? rest.defaultPhone ?? '+8613800138000';
  const [store] = useState(() => {
    // Memory only and off the page-wide broadcast channel: the demo's cooldown stays its own.
    const memoryStore = createCooldownStore({ storage: null, broadcastChannel: false });
    memoryStore.start(cooldownKey(rest.channel, phone), remainingSeconds * 1000);
    return memoryStore;
  });
  return <SendCodeButton {...rest} defaultPhone={phone} cooldownStore={store} />;
}
