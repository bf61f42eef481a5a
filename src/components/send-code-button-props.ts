import type { ReactNode } from 'react';
import type { SmsChannel } from '../core/api/channels.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import type { SendSmsResult } from '../core/api/types.js';
import type { CooldownStore } from '../core/cooldown/store.js';
import type { CountryCode } from '../core/phone/parse.js';
import type { SendCodeState } from '../hooks/useCodeSendControl.js';
import type { PhoneChangeDetails } from '../hooks/usePhoneInput.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import type { PhoneInputClassNames } from './PhoneInput.js';

/** What the button's render prop receives. */
export interface SendCodeButtonRenderState {
  /** The control's state (also its `data-state`). */
  state: SendCodeState;
  /** Whole seconds left in the cooldown; 0 when ready. */
  remainingSeconds: number;
  /** True once a code went to this number: time to say "Resend". */
  hasSent: boolean;
}

/** Class names of `<SendCodeButton>`'s parts, added to (or, when `unstyled`, instead of) ours. */
export interface SendCodeButtonClassNames {
  /** The wrapper. */
  root?: string;
  /** The `<PhoneInput>` parts. */
  phoneInput?: PhoneInputClassNames;
  /** The `<button>`. */
  button?: string;
  /** The visible countdown inside the button. */
  countdown?: string;
  /** The polite live region (visually hidden by the default theme). */
  status?: string;
  /** The error alert. */
  error?: string;
}

/** Props every send-code control shares, whatever the code travels by (SMS, email). */
export interface SendCodeCommonProps {
  /**
   * Seconds before the same recipient may get another code on this channel. 0, negative or `NaN` is refused (`console.error` in development) and 60 s
   * applies; above 600 it is capped at 600.
   * @default 60
   */
  cooldownSeconds?: number | undefined;
  /** Override any text. */
  messages?: Partial<GenAuthMessages> | undefined;
  /** Called for each failed send, rate limits included. */
  onError?: ((error: unknown) => void) | undefined;
  /** Disable the input and the button. @default false */
  disabled?: boolean | undefined;
  /** Render structure, `data-*` attributes and your classes only. @default false */
  unstyled?: boolean | undefined;
  /** Class of the wrapper. */
  className?: string | undefined;
  /** Custom button content; the accessible name should stay stable across states. */
  children?: ((render: SendCodeButtonRenderState) => ReactNode) | undefined;
  /** Client instead of the `<GenAuthProvider>`'s. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
  /** Id of the recipient input (labels elsewhere on the page can point at it). */
  id?: string | undefined;
}

/** Props of `<SendCodeButton>` (and, phone aside, of `SendCodeButtonField` in `/form`). */
export interface SendCodeButtonProps extends SendCodeCommonProps {
  /** What the SMS is for, e.g. `CHANNEL_LOGIN`. */
  channel: SmsChannel;
  /** The phone number (E.164, `''` when empty), controlled. */
  phone?: string | undefined;
  /** The initial phone number (E.164), uncontrolled. */
  defaultPhone?: string | undefined;
  /** Called when the number changes, with the E.164 value and the parse result. */
  onPhoneChange?: ((phone: string, details: PhoneChangeDetails) => void) | undefined;
  /** Hide the phone input and send to `phone`/`defaultPhone` (MFA, re-binding a known number). @default false */
  hidePhoneInput?: boolean | undefined;
  /** Country of numbers typed without a `+`. @default 'CN' */
  defaultCountry?: CountryCode | undefined;
  /** Only these countries in the selector. */
  countries?: readonly CountryCode[] | undefined;
  /** Countries listed first in the selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** Label of the phone input. @default messages.phoneLabel */
  phoneLabel?: ReactNode;
  /** Called once for each SMS actually sent. */
  onSent?:
    | ((result: SendSmsResult, details: { phone: string; channel: SmsChannel }) => void)
    | undefined;
  /** Classes of the parts. */
  classNames?: SendCodeButtonClassNames | undefined;
}
