'use client';
import type { SmsChannel } from '../core/api/channels.js';
import type { SendSmsInput, SendSmsResult } from '../core/api/types.js';
import type { ParsedPhone } from '../core/phone/parse.js';
import { splitE164 } from '../core/phone/split-e164.js';
import { enUSPhone } from '../i18n/en-US/phone.js';
import { enUSSendCode } from '../i18n/en-US/send-code.js';
import {
  type SendCodeControl,
  type SendCodeControlOptions,
  type UseSendCodeResult,
  useCodeSendControl,
  useWithRemainingSeconds,
} from './useCodeSendControl.js';
import { useSendAfterVerdict } from './useSendAfterVerdict.js';
import { sendSmsCooldownKey, sendSmsE164, useSendSmsCore } from './useSendSms.js';

/**
 * @internal The built-in English of an SMS send control and its phone field, joined once (pure,
 * so unused it drops); `<SendCodeButton>` falls back on it too.
 */
export const enUSSmsControl = /* @__PURE__ */ Object.assign({}, enUSSendCode, enUSPhone);

/** Options of {@link useSendCode}. */
export interface UseSendCodeOptions extends SendCodeControlOptions {
  /** What the SMS is for. */
  channel: SmsChannel;
  /** The current phone number, parsed (from `parsePhone` or `<PhoneInput>`'s `onChange`). */
  phone: ParsedPhone;
  /** Called once per SMS actually sent, with the E.164 number. */
  onSent?:
    | ((result: SendSmsResult, details: { phone: string; channel: SmsChannel }) => void)
    | undefined;
}

/** The send-sms body a pending E.164 number would make, for its cooldown key only. */
function pendingInput(channel: SmsChannel, phone: ParsedPhone): SendSmsInput | undefined {
  const parts = phone.pendingE164 === undefined ? undefined : splitE164(phone.pendingE164);
  return parts && { channel, ...parts };
}

/**
 * The behaviour of `<SendCodeButton>` without any markup, for teams who build their own UI.
 * While the phone metadata of the number's calling code loads (`phone.reason === 'pending'`),
 * the hook loads it, re-renders when it arrives, and a click waits for it (state `sending`)
 * before sending, or refusing.
 * @example
 * const { state, send, remainingSeconds } = useSendCode({ channel: 'CHANNEL_LOGIN', phone: parsePhone(value) });
 */
export function useSendCode(options: UseSendCodeOptions): UseSendCodeResult {
  return useWithRemainingSeconds(useSendCodeControl(options));
}

/**
 * @internal {@link useSendCode} without the live seconds, for `<SendCodeButton>`: it re-renders
 * when the state changes, and its countdown text follows the seconds on its own.
 */
export function useSendCodeControl(options: UseSendCodeOptions): SendCodeControl {
  const { channel, phone, messages, cooldownSeconds, client, cooldownStore, onSent } = options;
  // The channel is not checked here, in render: a wrong one (plain JavaScript, a typo) would
  // throw the moment the number became valid and take the page down. sendSms refuses it at the
  // click instead: a GenAuthInputError for `onError`, a visible message, nothing sent.
  const input: SendSmsInput | undefined = phone.valid
    ? { channel, phoneNumber: phone.phoneNumber, phoneCountryCode: phone.phoneCountryCode }
    : undefined;
  const mutation = useSendSmsCore({
    client,
    cooldownStore,
    cooldownSeconds,
    // The field's recipient, or none: a countdown never shows on another number than typed.
    // Before the verdict, an E.164 number is keyed all the same (the key needs no numbering
    // plan), so a running cooldown shows from the first paint; sending still waits for it.
    target: input ?? pendingInput(channel, phone) ?? null,
  });
  const control = useCodeSendControl<SendSmsInput, SendSmsResult>({
    input,
    keyOf: sendSmsCooldownKey,
    mutation,
    messages: messages ?? enUSSmsControl,
    onSent: onSent && ((result, sent) => onSent(result, { phone: sendSmsE164(sent), channel })),
    onError: options.onError,
  });

  return useSendAfterVerdict(phone, control);
}
