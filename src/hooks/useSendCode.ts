'use client';
import type { SmsChannel } from '../core/channels.js';
import type { GenAuthClient } from '../core/client.js';
import type { CooldownStore } from '../core/cooldown-store.js';
import { type ParsedPhone, toSendSmsInput } from '../core/phone.js';
import type { SendSmsInput, SendSmsResult } from '../core/types.js';
import { enUS } from '../i18n/en-US.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { type UseSendCodeResult, useCodeSendControl } from './useCodeSendControl.js';
import { sendSmsCooldownKey, useSendSms } from './useSendSms.js';

/** Options of {@link useSendCode}. */
export interface UseSendCodeOptions {
  /** What the SMS is for. */
  channel: SmsChannel;
  /** The current phone number, parsed (from `parsePhone` or `<PhoneInput>`'s `onChange`). */
  phone: ParsedPhone;
  /** Messages for errors and announcements. @default the en-US messages */
  messages?: GenAuthMessages | undefined;
  /** Cooldown after a success, in seconds. @default 60 */
  cooldownSeconds?: number | undefined;
  /** Called once per SMS actually sent, with the E.164 number. */
  onSent?:
    | ((result: SendSmsResult, details: { phone: string; channel: SmsChannel }) => void)
    | undefined;
  /** Called for every failed send (rate limits included). */
  onError?: ((error: unknown) => void) | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthClient | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
}

const e164Of = (input: SendSmsInput) => `${input.phoneCountryCode ?? '+86'}${input.phoneNumber}`;

/**
 * The behaviour of `<SendCodeButton>` without any markup, for teams who build their own UI.
 * @example
 * const { state, send, remainingSeconds } = useSendCode({ channel: 'CHANNEL_LOGIN', phone: parsePhone(value) });
 */
export function useSendCode(options: UseSendCodeOptions): UseSendCodeResult {
  const { channel, phone, messages, cooldownSeconds, client, cooldownStore, onSent } = options;
  const input = phone.valid ? toSendSmsInput(phone, channel) : undefined;
  const mutation = useSendSms({ client, cooldownStore, cooldownSeconds, target: input });
  return useCodeSendControl<SendSmsInput, SendSmsResult>({
    input,
    keyOf: sendSmsCooldownKey,
    mutation,
    messages: messages ?? enUS,
    onSent: onSent && ((result, sent) => onSent(result, { phone: e164Of(sent), channel })),
    onError: options.onError,
  });
}

export type { SendCodeState, UseSendCodeResult } from './useCodeSendControl.js';
