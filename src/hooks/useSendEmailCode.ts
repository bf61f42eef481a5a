'use client';
import {
  type SendEmailInput,
  type SendEmailResult,
  validateSendEmailInput,
} from '../core/api/email.js';
import type { EmailChannel } from '../core/api/email-channels.js';
import { enUSEmail } from '../i18n/en-US/email.js';
import { enUSSendCode } from '../i18n/en-US/send-code.js';
import {
  type SendCodeControl,
  type SendCodeControlOptions,
  type UseSendCodeResult,
  useCodeSendControl,
  useWithRemainingSeconds,
} from './useCodeSendControl.js';
import { sendEmailCooldownKey, useSendEmailCore } from './useSendEmail.js';

/**
 * @internal The built-in English of an email send control and its field, joined once (pure, so
 * unused it drops); `<SendEmailCodeButton>` falls back on it too.
 */
export const enUSEmailControl = /* @__PURE__ */ Object.assign({}, enUSSendCode, enUSEmail);

/** Options of {@link useSendEmailCode}. */
export interface UseSendEmailCodeOptions extends SendCodeControlOptions {
  /** What the email is for. */
  channel: EmailChannel;
  /** The address as typed. */
  email: string;
  /** Called once per email actually sent. */
  onSent?:
    | ((result: SendEmailResult, details: { email: string; channel: EmailChannel }) => void)
    | undefined;
}

function validEmailInput(channel: EmailChannel, email: string): SendEmailInput | undefined {
  try {
    return validateSendEmailInput({ channel, email });
  } catch {
    return undefined;
  }
}

/**
 * The behaviour of `<SendEmailCodeButton>` without markup: the same states, cooldown and
 * single-flight guarantees as `useSendCode`, for an email address.
 */
export function useSendEmailCode(options: UseSendEmailCodeOptions): UseSendCodeResult {
  return useWithRemainingSeconds(useSendEmailCodeControl(options));
}

/** @internal {@link useSendEmailCode} without the live seconds, for `<SendEmailCodeButton>`. */
export function useSendEmailCodeControl(options: UseSendEmailCodeOptions): SendCodeControl {
  const { channel, email, messages, cooldownSeconds, client, cooldownStore, onSent } = options;
  const input = validEmailInput(channel, email);
  const mutation = useSendEmailCore({
    client,
    cooldownStore,
    cooldownSeconds,
    // The field's recipient, or none: a countdown never shows on another number than typed.
    target: input ?? null,
  });
  return useCodeSendControl<SendEmailInput, SendEmailResult>({
    input,
    keyOf: sendEmailCooldownKey,
    mutation,
    messages: messages ?? enUSEmailControl,
    onSent: onSent && ((result, sent) => onSent(result, { email: sent.email, channel })),
    onError: options.onError,
  });
}
