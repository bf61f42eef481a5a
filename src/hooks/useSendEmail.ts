'use client';
import {
  type SendEmailInput,
  type SendEmailResult,
  sendEmail,
  validateSendEmailInput,
} from '../core/api/email.js';
import { cooldownKey } from '../core/cooldown/key.js';
import {
  type CodeMutationCore,
  type CodeMutationOptions,
  type CodeMutationResult,
  type CodeMutationSpec,
  useCodeMutation,
  useCodeMutationCore,
} from './useCodeMutation.js';

/** Options of {@link useSendEmail}; the same as `useSendSms`'s. */
export type UseSendEmailOptions<TContext = unknown> = CodeMutationOptions<
  SendEmailResult,
  SendEmailInput,
  TContext
>;

/** What {@link useSendEmail} returns: a mutation plus `remainingSeconds`/`isCoolingDown`. */
export type UseSendEmailResult<TContext = unknown> = CodeMutationResult<
  SendEmailResult,
  SendEmailInput,
  TContext
>;

/** The cooldown key of a send-email body: (channel, address), like the server's rule. */
export function sendEmailCooldownKey(input: SendEmailInput): string {
  return cooldownKey(input.channel, input.email, 'email');
}

const sendEmailSpec: CodeMutationSpec<SendEmailResult, SendEmailInput> = {
  mutationKey: ['genauth', 'send-email'],
  validate: validateSendEmailInput,
  keyOf: sendEmailCooldownKey,
  send: (client, input) => sendEmail(client, input),
};

/**
 * Sends a verification email through GenAuth, under the same one-per-minute rule per
 * (channel, address) and with the same guarantees as `useSendSms`.
 *
 * @example
 * const sendEmail = useSendEmail();
 * sendEmail.mutate({ channel: 'CHANNEL_LOGIN', email: 'ada@example.com' });
 */
export function useSendEmail<TContext = unknown>(
  options?: UseSendEmailOptions<TContext>,
): UseSendEmailResult<TContext> {
  return useCodeMutation(sendEmailSpec, options);
}

/** @internal {@link useSendEmail} without per-second renders, for `useSendEmailCode`. */
export function useSendEmailCore(
  options?: UseSendEmailOptions,
): CodeMutationCore<SendEmailResult, SendEmailInput> {
  return useCodeMutationCore(sendEmailSpec, options);
}
