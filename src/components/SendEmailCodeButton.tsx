'use client';
import { type ReactNode, useId, useRef, useState } from 'react';
import type { SendEmailResult } from '../core/api/email.js';
import type { EmailChannel } from '../core/api/email-channels.js';
import { useKitMessages } from '../hooks/context.js';
import { enUSEmailControl, useSendEmailCodeControl } from '../hooks/useSendEmailCode.js';
import { kitClassNames } from './join-class-names.js';
import { SendCodeControls } from './SendCodeControls.js';
import type { SendCodeButtonClassNames, SendCodeCommonProps } from './send-code-button-props.js';

/** Class names of `<SendEmailCodeButton>`'s parts. */
export interface SendEmailCodeButtonClassNames
  extends Omit<SendCodeButtonClassNames, 'phoneInput'> {
  /** The email field's label. */
  label?: string;
  /** The email `<input>`. */
  input?: string;
}

/** Props of {@link SendEmailCodeButton}. */
export interface SendEmailCodeButtonProps extends SendCodeCommonProps {
  /** What the email is for, e.g. `CHANNEL_LOGIN`. */
  channel: EmailChannel;
  /** The address, controlled. */
  email?: string | undefined;
  /** The initial address, uncontrolled. @default '' */
  defaultEmail?: string | undefined;
  /** Called as the address is typed. */
  onEmailChange?: ((email: string) => void) | undefined;
  /** Hide the input and send to `email`/`defaultEmail` (a known address). @default false */
  hideEmailInput?: boolean | undefined;
  /** Label of the email input. @default messages.emailLabel */
  emailLabel?: ReactNode;
  /** Called once for each email actually sent. */
  onSent?:
    | ((result: SendEmailResult, details: { email: string; channel: EmailChannel }) => void)
    | undefined;
  /** Classes of the parts. */
  classNames?: SendEmailCodeButtonClassNames | undefined;
}

/**
 * `<SendCodeButton>` for email: an address field and a "Send code" button with the same
 * one-per-minute cooldown (per channel and address), single-flight sending and accessibility.
 *
 * @example
 * <SendEmailCodeButton channel="CHANNEL_RESET_PASSWORD" onSent={(_, { email }) => setEmail(email)} />
 */
export function SendEmailCodeButton(props: SendEmailCodeButtonProps): ReactNode {
  const { channel, disabled = false, unstyled = false, hideEmailInput = false } = props;
  const { classNames = {} } = props;
  const messages = useKitMessages(props.messages, enUSEmailControl);
  const [ownEmail, setOwnEmail] = useState(props.defaultEmail ?? '');
  const email = props.email ?? ownEmail;
  const inputRef = useRef<HTMLInputElement | null>(null);
  const baseId = useId();
  const inputId = props.id ?? `${baseId}-email`;
  const hintId = `${baseId}-hint`;

  const control = useSendEmailCodeControl({
    channel,
    email,
    messages,
    cooldownSeconds: props.cooldownSeconds,
    onSent: props.onSent,
    onError: props.onError,
    client: props.client,
    cooldownStore: props.cooldownStore,
  });
  const isInvalid = control.state === 'invalid';
  const cls = kitClassNames(unstyled);

  const field = hideEmailInput ? null : (
    <div className={cls('genauth-email-input')}>
      <label htmlFor={inputId} className={cls('genauth-email-input__label', classNames.label)}>
        {props.emailLabel ?? messages.emailLabel}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        disabled={disabled}
        aria-invalid={isInvalid}
        aria-describedby={isInvalid ? hintId : undefined}
        className={cls('genauth-email-input__input', classNames.input)}
        onChange={(event) => {
          if (props.email === undefined) setOwnEmail(event.target.value);
          props.onEmailChange?.(event.target.value);
        }}
      />
      {isInvalid ? (
        <p id={hintId} className={cls('genauth-email-input__error')}>
          {messages.invalidEmail}
        </p>
      ) : null}
    </div>
  );

  return (
    <SendCodeControls
      control={control}
      messages={messages}
      field={field}
      fieldRef={inputRef}
      invalidMessage={messages.invalidEmail}
      disabled={disabled}
      unstyled={unstyled}
      className={props.className}
      classNames={classNames}
    >
      {props.children}
    </SendCodeControls>
  );
}
