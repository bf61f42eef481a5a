import { GenAuthApiError, GenAuthInputError } from './errors.js';
import { checkPassCode, checkPhonePair, requireObject } from './flow-fields.js';
import type { GenAuthTokenSet } from './passcode-auth.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** Verifying the second factor of a sign-in by SMS (the official MFA component's `verifySms`). */
export interface VerifyMfaSmsInput {
  /** From the `GenAuthMfaRequiredError` of the sign-in; sent as `authorization: Bearer <mfaToken>`. */
  mfaToken: string;
  /** The number the `CHANNEL_VERIFY_MFA` code went to, national digits. */
  phone: string;
  /** Its calling code (`+86` style); optional for mainland China. */
  phoneCountryCode?: string | undefined;
  /** The code the user received. */
  code: string;
}

/**
 * The signed-in user as GenAuth's V2 MFA calls return it: a V2 user whose `token` is the
 * user's ID token (a JWT) and `tokenExpiredAt` its expiry.
 */
export interface GenAuthMfaUser {
  /** GenAuth user id. */
  id: string;
  /** The user's ID token. */
  token: string;
  /** When `token` expires (an ISO date string as GenAuth sends it). */
  tokenExpiredAt?: string | undefined;
  /** Any other user field (`phone`, `email`, `nickname`, ...). */
  [field: string]: unknown;
}

/** What `verifyMfaSms` resolves with: the V2 answer `{ code: 200, message, data }`. */
export interface VerifyMfaSmsResult extends GenAuthEnvelope {
  /** 200. */
  code: number;
  /** The signed-in user with their token. */
  data: GenAuthMfaUser;
}

/** Asking whether a number may become the user's MFA phone. */
export interface CheckMfaBindableInput {
  /** From the `GenAuthMfaRequiredError` of the sign-in. */
  mfaToken: string;
  /** The number to bind, national digits. */
  phone: string;
  /** Its calling code; sent only when it is not mainland China's `+86`. */
  phoneCountryCode?: string | undefined;
}

/** An MFA token is a header value: printable ASCII, at most 4 kB. */
function checkMfaToken(value: unknown): string {
  if (typeof value !== 'string' || !/^[\x21-\x7e]{1,4096}$/.test(value)) {
    throw new GenAuthInputError(
      'mfaToken',
      'mfaToken must be the token of the MFA-required answer',
    );
  }
  return value;
}

/**
 * Sign-in, second factor by SMS: `POST /api/v2/applications/mfa/sms/verify` with
 * `{ phone, code, phoneCountryCode }` and `authorization: Bearer <mfaToken>`, exactly as GenAuth's
 * MFA component sends it (the code was sent by `send-sms` on `CHANNEL_VERIFY_MFA`). Resolves with
 * the V2 user and their `token` only when GenAuth answers `code: 200` with a token; anything else
 * is a `GenAuthApiError` (a 200 without a token: 502).
 */
export async function verifyMfaSms(
  transport: GenAuthTransport,
  input: VerifyMfaSmsInput,
  options?: RequestOptions,
): Promise<VerifyMfaSmsResult> {
  const given = requireObject(input, 'mfaToken', '{ mfaToken, phone, code }');
  const mfaToken = checkMfaToken(given.mfaToken);
  const phone = await checkPhonePair(given, 'phone', 'phoneCountryCode');
  const code = checkPassCode(given.code, 'code');
  const answer = await transport.post<VerifyMfaSmsResult>(
    '/api/v2/applications/mfa/sms/verify',
    { phone: phone.number, code, phoneCountryCode: phone.countryCode },
    { signal: options?.signal, mfaToken, reading: { v2: true } },
  );
  const user = answer.data as Partial<GenAuthMfaUser> | null | undefined;
  if (typeof user?.token !== 'string' || user.token === '' || typeof user.id !== 'string') {
    throw new GenAuthApiError('GenAuth confirmed the second factor without a user token', {
      statusCode: 502,
      httpStatus: 200,
      requestId: answer.requestId,
    });
  }
  return answer;
}

/**
 * Whether a number may become the MFA phone of the user signing in:
 * `POST /api/v2/applications/mfa/check` with `{ phone }` (and `phoneCountryCode` outside `+86`)
 * and `authorization: Bearer <mfaToken>`, as the official SDKs' `mfaCheck` /
 * `phoneOrEmailBindable`. Resolves `true` when GenAuth says it can be bound (`data: true`, or
 * `data.result: true` as some SDKs read it), `false` otherwise.
 */
export async function checkMfaBindable(
  transport: GenAuthTransport,
  input: CheckMfaBindableInput,
  options?: RequestOptions,
): Promise<boolean> {
  const given = requireObject(input, 'mfaToken', '{ mfaToken, phone }');
  const mfaToken = checkMfaToken(given.mfaToken);
  const phone = await checkPhonePair(given, 'phone', 'phoneCountryCode');
  const body =
    phone.countryCode === undefined || phone.countryCode === '+86'
      ? { phone: phone.number }
      : { phone: phone.number, phoneCountryCode: phone.countryCode };
  const answer = await transport.post<GenAuthEnvelope & { data?: unknown }>(
    '/api/v2/applications/mfa/check',
    body,
    { signal: options?.signal, mfaToken, reading: { v2: true } },
  );
  const data = answer.data;
  return (
    data === true ||
    (data !== null && typeof data === 'object' && 'result' in data
      ? (data as { result: unknown }).result === true
      : false)
  );
}

/**
 * The token set `onSignedIn` receives after a second factor: GenAuth's V2 answer carries one
 * token, the user's ID token, which GenAuth's APIs take as the bearer (`authorization`), so it
 * is both `id_token` and `access_token`; `expires_in` counts from `now` to `tokenExpiredAt`
 * (0 when GenAuth gave no readable date).
 */
export function tokensFromMfaUser(user: GenAuthMfaUser, now: number): GenAuthTokenSet {
  const expiresAt = typeof user.tokenExpiredAt === 'string' ? Date.parse(user.tokenExpiredAt) : NaN;
  return {
    access_token: user.token,
    id_token: user.token,
    token_type: 'Bearer',
    expires_in: Number.isFinite(expiresAt) ? Math.max(0, Math.floor((expiresAt - now) / 1000)) : 0,
  };
}
