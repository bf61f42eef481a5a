import { loadSendPath } from '../send-path/load-send-path.js';
import { normalizeEmail } from './email.js';
import { GenAuthApiError, GenAuthInputError, type GenAuthInputIssue } from './errors.js';
import { PASS_CODE } from './passcode-auth.js';
import type { GenAuthEnvelope } from './types.js';

/** @internal `value` when it is a plain object, else a typed refusal naming `field`. */
export function requireObject(
  value: unknown,
  field: GenAuthInputIssue,
  shape: string,
): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new GenAuthInputError(field, `Expected ${shape}`);
  }
  return value as Record<string, unknown>;
}

/**
 * @internal The (number, calling code) pair stored under `numberKey` / `countryKey` of `payload`,
 * checked like every other phone body (`checkPhoneFields`); a missing code stays absent. The
 * check loads with the code that sends (the endpoint posts right after), so it is async.
 */
export async function checkPhonePair(
  payload: Record<string, unknown>,
  numberKey: string,
  countryKey: string,
): Promise<{ number: string; countryCode: string | undefined }> {
  const { checkPhoneFields } = await loadSendPath();
  const { phoneNumber, phoneCountryCode } = checkPhoneFields(
    payload[numberKey],
    payload[countryKey],
    {
      phoneNumber: numberKey,
      phoneCountryCode: countryKey,
    },
  );
  return { number: phoneNumber, countryCode: phoneCountryCode };
}

/** @internal The 4 to 8 digit code the user received. */
export function checkPassCode(value: unknown, name = 'passCode'): string {
  if (typeof value !== 'string' || !PASS_CODE.test(value)) {
    throw new GenAuthInputError('passCode', `${name} must be the 4 to 8 digit code that was sent`);
  }
  return value;
}

/** @internal A trimmed email address. */
export function checkEmail(value: unknown, name = 'email'): string {
  const email = normalizeEmail(value);
  if (email === undefined) {
    throw new GenAuthInputError('email', `${name} must be an address like name@example.com`);
  }
  return email;
}

/** @internal A one-time token from a verify step: a non-empty string. */
export function checkOneTimeToken(
  value: unknown,
  field: 'passwordResetToken' | 'updatePhoneToken' | 'deleteAccountToken',
): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new GenAuthInputError(field, `${field} must be the token the verify step returned`);
  }
  return value;
}

/** @internal `{ [key]: value }` when `value` is defined, else `{}`: GenAuth gets no empty fields. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** @internal The token a verify step answered with, or a clear error when GenAuth sent none. */
export function tokenFrom(
  envelope: GenAuthEnvelope & { data?: unknown },
  field: 'passwordResetToken' | 'updatePhoneToken' | 'deleteAccountToken',
): string {
  const data = envelope.data as Record<string, unknown> | undefined;
  const token = data?.[field];
  if (typeof token !== 'string' || token === '') {
    throw new GenAuthApiError(`GenAuth answered without a ${field}`, {
      statusCode: 502,
      httpStatus: 200,
      requestId: envelope.requestId,
    });
  }
  return token;
}
