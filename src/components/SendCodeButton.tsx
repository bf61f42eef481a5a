'use client';
import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { SendCodeButtonField } from './SendCodeButtonField.js';
import { SendCodeButtonView } from './SendCodeButtonView.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/**
 * A phone input and a "Send code" button wired to GenAuth: one click on a valid number sends one
 * SMS and starts that number's cooldown (persisted across reloads and tabs); a server rate
 * limit shows as the countdown, other errors as a message with the button ready to retry.
 *
 * @example
 * <SendCodeButton channel="CHANNEL_LOGIN" onSent={(_, { phone }) => setPhone(phone)} />
 */
export function SendCodeButton<TFieldValues extends FieldValues = FieldValues>(
  props: SendCodeButtonProps<TFieldValues>,
): ReactNode {
  if (props.control && props.name) {
    return <SendCodeButtonField {...props} control={props.control} name={props.name} />;
  }
  return <SendCodeButtonView {...(props as SendCodeButtonProps)} />;
}
