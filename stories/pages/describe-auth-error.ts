import {
  describeSendError,
  enUS,
  GenAuthApiError,
  GenAuthInputError,
  isRateLimitError,
  resolveMessages,
} from '../../src/index.js';

const messages = resolveMessages(enUS, { genericError: 'Something went wrong. Try again.' });

/** GenAuth's `apiCode`s for a wrong (2001) or expired (2300) verification code. */
const CODE_API_CODES = new Set([2001, 2300]);

/**
 * What a user should read when signing in or up failed: the kit's {@link describeSendError}
 * wording, except for bad input (number or code) and for rate limits, which a send button shows
 * as its countdown but a sign-in has to put in words like any other API error.
 */
export function describeAuthError(error: unknown): string {
  if (error instanceof GenAuthInputError) return 'Check the number and the code, then try again.';
  if (isRateLimitError(error)) {
    if (error.statusCode >= 500 || error.httpStatus >= 500) return messages.serverError;
    if (error.httpStatus === 200 && error.message) return error.message;
  }
  return describeSendError(error, messages) ?? messages.genericError;
}

/** True when GenAuth refused the verification code itself (wrong or expired). */
export function isCodeError(error: unknown): boolean {
  return error instanceof GenAuthApiError && CODE_API_CODES.has(Number(error.apiCode));
}
