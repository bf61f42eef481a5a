'use client';
import { type ReactNode, useId, useRef, useState } from 'react';
import { parsePhone } from '../core/phone.js';
import { useSendCode } from '../hooks/useSendCode.js';
import { resolveMessages } from '../i18n/messages.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';
import { useMergedRef } from './merge-refs.js';
import { PhoneInput } from './PhoneInput.js';
import { SendCodeControls } from './SendCodeControls.js';
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
  const setInputRef = useMergedRef(inputRef, props.phoneRef);
  const cls = kitClassNames(unstyled);

  return (
    <div
      className={cls('genauth-send-code', joinClassNames(props.className, classNames.root))}
      data-state={sendCode.state}
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
          invalid={sendCode.state === 'invalid'}
          errorMessage={props.fieldError}
          unstyled={unstyled}
          classNames={classNames.phoneInput}
        />
      )}
      <SendCodeControls
        control={sendCode}
        messages={messages}
        disabled={disabled}
        onInvalid={() => inputRef.current?.focus()}
        extraError={hidePhoneInput && sendCode.state === 'invalid' ? messages.invalidPhone : null}
        errorId={errorId}
        unstyled={unstyled}
        classNames={classNames}
      >
        {children}
      </SendCodeControls>
    </div>
  );
}
