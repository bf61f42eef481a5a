'use client';
import type { SmsChannel } from '../core/api/channels.js';
import type { SendSmsInput, SendSmsResult } from '../core/api/types.js';
import { type ParsedPhone, toSendSmsInput } from '../core/phone/parse.js';
import {
  type SendCodeControl,
  type SendCodeControlOptions,
  type UseSendCodeResult,
  useCodeSendControl,
  useWithRemainingSeconds,
} from './useCodeSendControl.js';
import { sendSmsCooldownKey, sendSmsE164, useSendSmsCore } from './useSendSms.js';

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

/**
 * The behaviour of `<SendCodeButton>` without any markup, for teams who build their own UI.
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
  const input = phone.valid ? toSendSmsInput(phone, channel) : undefined;
  const mutation = useSendSmsCore({ client, cooldownStore, cooldownSeconds, target: input });
  return useCodeSendControl<SendSmsInput, SendSmsResult>({
    input,
    keyOf: sendSmsCooldownKey,
    mutation,
    messages,
    onSent: onSent && ((result, sent) => onSent(result, { phone: sendSmsE164(sent), channel })),
    onError: options.onError,
  });
}
