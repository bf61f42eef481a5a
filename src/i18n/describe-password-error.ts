import { GenAuthApiError, GenAuthInputError } from '../core/api/errors.js';
import type { NewPasswordMessages } from './messages.js';

/**
 * The text for a password GenAuth (or the kit) refused, or `null` when `error` is not about the
 * password. GenAuth's SDK docs publish no apiCode for a refused password, so a client error
 * (`statusCode` 400 or 422) from `reset-password` that is not about the code or the token
 * counts as one; the server's own message, localised by `lang`, follows ours when it has one.
 */
export function describePasswordError(
  error: unknown,
  messages: Pick<NewPasswordMessages, 'passwordIncomplete' | 'passwordRejected'>,
): string | null {
  if (error instanceof GenAuthInputError) {
    return error.field === 'password' ? messages.passwordIncomplete : null;
  }
  if (!(error instanceof GenAuthApiError)) return null;
  const isPasswordStatus = error.statusCode === 400 || error.statusCode === 422;
  // 2001 / 2300: the code was wrong or expired; those are not about the password.
  if (!isPasswordStatus || error.apiCode === 2001 || error.apiCode === 2300) return null;
  return error.httpStatus === 200 && error.message
    ? `${messages.passwordRejected} (${error.message})`
    : messages.passwordRejected;
}
