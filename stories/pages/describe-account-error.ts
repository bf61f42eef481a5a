import { GenAuthApiError, GenAuthAuthRequiredError } from '../../src/index.js';
import { describeAuthError } from './describe-auth-error.js';
import type { PageText } from './i18n/use-page-text.js';

/**
 * What a user should read when an account call failed: the session (401 or no token), a number
 * taken by another account (409), an expired or spent reset/change/delete request (403), else
 * the sign-in wording (wrong or expired code, network, server).
 */
export function describeAccountError(error: unknown, text: PageText): string {
  if (error instanceof GenAuthAuthRequiredError) return text.errors.signInAgain;
  if (error instanceof GenAuthApiError && error.apiCode === undefined) {
    if (error.statusCode === 401) return text.errors.signInAgain;
    if (error.statusCode === 409) return text.errors.phoneTaken;
    if (error.statusCode === 403) return text.errors.requestExpired;
  }
  return describeAuthError(error, text);
}
