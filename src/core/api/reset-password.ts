import { isPasswordAccepted, type PasswordStrength } from '../password/rules.js';
import { confirmedSuccess } from './confirmed-success.js';
import { GenAuthInputError } from './errors.js';
import { checkOneTimeToken, optional, requireObject, tokenFrom } from './flow-fields.js';
import { checkPassCodeVerification, type PassCodeVerification } from './passcode-verification.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** How a password may travel; the kit sends `none` (TLS only) unless you encrypt it yourself. */
export type PasswordEncryptType = 'none' | 'rsa' | 'sm2';

/**
 * Body of `POST /api/v3/verify-reset-password-request`: the code sent on
 * `CHANNEL_RESET_PASSWORD` by SMS (`PHONE_PASSCODE`) or by email (`EMAIL_PASSCODE`).
 */
export type VerifyResetPasswordRequestInput = PassCodeVerification;

/** What `verifyResetPasswordRequest` resolves with. */
export interface VerifyResetPasswordRequestResult extends GenAuthEnvelope {
  /** A one-time token for `resetPassword`, and its lifetime in seconds. */
  data: { passwordResetToken: string; tokenExpiresIn: number };
}

/** Body of `POST /api/v3/reset-password`. */
export interface ResetPasswordInput {
  /** The new password. The kit sends it once and keeps no copy. */
  password: string;
  /** From `verifyResetPasswordRequest`: single use, short-lived. */
  passwordResetToken: string;
  /** Only when you encrypted `password` with GenAuth's public key. @default omitted ('none') */
  passwordEncryptType?: PasswordEncryptType | undefined;
}

/** What `resetPassword` (and the other final account calls) resolve with. */
export interface IsSuccessResult extends GenAuthEnvelope {
  /** `success: true` when the change was made. */
  data: { success: boolean };
}

const ENCRYPT_TYPES: readonly string[] = ['none', 'rsa', 'sm2'];

/** @internal Checks a reset-password body; the password is only checked to be non-empty here. */
export function validateResetPassword(input: ResetPasswordInput): ResetPasswordInput {
  const body = requireObject(input, 'password', '{ password, passwordResetToken }');
  if (typeof body.password !== 'string' || body.password === '') {
    throw new GenAuthInputError('password', 'password must be a non-empty string');
  }
  const encrypt = body.passwordEncryptType;
  if (encrypt !== undefined && !ENCRYPT_TYPES.includes(encrypt as string)) {
    throw new GenAuthInputError('password', "passwordEncryptType must be 'none', 'rsa' or 'sm2'");
  }
  return {
    password: body.password,
    passwordResetToken: checkOneTimeToken(body.passwordResetToken, 'passwordResetToken'),
    ...optional('passwordEncryptType', encrypt as PasswordEncryptType | undefined),
  };
}

/**
 * Forgot password, step 1: `POST /api/v3/verify-reset-password-request`. Spends the
 * `CHANNEL_RESET_PASSWORD` code (SMS or email) and returns a one-time `passwordResetToken`.
 * No access token needed.
 */
export async function verifyResetPasswordRequest(
  transport: GenAuthTransport,
  input: VerifyResetPasswordRequestInput,
  options?: RequestOptions,
): Promise<VerifyResetPasswordRequestResult> {
  return transport.post(
    '/api/v3/verify-reset-password-request',
    await checkPassCodeVerification(input),
    options,
  );
}

/**
 * Forgot password, step 2: `POST /api/v3/reset-password` with the token from step 1. Resolves
 * only when GenAuth confirms (`data.success: true`); any other answer is a `GenAuthApiError`.
 * No access token needed.
 */
export async function resetPassword(
  transport: GenAuthTransport,
  input: ResetPasswordInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const answer = await transport.post<IsSuccessResult>(
    '/api/v3/reset-password',
    validateResetPassword(input),
    options,
  );
  return confirmedSuccess(answer, 'password reset');
}

/** Input of {@link resetPasswordByCode}: the verify step's body plus the new password. */
export interface ResetPasswordByCodeInput {
  /** Step 1's body: the code and where it went. */
  verify: VerifyResetPasswordRequestInput;
  /** The new password. */
  password: string;
  /**
   * Refuse (with `GenAuthInputError`, field `password`) a password below this level before the
   * code is spent: set it to your pool's level so a too-weak password never costs a code.
   * @default undefined (only non-empty is checked; GenAuth judges)
   */
  strength?: PasswordStrength | undefined;
}

/**
 * Both steps in one: verifies the code, then sets the password with the token, which never
 * leaves this function. Both inputs are checked before the first request.
 *
 * @example
 * await resetPasswordByCode(transport, {
 *   verify: { verifyMethod: 'EMAIL_PASSCODE', emailPassCodePayload: { email, passCode } },
 *   password: newPassword,
 * });
 */
export async function resetPasswordByCode(
  transport: GenAuthTransport,
  input: ResetPasswordByCodeInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const body = requireObject(input, 'verifyMethod', '{ verify, password }');
  const verify = await checkPassCodeVerification(body.verify as VerifyResetPasswordRequestInput);
  validateResetPassword({ password: body.password as string, passwordResetToken: 'pending' });
  const strength = body.strength as PasswordStrength | undefined;
  if (strength !== undefined && !isPasswordAccepted(body.password as string, strength)) {
    throw new GenAuthInputError('password', `password does not meet the "${strength}" level`);
  }
  const verified = await verifyResetPasswordRequest(transport, verify, options);
  return resetPassword(
    transport,
    {
      password: body.password as string,
      passwordResetToken: tokenFrom(verified, 'passwordResetToken'),
    },
    options,
  );
}
