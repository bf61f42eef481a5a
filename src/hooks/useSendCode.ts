'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { SmsChannel } from '../core/channels.js';
import type { GenAuthClient } from '../core/client.js';
import type { CooldownStore } from '../core/cooldown-store.js';
import { isRateLimitError } from '../core/errors.js';
import { type ParsedPhone, toSendSmsInput } from '../core/phone.js';
import type { SendSmsInput, SendSmsResult } from '../core/types.js';
import { describeSendError } from '../i18n/describe-send-error.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { useCooldownAnnouncement } from './useAnnouncement.js';
import { sendSmsCooldownKey, useSendSms } from './useSendSms.js';

/** What a send-code control shows: `data-state` of `<SendCodeButton>`. */
export type SendCodeState = 'idle' | 'invalid' | 'sending' | 'cooldown' | 'error';

/** Options of {@link useSendCode}. */
export interface UseSendCodeOptions {
  /** What the SMS is for. */
  channel: SmsChannel;
  /** The current phone number, parsed (from `parsePhone` or `<PhoneInput>`'s `onChange`). */
  phone: ParsedPhone;
  /** Messages for errors and announcements. */
  messages: GenAuthMessages;
  /** Cooldown after a success, in seconds. @default 60 */
  cooldownSeconds?: number | undefined;
  /** Called once per SMS actually sent. */
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

/** What {@link useSendCode} returns: everything a send-code UI renders. */
export interface UseSendCodeResult {
  /** The control's state. */
  state: SendCodeState;
  /** Whole seconds before this (channel, number) may get another code. */
  remainingSeconds: number;
  /** True once a code went to this number (the button then says "Resend"). */
  hasSent: boolean;
  /** Sends, unless the number is invalid (then `state` becomes `invalid`) or busy. */
  send: () => void;
  /** The user-facing error, if the last attempt failed; `null` otherwise. */
  errorMessage: string | null;
  /** Polite live-region text: changes only when a cooldown starts or ends. */
  announcement: string;
  /** Forget a failed attempt (e.g. when the number changes). */
  reset: () => void;
}

/**
 * The behaviour of `<SendCodeButton>` without any markup, for teams who build their own UI.
 * @example
 * const { state, send, remainingSeconds } = useSendCode({ channel: 'CHANNEL_LOGIN', phone: parsePhone(value), messages });
 */
export function useSendCode({
  channel,
  phone,
  messages,
  cooldownSeconds,
  onSent,
  onError,
  client,
  cooldownStore,
}: UseSendCodeOptions): UseSendCodeResult {
  const input: SendSmsInput | undefined = phone.valid ? toSendSmsInput(phone, channel) : undefined;
  const key = input ? sendSmsCooldownKey(input) : null;
  const [attemptedInvalid, setAttemptedInvalid] = useState(false);
  const sentKeys = useRef(new Set<string>());
  const callbacks = useRef({ onSent, onError });
  callbacks.current = { onSent, onError };

  const sendSms = useSendSms({ client, cooldownStore, cooldownSeconds, target: input });
  const { mutate, reset: resetMutation } = sendSms;
  const variablesKey = sendSms.variables ? sendSmsCooldownKey(sendSms.variables) : null;
  const isCurrent = key !== null && variablesKey === key;

  if (key && sendSms.isCoolingDown) sentKeys.current.add(key);
  const hasSent = key !== null && sentKeys.current.has(key);
  const rateLimited = isCurrent && isRateLimitError(sendSms.error);

  const announcement = useCooldownAnnouncement(
    sendSms.isCoolingDown,
    !(isCurrent && sendSms.isPending),
    () => (rateLimited ? messages.rateLimited : messages.cooldownStarted)(sendSms.remainingSeconds),
    messages.cooldownEnded,
  );

  const send = useCallback(() => {
    if (!input) {
      setAttemptedInvalid(true);
      return;
    }
    setAttemptedInvalid(false);
    const e164 = `${input.phoneCountryCode ?? '+86'}${input.phoneNumber}`;
    mutate(input, {
      onSuccess: (result) => callbacks.current.onSent?.(result, { phone: e164, channel }),
      onError: (error) => callbacks.current.onError?.(error),
    });
  }, [input, mutate, channel]);

  const errorMessage =
    isCurrent && sendSms.isError ? describeSendError(sendSms.error, messages) : null;
  let state: SendCodeState = 'idle';
  if (isCurrent && sendSms.isPending) state = 'sending';
  else if (sendSms.isCoolingDown) state = 'cooldown';
  else if (attemptedInvalid && !phone.valid) state = 'invalid';
  else if (errorMessage !== null) state = 'error';

  const reset = useCallback(() => {
    setAttemptedInvalid(false);
    resetMutation();
  }, [resetMutation]);

  return useMemo(
    () => ({
      state,
      remainingSeconds: sendSms.remainingSeconds,
      hasSent,
      send,
      errorMessage,
      announcement,
      reset,
    }),
    [state, sendSms.remainingSeconds, hasSent, send, errorMessage, announcement, reset],
  );
}
