import {
  describeSendError,
  GenAuthApiError,
  GenAuthInputError,
  isRateLimitError,
} from '../../src/index.js';
import type { PageText } from './i18n/use-page-text.js';

/** GenAuth's `apiCode`s for a wrong (2001) or expired (2300) verification code. */
const CODE_API_CODES = new Set([2001, 2300]);

/** GenAuth refusals the pages word themselves, by `apiCode`, in the page's locale. */
const KNOWN_REFUSALS: Readonly<Record<number, keyof PageText['errors']>> = {
  2001: 'wrongCode',
  2300: 'expiredCode',
  2004: 'userNotFound',
  2026: 'userExists',
};

/**
 * What a user should read when signing in or up failed, in the page's locale: the known
 * refusals in the page's words, else the kit's {@link describeSendError} wording, except for bad
 * input (number or code) and for rate limits, which a send button shows as its countdown but a
 * sign-in has to put in words like any other API error.
 */
export function describeAuthError(error: unknown, text: PageText): string {
  if (error instanceof GenAuthInputError) return text.errors.checkInput;
  const known =
    error instanceof GenAuthApiError ? KNOWN_REFUSALS[Number(error.apiCode)] : undefined;
  if (known) return text.errors[known];
  if (isRateLimitError(error)) {
    if (error.statusCode >= 500 || error.httpStatus >= 500) return text.kit.serverError;
    if (error.httpStatus === 200 && error.message) return error.message;
  }
  return describeSendError(error, text.kit) ?? text.kit.genericError;
}

/** True when GenAuth refused the verification code itself (wrong or expired). */
export function isCodeError(error: unknown): boolean {
  return error instanceof GenAuthApiError && CODE_API_CODES.has(Number(error.apiCode));
}
