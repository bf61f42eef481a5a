import type { PasswordStrength } from '../core/password/rules.js';
import type { MfaStore } from './mfa-store.js';
import type { Outbox } from './outbox.js';
import type { RateLimiter } from './rate-limiter.js';
import type { GenAuthMockMfaFactorType } from './types.js';
import type { UserStore } from './users.js';

/** Settings the endpoints read on every request (some can change at runtime). */
export interface MockSettings {
  appId: string | undefined;
  internationalSms: boolean;
  rateWindowMs: number;
  codeTtlMs: number;
  latencyMs: number;
  /** Lifetime of the one-time tokens of the verify steps (reset, update phone, delete). */
  flowTokenTtlMs: number;
  /** Whether changing a phone also needs a code sent to the current number. */
  verifyOldPhoneOnUpdate: boolean;
  /** The user pool's password level, enforced by `reset-password` and password sign-up. */
  passwordStrength: PasswordStrength;
  /** The app's MFA factors when its policy asks every sign-in for one (apiCode 1636), else none. */
  appMfa: readonly GenAuthMockMfaFactorType[] | undefined;
  /** Lifetime of the `mfaToken` of a sign-in that needs a second factor. */
  mfaTokenTtlMs: number;
}

/** Whose session an access token is, and until when (ms since epoch). */
export interface MockSession {
  userId: string;
  expiresAt: number;
}

/** A one-time token a verify step issued, with what it allows. */
export type MockGrant =
  | { kind: 'reset-password'; userId: string; expiresAt: number }
  | { kind: 'delete-account'; userId: string; expiresAt: number }
  | {
      kind: 'update-phone';
      userId: string;
      expiresAt: number;
      phoneNumber: string;
      phoneCountryCode: string;
    };

/**
 * What the account flows remember, as plain JSON-safe data (no classes, maps or closures) so
 * the whole record can be saved and restored. (Passwords live with the users, see users.ts.)
 */
export interface MockAccountState {
  /** Access tokens the mock's sign-in issued. */
  sessions: Record<string, MockSession>;
  /** Unspent one-time tokens of the verify steps. */
  grants: Record<string, MockGrant>;
  /** When each user (by id) last set a password. */
  passwordSetAt: Record<string, number>;
}

/** An empty {@link MockAccountState}. */
export function emptyAccountState(): MockAccountState {
  return { sessions: {}, grants: {}, passwordSetAt: {} };
}

/**
 * The fields of {@link MockState} that are configuration, not data: never persisted. Every
 * other field is saved by `persist` as it is, so it must be plain JSON data (no maps, classes
 * or closures) or a `PersistablePart` (a store that snapshots and restores itself).
 */
export const MOCK_CONFIG_FIELDS: readonly (keyof MockState)[] = ['settings', 'now', 'generateCode'];

/** Everything an endpoint may read or change. */
export interface MockState {
  settings: MockSettings;
  now: () => number;
  generateCode: () => string;
  outbox: Outbox;
  limiter: RateLimiter;
  users: UserStore;
  /** Sessions, one-time tokens and password dates of the account flows (plain data). */
  accounts: MockAccountState;
  /** Unspent `mfaToken`s of sign-ins waiting for a second factor, and enrolment tokens. */
  mfa: MfaStore;
}

/** Facts about the request an endpoint may need besides its body. */
export interface MockRequestInfo {
  requestId: string;
  /** The app id the client sent (already checked). */
  appId: string;
  /** Origin of the request URL, used as the token issuer. */
  origin: string;
  /** The raw `authorization` header, when the request had one. */
  authorization?: string | undefined;
}
