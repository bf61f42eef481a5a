'use client';
import { type KeyboardEvent, type ReactNode, useId, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { SendCodeControls } from '../../components/SendCodeControls.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { enUSEmailControl } from '../../hooks/useSendEmailCode.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** @internal Props of {@link EmailRequestForm}. */
export interface EmailRequestFormProps {
  /** The address field. */
  email: FlowField;
  /** Its send control. */
  send: SendCodeControl;
  /** True when the field's address still holds a usable code. */
  canEnterCode: boolean;
  /** Goes to the code step without a new email. */
  onEnterCode: () => void;
  /** Text of that link. */
  haveCodeText: string;
  /** A refusal about the address from the flow (no account uses it). */
  error: string | null;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The address step of the reset flow, the email twin of `FlowPhoneForm`: the field
 * and its send button, where Enter in the field sends the code (or, while that address cools
 * down with a usable code, goes to the code step).
 */
export function EmailRequestForm(props: EmailRequestFormProps): ReactNode {
  const { email, send, canEnterCode, onEnterCode, unstyled, classNames } = props;
  const messages = useKitMessages(undefined, enUSEmailControl);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const id = useId();
  const cls = kitClassNames(unstyled);
  const invalid = send.state === 'invalid';
  const fieldError = props.error ?? (invalid ? messages.invalidEmail : null);

  const act = () => {
    if (send.state === 'sending') return;
    if (send.state === 'cooldown') {
      if (canEnterCode) onEnterCode();
      return;
    }
    send.send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.target !== inputRef.current) return;
    event.preventDefault();
    act();
  };

  return (
    <form
      className={cls('genauth-flow__form', classNames.form)}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        act();
      }}
    >
      <SendCodeControls
        control={send}
        messages={messages}
        fieldRef={inputRef}
        field={
          <div className={cls('genauth-email-input')}>
            <label htmlFor={`${id}-email`} className={cls('genauth-email-input__label')}>
              {messages.emailLabel}
            </label>
            <input
              ref={inputRef}
              id={`${id}-email`}
              type="email"
              inputMode="email"
              autoComplete="email"
              spellCheck={false}
              value={email.value}
              aria-invalid={fieldError !== null}
              aria-describedby={fieldError !== null ? `${id}-error` : undefined}
              className={cls('genauth-email-input__input')}
              onChange={(event) => email.onChange(event.target.value)}
            />
            {fieldError !== null ? (
              <p id={`${id}-error`} className={cls('genauth-email-input__error')}>
                {fieldError}
              </p>
            ) : null}
          </div>
        }
        invalidMessage={messages.invalidEmail}
        disabled={false}
        unstyled={unstyled}
        classNames={{}}
      />
      {canEnterCode ? (
        <button
          type="button"
          className={cls('genauth-flow__link', classNames.link)}
          onClick={onEnterCode}
        >
          {props.haveCodeText}
        </button>
      ) : null}
    </form>
  );
}
