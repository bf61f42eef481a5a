import type { SmsChannel } from '../core/api/channels.js';
import type { EmailChannel } from '../core/api/email-channels.js';

/** The GenAuth V3 endpoints the mock answers, named after their path under `/api/v3/`. */
export type GenAuthMockEndpoint =
  | 'send-sms'
  | 'send-email'
  | 'signin'
  | 'signup'
  | 'pre-check-code'
  | 'verify-reset-password-request'
  | 'reset-password'
  | 'bind-phone'
  | 'unbind-phone'
  | 'verify-update-phone-request'
  | 'update-phone'
  | 'verify-delete-account-request'
  | 'delete-account';

/** An SMS the mock "sent": what the phone would have received. */
export interface GenAuthMockSms {
  /** Discriminates SMS from email in the outbox. */
  type: 'sms';
  /** The channel the code was requested for. */
  channel: SmsChannel;
  /** National number as the request sent it, e.g. `13800138000`. */
  phoneNumber: string;
  /** The request's `phoneCountryCode`, or `+86` when it had none (GenAuth's default). */
  phoneCountryCode: string;
  /** The generated verification code (6 digits unless `generateCode` says otherwise). */
  code: string;
  /** When it was sent, from the mock's clock (ms since epoch). */
  sentAt: number;
  /** `requestId` of the send request that produced it. */
  requestId: string;
}

/** An email the mock "sent". */
export interface GenAuthMockEmail {
  /** Discriminates email from SMS in the outbox. */
  type: 'email';
  /** The channel the code was requested for. */
  channel: EmailChannel;
  /** Recipient, lower-cased (GenAuth treats addresses case-insensitively). */
  email: string;
  /** The generated verification code. */
  code: string;
  /** When it was sent, from the mock's clock (ms since epoch). */
  sentAt: number;
  /** `requestId` of the send request that produced it. */
  requestId: string;
}

/** One entry of the mock's outbox. */
export type GenAuthMockMessage = GenAuthMockSms | GenAuthMockEmail;

/**
 * Whose inbox to look in: a mainland number (`'13800138000'`, i.e. `+86`), an email address
 * (anything containing `@`), or an explicit phone with its country code.
 */
export type GenAuthMockRecipient =
  | string
  | { phoneNumber: string; phoneCountryCode?: string | undefined }
  | { email: string };

/** A user to pre-register, so that passcode sign-in works without signing up first. */
export interface GenAuthMockUserSeed {
  /** National phone number, e.g. `13800138000`. */
  phone?: string | undefined;
  /** Country code of `phone`. @default '+86' */
  phoneCountryCode?: string | undefined;
  /** Email address (matched case-insensitively). */
  email?: string | undefined;
  /** Fixed user id, handy for assertions. @default a random 24-hex-digit id */
  userId?: string | undefined;
  /** Extra profile fields (nickname, gender, ...) echoed in sign-up data. @default {} */
  profile?: Readonly<Record<string, unknown>> | undefined;
}

/** A user known to the mock (pre-seeded or signed up). */
export interface GenAuthMockUser {
  /** GenAuth-style 24-hex-digit id. */
  userId: string;
  /** National phone number, when the user has one. */
  phone: string | undefined;
  /** Country code of `phone` (`+86` by default), when the user has a phone. */
  phoneCountryCode: string | undefined;
  /** Lower-cased email, when the user has one. */
  email: string | undefined;
  /** ISO date of creation, from the mock's clock. */
  createdAt: string;
  /** Profile fields given at sign-up or in the seed. */
  profile: Readonly<Record<string, unknown>>;
}

/**
 * How the mock misbehaves instead of applying GenAuth's rules:
 * - `'network'`: the request fails like a connection error (`fetch` rejects with a TypeError).
 * - `'timeout'`: never answers; aborting the request still rejects it with `AbortError`.
 * - `'server-error-html'`: an HTTP 502 (see `httpStatus`) HTML page, as a proxy would send.
 * - `'rate-limit-http'`: HTTP 429 with `Retry-After` and a `statusCode: 429` envelope.
 * - `'business-error'`: HTTP 200 with a non-200 envelope (`statusCode: 500` by default).
 * - `'invalid-json'`: HTTP 200, `application/json`, but a truncated body.
 */
export type GenAuthMockFailureMode =
  | 'network'
  | 'timeout'
  | 'server-error-html'
  | 'rate-limit-http'
  | 'business-error'
  | 'invalid-json';

/** A failure mode with its details. */
export interface GenAuthMockFailure {
  /** What goes wrong. */
  mode: GenAuthMockFailureMode;
  /** Endpoints that fail; the others keep working. @default all of them */
  endpoints?: readonly GenAuthMockEndpoint[] | undefined;
  /** Fail only the next `times` matching requests, then recover. @default Infinity */
  times?: number | undefined;
  /**
   * `'rate-limit-http'`: the `Retry-After` value, in seconds.
   * @default the rate window (`rateWindowMs`), in whole seconds
   */
  retryAfterSeconds?: number | undefined;
  /** `'server-error-html'`: the HTTP status. @default 502 */
  httpStatus?: number | undefined;
  /** `'business-error'`: the envelope's `statusCode`. @default 500 */
  statusCode?: number | undefined;
  /**
   * `'business-error'`: the envelope's `message`.
   * @default 'System busy, please try again later'
   */
  message?: string | undefined;
  /** `'business-error'`: the envelope's `apiCode`. @default 1000 */
  apiCode?: number | string | undefined;
}

/** A failure mode name, a detailed failure, or several (the first matching one applies). */
export type GenAuthMockFailureInput =
  | GenAuthMockFailureMode
  | GenAuthMockFailure
  | readonly (GenAuthMockFailureMode | GenAuthMockFailure)[];
