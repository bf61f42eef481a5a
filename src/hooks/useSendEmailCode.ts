'use client';
import type { GenAuthClient } from '../core/client.js';
import { cooldownKey } from '../core/cooldown-key.js';
import type { CooldownStore } from '../core/cooldown-store.js';
import {
  type SendEmailInput,
  type SendEmailResult,
  validateSendEmailInput,
} from '../core/email.js';
import type { EmailChannel } from '../core/email-channels.js';
import { enUS } from '../i18n/en-US.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { type UseSendCodeResult, useCodeSendControl } from './useCodeSendControl.js';
import { useSendEmail } from './useSendEmail.js';

/** Options of {@link useSendEmailCode}. */
export interface UseSendEmailCodeOptions {
  /** What the email is for. */
  channel: EmailChannel;
  /** The address as typed. */
  email: string;
  /** Texts for errors and announcements. @default the en-US messages */
  messages?: GenAuthMessages | undefined;
  /** Cooldown after a success, in seconds. @default 60 */
  cooldownSeconds?: number | undefined;
  /** Called once per email actually sent. */
  onSent?:
    | ((result: SendEmailResult, details: { email: string; channel: EmailChannel }) => void)
    | undefined;
  /** Called for every failed send (rate limits included). */
  onError?: ((error: unknown) => void) | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthClient | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
}

function validEmailInput(channel: EmailChannel, email: string): SendEmailInput | undefined {
  try {
    return validateSendEmailInput({ channel, email });
  } catch {
    return undefined;
  }
}

const emailKey = (input: SendEmailInput) => cooldownKey(input.channel, input.email, 'email');

/**
 * The behaviour of `<SendEmailCodeButton>` without markup: the same states, cooldown and
 * single-flight guarantees as `useSendCode`, for an email address.
 */
export function useSendEmailCode(options: UseSendEmailCodeOptions): UseSendCodeResult {
  const { channel, email, messages, cooldownSeconds, client, cooldownStore, onSent } = options;
  const input = validEmailInput(channel, email);
  const mutation = useSendEmail({ client, cooldownStore, cooldownSeconds, target: input });
  return useCodeSendControl<SendEmailInput, SendEmailResult>({
    input,
    keyOf: emailKey,
    mutation,
    messages: messages ?? enUS,
    onSent: onSent && ((result, sent) => onSent(result, { email: sent.email, channel })),
    onError: options.onError,
  });
}
