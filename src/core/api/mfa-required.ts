import { GenAuthApiError } from './errors.js';

/** apiCode of a sign-in that needs a second factor because the app's MFA policy says so. */
export const MFA_REQUIRED_BY_APP = 1636;
/** apiCode of a sign-in that needs a second factor because the user turned MFA on. */
export const MFA_REQUIRED_BY_USER = 1635;

/** One factor the app offers (`ApplicationMfaDto`): `mfaPolicy` is `'SMS'`, `'EMAIL'`, `'OTP'`, `'FACE'`. */
export interface GenAuthMfaPolicy {
  /** The factor: `'SMS'`, `'EMAIL'`, `'OTP'`, `'FACE'`. */
  mfaPolicy: string;
  /** 1 when turned on. */
  status: number;
  /** Display order. */
  sort: number;
}

/**
 * What GenAuth told about a sign-in that needs a second factor (authing-node-sdk
 * `GetMfaInfoDataDto`), without the MFA token, which {@link GenAuthMfaRequiredError} keeps apart.
 */
export interface GenAuthMfaChallenge {
  /** `'app'` for the app's MFA policy (apiCode 1636), `'user'` for the user's own (1635). */
  requiredBy: 'app' | 'user';
  /** The number second-factor codes go to, national digits; absent when the user has none. */
  mfaPhone: string | undefined;
  /** Calling code of `mfaPhone` (`+86` style); absent for mainland numbers. */
  mfaPhoneCountryCode: string | undefined;
  /** The address second-factor emails go to, when the user has one. */
  mfaEmail: string | undefined;
  /** The user's nickname, for a greeting. */
  nickname: string | undefined;
  /** The user's username. */
  username: string | undefined;
  /** The factors the app has turned on (`status === 1`), in GenAuth's order: `['SMS', 'OTP']`. */
  methods: readonly string[];
}

/** Longest MFA token the kit accepts: a JWT of GenAuth's is well under 2 kB. */
const MAX_TOKEN_LENGTH = 4096;
/** Printable ASCII only: the token becomes an `authorization` header value. */
const TOKEN = /^[\x21-\x7e]+$/;
const NATIONAL_DIGITS = /^\d{4,14}$/;
const COUNTRY_CODE = /^\+[1-9]\d{0,2}$/;

function text(value: unknown, max = 256): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= max ? value : undefined;
}

/** The turned-on factors of `applicationMfa`, sorted; anything malformed is left out. */
function methodsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (entry): entry is GenAuthMfaPolicy =>
        entry !== null &&
        typeof entry === 'object' &&
        typeof entry.mfaPolicy === 'string' &&
        entry.status === 1,
    )
    .sort((a, b) => (Number(a.sort) || 0) - (Number(b.sort) || 0))
    .map((entry) => entry.mfaPolicy);
}

/**
 * A sign-in was right, but GenAuth asks for a second factor before it gives tokens (apiCode
 * 1636: the app's policy; 1635: the user's own). `challenge` says where a code can go; the
 * sign-in flows continue with `verifyMfaSms`.
 *
 * `mfaToken` authorises that second step. It is not enumerable, so logging or serialising the
 * error does not print it; keep it in memory for that one call and never store it.
 */
export class GenAuthMfaRequiredError extends GenAuthApiError {
  /** Where the second factor can go, as GenAuth said. */
  declare readonly challenge: GenAuthMfaChallenge;
  /** The MFA token for `verifyMfaSms` / `checkMfaBindable` (not enumerable). */
  declare readonly mfaToken: string;

  constructor(refusal: GenAuthApiError, challenge: GenAuthMfaChallenge, mfaToken: string) {
    super('GenAuth needs a second verification step for this sign-in', {
      statusCode: refusal.statusCode,
      apiCode: refusal.apiCode,
      requestId: refusal.requestId,
      httpStatus: refusal.httpStatus,
      retryAfterMs: refusal.retryAfterMs,
    });
    this.name = 'GenAuthMfaRequiredError';
    this.challenge = challenge;
    Object.defineProperty(this, 'mfaToken', { value: mfaToken, enumerable: false });
  }
}

/**
 * @internal The `refine` hook of the sign-in calls: a 1635/1636 refusal whose `data` carries a
 * usable MFA token becomes a {@link GenAuthMfaRequiredError}; anything else (no data, a token
 * that could not be a header value) stays the plain `GenAuthApiError`, so a broken answer is
 * reported as one instead of starting a step that cannot succeed.
 */
export function mfaRefusal(error: GenAuthApiError, body: Record<string, unknown>): Error {
  const code = Number(error.apiCode);
  if (code !== MFA_REQUIRED_BY_APP && code !== MFA_REQUIRED_BY_USER) return error;
  const data = body.data;
  if (data === null || typeof data !== 'object') return error;
  const info = data as Record<string, unknown>;
  const token = info.mfaToken;
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !TOKEN.test(token)) {
    return error;
  }
  const mfaPhone =
    typeof info.mfaPhone === 'string' && NATIONAL_DIGITS.test(info.mfaPhone)
      ? info.mfaPhone
      : undefined;
  const countryCode = info.mfaPhoneCountryCode;
  return new GenAuthMfaRequiredError(
    error,
    {
      requiredBy: code === MFA_REQUIRED_BY_APP ? 'app' : 'user',
      mfaPhone,
      mfaPhoneCountryCode:
        mfaPhone !== undefined && typeof countryCode === 'string' && COUNTRY_CODE.test(countryCode)
          ? countryCode
          : undefined,
      mfaEmail: text(info.mfaEmail),
      nickname: text(info.nickname),
      username: text(info.username),
      methods: methodsOf(info.applicationMfa),
    },
    token,
  );
}
