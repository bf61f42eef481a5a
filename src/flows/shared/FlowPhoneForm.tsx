'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { PhoneInput } from '../../components/PhoneInput.js';
import { SendCodeControls } from '../../components/SendCodeControls.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { enUSSmsControl } from '../../hooks/useSendCode.js';
import type { FlowClassNames } from './flow-props.js';
import type { PhoneCodeStep } from './use-phone-code-step.js';

/** @internal Props of {@link FlowPhoneForm}. */
export interface FlowPhoneFormProps {
  /** The number field. */
  phone: PhoneCodeStep['phone'];
  /** Its send control. */
  send: SendCodeControl;
  /** True when the field's number still holds a usable code. */
  canEnterCode: boolean;
  /** Goes to the code step without a new SMS. */
  onEnterCode: () => void;
  /** Text of that link. */
  haveCodeText: string;
  /** A line above the field. */
  lead?: ReactNode;
  /** Label of the number field. @default the kit's `phoneLabel` */
  phoneLabel?: ReactNode;
  /** A refusal about the number from the flow (taken by another account...): shown on the field, announced. */
  error?: string | null | undefined;
  /** Country of numbers typed without `+`. */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries. */
  countries?: readonly CountryCode[] | undefined;
  /** Countries listed first. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The number step of every phone flow: the phone field and its send button, where
 * Enter in the number sends the code (or, while that number cools down with a usable code,
 * goes to the code step), and "I have a code" when there is one to type.
 */
export function FlowPhoneForm(props: FlowPhoneFormProps): ReactNode {
  const { phone, send, canEnterCode, onEnterCode, unstyled, classNames } = props;
  const messages = useKitMessages(undefined, enUSSmsControl);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const cls = kitClassNames(unstyled);

  const act = () => {
    if (send.state === 'sending') return;
    if (send.state === 'cooldown') {
      if (canEnterCode) onEnterCode();
      return;
    }
    send.send();
  };
  // Enter in the number field; the country selector keeps its own Enter (pick a country).
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
      {props.lead ? (
        <p className={cls('genauth-flow__lead', classNames.lead)}>{props.lead}</p>
      ) : null}
      <SendCodeControls
        control={send}
        messages={messages}
        fieldRef={inputRef}
        field={
          <PhoneInput
            ref={inputRef}
            value={phone.value}
            onChange={(value) => phone.onChange(value)}
            label={props.phoneLabel}
            defaultCountry={props.defaultCountry}
            countries={props.countries}
            preferredCountries={props.preferredCountries}
            invalid={send.state === 'invalid' || Boolean(props.error)}
            errorMessage={props.error ?? undefined}
            unstyled={unstyled}
          />
        }
        invalidMessage={
          phone.parsed.reason === 'unavailable' ? messages.phoneUnavailable : messages.invalidPhone
        }
        disabled={false}
        unstyled={unstyled}
        classNames={{}}
      />
      {/* The field shows the flow's refusal, but its text is no live region: said here when it
          arrives (a code refused because another account has the number lands on this step). */}
      <p role="alert" className={cls('genauth-visually-hidden')}>
        {props.error}
      </p>
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
