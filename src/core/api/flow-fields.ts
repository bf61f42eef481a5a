import { normalizeEmail } from './email.js';
import { GenAuthApiError, GenAuthInputError, type GenAuthInputIssue } from './errors.js';
import { PASS_CODE } from './passcode-auth.js';
import type { GenAuthEnvelope } from './types.js';
import { isCountryCode, NATIONAL_NUMBER, preview } from './validate-send-sms.js';

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

/** @internal A national number in digits (no country code). */
export function checkPhoneNumber(value: unknown, name: string): string {
  if (typeof value !== 'string' || !NATIONAL_NUMBER.test(value)) {
    throw new GenAuthInputError(
      'phoneNumber',
      `${name} must be the national number in digits without the country code (got ${preview(value)})`,
    );
  }
  return value;
}

/** @internal An optional `+86`-style calling code: `undefined` when absent. */
export function checkCountryCode(value: unknown, name: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isCountryCode(value)) {
    throw new GenAuthInputError(
      'phoneCountryCode',
      `${name} must look like "+86" (got ${preview(value)})`,
    );
  }
  return value as string;
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
