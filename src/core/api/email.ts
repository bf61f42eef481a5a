import { type EmailChannel, isEmailChannel } from './email-channels.js';
import { GenAuthInputError } from './errors.js';
import { preview } from './preview.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** Body of `POST /api/v3/send-email`. */
export interface SendEmailInput {
  /** What the email is for; one of the 11 {@link EmailChannel}s. */
  channel: EmailChannel;
  /** The address to send the code to. */
  email: string;
}

/** What `client.sendEmail` resolves with: GenAuth's envelope with `statusCode: 200`. */
export type SendEmailResult = GenAuthEnvelope;

/** Longest address RFC 5321 allows in a path. */
const MAX_EMAIL_LENGTH = 254;
/** Deliberately loose: one `@`, a dot in the domain, no spaces. The server is the real judge. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** @internal The trimmed address when it looks like one (loose: the server judges), else undefined. */
export function normalizeEmail(value: unknown): string | undefined {
  const email = typeof value === 'string' ? value.trim() : '';
  return email.length <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(email) ? email : undefined;
}

/**
 * @internal Checks a send-email body before any request; trims the address.
 * @throws {GenAuthInputError}
 */
export function validateSendEmailInput(input: SendEmailInput): SendEmailInput {
  if (input === null || typeof input !== 'object') {
    throw new GenAuthInputError('email', 'sendEmail needs { channel, email }');
  }
  if (!isEmailChannel(input.channel)) {
    throw new GenAuthInputError('channel', `Unknown email channel ${preview(input.channel)}`);
  }
  const email = normalizeEmail(input.email);
  if (email === undefined) {
    throw new GenAuthInputError('email', 'email must be an address like name@example.com');
  }
  return { channel: input.channel, email };
}

/**
 * Sends a verification email: `POST {appHost}/api/v3/send-email`, same envelope and errors as SMS.
 *
 * @example await sendEmail(transport, { channel: 'CHANNEL_LOGIN', email: 'ada@example.com' })
 */
export async function sendEmail(
  transport: GenAuthTransport,
  input: SendEmailInput,
  options?: RequestOptions,
): Promise<SendEmailResult> {
  return transport.post('/api/v3/send-email', validateSendEmailInput(input), options);
}
