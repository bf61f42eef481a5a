'use client';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import { parsePhoneWith } from '../core/phone/parse.js';
import { useKitMessages } from '../hooks/context.js';
import { usePhoneMetadata } from '../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../hooks/useSendCode.js';
import { useMergedRef } from './merge-refs.js';
import { PhoneInput } from './PhoneInput.js';
import { SendCodeControls } from './SendCodeControls.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/** @internal What a form binding adds to `<SendCodeButton>`'s own props. */
export interface SendCodeButtonViewProps extends SendCodeButtonProps {
  /** Error from a form library, shown on the phone input. */
  fieldError?: string | undefined;
  /** Ref to the phone input, from a form library. */
  phoneRef?: ((node: HTMLInputElement | null) => void) | undefined;
  /** Blur of the phone input, for a form library. */
  onPhoneBlur?: (() => void) | undefined;
}

/** @internal The component itself, once the phone's source (props, state or a form) is settled. */
export function SendCodeButtonView(props: SendCodeButtonViewProps): ReactNode {
  const { channel, hidePhoneInput = false, disabled = false, unstyled = false } = props;
  const { classNames = {}, defaultCountry, countries } = props;
  const messages = useKitMessages(props.messages, enUSSmsControl);
  const [ownPhone, setOwnPhone] = useState(props.defaultPhone ?? '');
  const phone = props.phone ?? ownPhone;
  const metadata = usePhoneMetadata();
  // Once per phone change or arriving piece, not per render.
  const parsed = useMemo(
    () => parsePhoneWith(phone, { defaultCountry, countries }, metadata),
    [phone, defaultCountry, countries, metadata],
  );
  const inputRef = useRef<HTMLInputElement | null>(null);
  const setInputRef = useMergedRef(inputRef, props.phoneRef);

  const sendCode = useSendCodeControl({
    channel,
    phone: parsed,
    messages,
    cooldownSeconds: props.cooldownSeconds,
    onSent: props.onSent,
    onError: props.onError,
    client: props.client,
    cooldownStore: props.cooldownStore,
  });

  const field = hidePhoneInput ? null : (
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
      defaultCountry={defaultCountry}
      countries={countries}
      preferredCountries={props.preferredCountries}
      messages={props.messages}
      disabled={disabled}
      invalid={sendCode.state === 'invalid'}
      errorMessage={props.fieldError}
      unstyled={unstyled}
      classNames={classNames.phoneInput}
    />
  );

  return (
    <SendCodeControls
      control={sendCode}
      messages={messages}
      field={field}
      fieldRef={inputRef}
      invalidMessage={
        parsed.reason === 'unavailable' ? messages.phoneUnavailable : messages.invalidPhone
      }
      disabled={disabled}
      unstyled={unstyled}
      className={props.className}
      classNames={classNames}
    >
      {props.children}
    </SendCodeControls>
  );
}
