'use client';
import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { parsePhone } from '../core/phone.js';
import { useSendCode } from '../hooks/useSendCode.js';
import { resolveMessages } from '../i18n/messages.js';
import { dataFlag, joinClassNames } from './join-class-names.js';
import { PhoneInput } from './PhoneInput.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/** @internal The component itself, once the phone's source (props, state or a form) is settled. */
export function SendCodeButtonView(props: SendCodeButtonProps): ReactNode {
  const { channel, hidePhoneInput = false, disabled = false, unstyled = false } = props;
  const { classNames = {}, children, locale = 'en-US' } = props;
  const messages = resolveMessages(locale, props.messages);
  const [ownPhone, setOwnPhone] = useState(props.defaultPhone ?? '');
  const phone = props.phone ?? ownPhone;
  const parsed = parsePhone(phone, { defaultCountry: props.defaultCountry });
  const inputRef = useRef<HTMLInputElement | null>(null);
  const errorId = `${useId()}-error`;

  const sendCode = useSendCode({
    channel,
    phone: parsed,
    messages,
    cooldownSeconds: props.cooldownSeconds,
    onSent: props.onSent,
    onError: props.onError,
    client: props.client,
    cooldownStore: props.cooldownStore,
  });
  const { state, remainingSeconds, hasSent, errorMessage, announcement } = sendCode;
  const isBusy = disabled || state === 'sending' || state === 'cooldown';

  const { phoneRef } = props;
  const setInputRef = useCallback(
    (node: HTMLInputElement | null) => {
      inputRef.current = node;
      phoneRef?.(node);
    },
    [phoneRef],
  );

  const onClick = () => {
    if (isBusy) return;
    if (!parsed.valid) inputRef.current?.focus();
    sendCode.send();
  };

  const invalidWithoutInput = hidePhoneInput && state === 'invalid' ? messages.invalidPhone : null;
  const alertText = errorMessage ?? invalidWithoutInput;
  const cls = (own: string, extra: string | undefined) => joinClassNames(!unstyled && own, extra);
  const label = hasSent ? messages.resendCode : messages.sendCode;

  return (
    <div
      className={cls('genauth-send-code', joinClassNames(props.className, classNames.root))}
      data-state={state}
      data-disabled={dataFlag(disabled)}
    >
      {hidePhoneInput ? null : (
        <PhoneInput
          id={props.id}
          ref={setInputRef}
          value={phone}
          onChange={(value, details) => {
            if (props.phone === undefined) setOwnPhone(value);
            props.onPhoneChange?.(value, details);
          }}
          onBlur={props.onPhoneBlur}
          label={props.phoneLabel}
          defaultCountry={props.defaultCountry}
          countries={props.countries}
          preferredCountries={props.preferredCountries}
          locale={locale}
          messages={props.messages}
          disabled={disabled}
          invalid={state === 'invalid'}
          errorMessage={props.fieldError}
          unstyled={unstyled}
          classNames={classNames.phoneInput}
        />
      )}
      <button
        type="button"
        className={cls('genauth-send-code__button', classNames.button)}
        data-state={state}
        // aria-disabled, not disabled: the button keeps focus and still says why it waits.
        aria-disabled={isBusy || undefined}
        aria-describedby={alertText ? errorId : undefined}
        onClick={onClick}
      >
        {children ? (
          children({ state, remainingSeconds, hasSent })
        ) : (
          <>
            <span className={cls('genauth-send-code__label', undefined)}>{label}</span>
            {state === 'sending' ? (
              <span aria-hidden="true" className={cls('genauth-send-code__spinner', undefined)} />
            ) : null}
            {state === 'cooldown' ? (
              // Hidden from the accessible name, which must not change every second.
              <span
                aria-hidden="true"
                className={cls('genauth-send-code__countdown', classNames.countdown)}
              >
                {messages.countdown(remainingSeconds)}
              </span>
            ) : null}
          </>
        )}
      </button>
      <span
        role="status"
        className={cls('genauth-send-code__status genauth-visually-hidden', classNames.status)}
      >
        {announcement}
      </span>
      <p id={errorId} role="alert" className={cls('genauth-send-code__error', classNames.error)}>
        {alertText}
      </p>
    </div>
  );
}
