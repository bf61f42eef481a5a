'use client';
import type { GenAuthError } from '../core/api/errors.js';
import type { SendEnrollFactorRequestInput } from '../core/api/mfa-factors.js';
import type { ParsedPhone } from '../core/phone/parse.js';
import { splitE164 } from '../core/phone/split-e164.js';
import {
  type SendCodeControl,
  type SendCodeControlOptions,
  useCodeSendControl,
} from './useCodeSendControl.js';
import { useSendAfterVerdict } from './useSendAfterVerdict.js';
import { enUSSmsControl } from './useSendCode.js';
import {
  enrollFactorCooldownKey,
  useSendEnrollFactorRequestCore,
} from './useSendEnrollFactorRequest.js';

/** @internal Options of {@link useEnrollFactorSendControl}. */
export interface EnrollFactorSendControlOptions extends SendCodeControlOptions {
  /** The number on screen, parsed. */
  phone: ParsedPhone;
  /** Called once per SMS actually sent, with the `enrollmentToken` and the E.164 number. */
  onSent?: ((enrollmentToken: string, details: { phone: string }) => void) | undefined;
  /** Words a failed send (the control's `errorMessage`); the kit's send texts otherwise. */
  describeError?: ((error: GenAuthError) => string) | undefined;
}

const bodyOf = (phoneNumber: string, phoneCountryCode: string): SendEnrollFactorRequestInput => ({
  factorType: 'SMS',
  profile: { phoneNumber, phoneCountryCode },
});

/** The E.164 number of a body built by this control (it always has the calling code). */
const e164Of = ({ profile }: SendEnrollFactorRequestInput) =>
  `${profile.phoneCountryCode ?? '+86'}${profile.phoneNumber}`;

/** The enrolment body a pending E.164 number would make, for its cooldown key only. */
function pendingInput(phone: ParsedPhone): SendEnrollFactorRequestInput | undefined {
  const parts = phone.pendingE164 === undefined ? undefined : splitE164(phone.pendingE164);
  return parts && bodyOf(parts.phoneNumber, parts.phoneCountryCode);
}

/**
 * @internal The send control of an SMS-factor enrolment: the same states, announcements,
 * countdown, single flight and 429 handling as `useSendCode`'s, driving
 * `useSendEnrollFactorRequest` instead of `send-sms` (the cooldown key is the one a `send-sms` on
 * `CHANNEL_BIND_MFA` to the number has). Feed it to `<SendCodeControls>` or the flows' forms.
 */
export function useEnrollFactorSendControl(
  options: EnrollFactorSendControlOptions,
): SendCodeControl {
  const { phone, messages, cooldownSeconds, client, cooldownStore, onSent, describeError } =
    options;
  const input = phone.valid ? bodyOf(phone.phoneNumber, phone.phoneCountryCode) : undefined;
  const mutation = useSendEnrollFactorRequestCore({
    client,
    cooldownStore,
    cooldownSeconds,
    // The countdown belongs to the number on screen, never to another after an edit.
    target: input ?? pendingInput(phone) ?? null,
  });
  const control = useCodeSendControl<SendEnrollFactorRequestInput, string>({
    input,
    keyOf: enrollFactorCooldownKey,
    mutation,
    messages: messages ?? enUSSmsControl,
    // The number it went to, not the field's: the user may have edited it meanwhile.
    onSent: onSent && ((token, sent) => onSent(token, { phone: e164Of(sent) })),
    onError: options.onError,
  });
  const worded =
    describeError && control.errorMessage !== null && mutation.error
      ? { ...control, errorMessage: describeError(mutation.error) }
      : control;
  return useSendAfterVerdict(phone, worded);
}
