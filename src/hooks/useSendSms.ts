'use client';
import { GenAuthInputError } from '../core/api/errors.js';
import { sendSms } from '../core/api/send-sms.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import type { SendSmsInput, SendSmsResult } from '../core/api/types.js';
import { cooldownKey } from '../core/cooldown/key.js';
import {
  type CodeMutationCore,
  type CodeMutationOptions,
  type CodeMutationResult,
  type CodeMutationSpec,
  useCodeMutation,
  useCodeMutationCore,
} from './useCodeMutation.js';

/** Options of {@link useSendSms}: TanStack mutation callbacks plus the kit's cooldown options. */
export type UseSendSmsOptions<TContext = unknown> = CodeMutationOptions<
  SendSmsResult,
  SendSmsInput,
  TContext
>;

/** What {@link useSendSms} returns: a TanStack mutation plus `remainingSeconds`/`isCoolingDown`. */
export type UseSendSmsResult<TContext = unknown> = CodeMutationResult<
  SendSmsResult,
  SendSmsInput,
  TContext
>;

/** Mainland China is GenAuth's default when `phoneCountryCode` is omitted. */
const DEFAULT_COUNTRY_CODE = '+86';

/** The full number a send-sms body targets: GenAuth reads a missing country code as `+86`. */
export function sendSmsE164(input: SendSmsInput): string {
  return `${input.phoneCountryCode ?? DEFAULT_COUNTRY_CODE}${input.phoneNumber}`;
}

/** The cooldown key of a send-sms body: (channel, full E.164 number), like the server's rule. */
export function sendSmsCooldownKey(input: SendSmsInput): string {
  return cooldownKey(input.channel, sendSmsE164(input));
}

/** A field as GenAuth takes it, with nothing {@link cooldownKey} would tidy away. */
const KEYABLE_FIELD = /^\+?\w+$/;

/**
 * What the page checks of a send-sms body before keying its cooldown: every field a string
 * with no spaces or separators, which the key would tidy away, so that a body GenAuth would
 * refuse never joins, or is refused as, another number's send. `sendSms` checks the rest (a
 * known channel, a plausible number) before any request, with the code that sends.
 * @throws {GenAuthInputError} naming the first field that is not keyable.
 */
function requireKeyableFields(input: SendSmsInput): SendSmsInput {
  const {
    channel,
    phoneNumber,
    phoneCountryCode = DEFAULT_COUNTRY_CODE,
  } = Object(input) as Record<string, unknown>;
  const fields = { channel, phoneNumber, phoneCountryCode };
  for (const field of Object.keys(fields) as (keyof typeof fields)[]) {
    const value = fields[field];
    if (typeof value !== 'string' || !KEYABLE_FIELD.test(value)) {
      throw new GenAuthInputError(
        field,
        `sendSms needs ${field} as a string without spaces or separators`,
      );
    }
  }
  return input;
}

// Shared by both specs rather than spreading one into the other: the login button's bundle
// must not carry requireKeyableFields through sendSmsSpec.
const mutationKey = ['genauth', 'send-sms'] as const;
const send = (client: GenAuthTransport, input: SendSmsInput) => sendSms(client, input);

const sendSmsSpec: CodeMutationSpec<SendSmsResult, SendSmsInput> = {
  mutationKey,
  validate: requireKeyableFields,
  keyOf: sendSmsCooldownKey,
  send,
};

/**
 * For `useSendCode`, whose bodies are built from a valid parsed number: keyable by
 * construction, so the page carries no check of its own (`sendSms` still checks the body,
 * channel included, before any request).
 */
const parsedPhoneSpec: CodeMutationSpec<SendSmsResult, SendSmsInput> = {
  mutationKey,
  validate: (input) => input,
  keyOf: sendSmsCooldownKey,
  send,
};

/**
 * Sends a verification SMS through GenAuth, at most once per (channel, number) per cooldown.
 * Success starts the cooldown; a 429 syncs it to the server; other errors leave you free to
 * retry. While the number cools down, sending rejects with `CooldownActiveError` (no request);
 * while a send is in flight, further calls join it (no request).
 *
 * @example
 * const sendSms = useSendSms({ onSuccess: () => setStep('code') });
 * sendSms.mutate({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+86' });
 * sendSms.remainingSeconds; // 60, 59, ... after a success
 */
export function useSendSms<TContext = unknown>(
  options?: UseSendSmsOptions<TContext>,
): UseSendSmsResult<TContext> {
  return useCodeMutation(sendSmsSpec, options);
}

/**
 * @internal {@link useSendSms} without per-second renders, for `useSendCode`: it only sends
 * bodies built from a valid parsed number.
 */
export function useSendSmsCore(
  options?: UseSendSmsOptions,
): CodeMutationCore<SendSmsResult, SendSmsInput> {
  return useCodeMutationCore(parsedPhoneSpec, options);
}
