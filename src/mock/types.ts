import type { SmsChannel } from '../core/api/channels.js';
import type { EmailChannel } from '../core/api/email-channels.js';

/**
 * The GenAuth endpoints the mock answers, named after their path under `/api/v3/`, except the
 * two V2 MFA calls, named after their path under `/api/v2/` (`applications/mfa/...`).
 */
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
  | 'delete-account'
  | 'send-enroll-factor-request'
  | 'enroll-factor'
  | 'list-enrolled-factors'
  | 'reset-factor'
  | 'applications/mfa/sms/verify'
  | 'applications/mfa/check';

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
  /** Username, for password sign-in by `username` or `account` (matched exactly). */
  username?: string | undefined;
  /**
   * Password for `connection: 'PASSWORD'` sign-in. Kept in the mock's state (and its storage
   * when persisted) as given: use demo passwords only. @default none (password sign-in fails)
   */
  password?: string | undefined;
  /**
   * The user turned on MFA for themselves: a successful sign-in then answers GenAuth's
   * "second factor needed" (apiCode 1635). `phone` becomes their SMS factor (the answer's
   * `mfaPhone`), `email` their email factor; `{}` has MFA on with nothing bound yet (the flow
   * must bind a phone first). @default MFA off
   */
  mfa?: GenAuthMockMfaSeed | undefined;
}

/** A second factor an app's MFA policy can offer (GenAuth's `applicationMfa[].mfaPolicy`). */
export type GenAuthMockMfaFactorType = 'SMS' | 'EMAIL' | 'OTP' | 'FACE';

/** The app's MFA policy: every sign-in of every user then needs a second factor (apiCode 1636). */
export interface GenAuthMockMfaPolicy {
  /** The factors the app offers, listed in this order in `applicationMfa`. @default ['SMS'] */
  factors?: readonly GenAuthMockMfaFactorType[] | undefined;
}

/** The MFA part of a {@link GenAuthMockUserSeed}. */
export interface GenAuthMockMfaSeed {
  /** National number of the user's SMS factor. */
  phone?: string | undefined;
  /** Country code of `phone`. @default '+86' */
  phoneCountryCode?: string | undefined;
  /** Address of the user's email factor. */
  email?: string | undefined;
}

/**
 * An MFA factor a user enrolled, as `list-enrolled-factors` lists it (authing-node-sdk 4.0.2
 * `FactorDto`: `factorId`, `factorType`, `profile`), plus when it was enrolled.
 */
export interface GenAuthMockFactor {
  /** Random 24-hex-digit id, what `reset-factor` takes. */
  factorId: string;
  /** `SMS` (the only type the mock enrols) or `EMAIL` (from a seed). */
  factorType: 'SMS' | 'EMAIL';
  /** The phone (`phoneNumber`, `phoneCountryCode`) or the `email` of the factor. */
  profile: { phoneNumber: string; phoneCountryCode: string } | { email: string };
  /** ISO date of enrolment, from the mock's clock. */
  createdAt: string;
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
  /** Username, when the user has one. */
  username?: string | undefined;
  /** Whether the user turned on MFA for themselves (seed `mfa`, or an enrolled factor). */
  mfaEnabled?: boolean | undefined;
  /** The user's MFA factors; the SMS one is the `mfaPhone` of the sign-in's MFA answer. */
  mfaFactors?: readonly GenAuthMockFactor[] | undefined;
}

/**
 * How the mock misbehaves instead of applying GenAuth's rules:
 * - `'network'`: the request fails like a connection error (`fetch` rejects with a TypeError).
 * - `'timeout'`: never answers; aborting the request still rejects it with `AbortError`.
 * - `'server-error-html'`: an HTTP 502 (see `httpStatus`) HTML page, as a proxy would send.
 * - `'rate-limit-http'`: HTTP 429 with `Retry-After` and a `statusCode: 429` envelope.
 * - `'business-error'`: HTTP 200 with a non-200 envelope (`statusCode: 500` by default; the V2
 *   MFA calls answer `{ code: statusCode, message }`).
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
