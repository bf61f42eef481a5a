'use client';
import type { ReactNode } from 'react';
import { SendCodeButtonView } from './SendCodeButtonView.js';
import type { SendCodeButtonProps } from './send-code-button-props.js';

/**
 * A phone input and a "Send code" button wired to GenAuth: one click on a valid number sends one
 * SMS and starts that number's cooldown (persisted across reloads and tabs); a server rate
 * limit shows as the countdown, other errors as a message with the button ready to retry.
 * Enter in the phone field sends too when sending is the next step (a valid number, no
 * cooldown, nothing on its way), and then does not submit a surrounding form; otherwise the
 * page's own Enter stands (a host form's submit during the cooldown).
 * Inside a react-hook-form form, use `SendCodeButtonField` from `genauth-sms-react/form`.
 *
 * @example
 * <SendCodeButton channel="CHANNEL_LOGIN" onSent={(_, { phone }) => setPhone(phone)} />
 */
export function SendCodeButton(props: SendCodeButtonProps): ReactNode {
  return <SendCodeButtonView {...props} />;
}
