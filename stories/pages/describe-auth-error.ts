import {
  GenAuthApiError,
  GenAuthInputError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  resolveMessages,
} from '../../src/index.js';

const messages = resolveMessages('en-US');

/** GenAuth's `apiCode`s for a wrong (2001) or expired (2300) verification code. */
const CODE_API_CODES = new Set([2001, 2300]);

/**
 * What a user should read when signing in or up failed. GenAuth's business errors (HTTP 200
 * with an error envelope) carry a message meant for users, so it is shown as is; transport
 * failures get the kit's own words.
 */
export function describeAuthError(error: unknown): string {
  if (error instanceof GenAuthTimeoutError) return messages.timeoutError;
  if (error instanceof GenAuthNetworkError) return messages.networkError;
  if (error instanceof GenAuthInputError) return 'Check the number and the code, then try again.';
  if (error instanceof GenAuthApiError) {
    if (error.statusCode >= 500 || error.httpStatus >= 500) return messages.serverError;
    if (error.httpStatus === 200 && error.message) return error.message;
  }
  return 'Something went wrong. Try again.';
}

/** True when GenAuth refused the verification code itself (wrong or expired). */
export function isCodeError(error: unknown): boolean {
  return error instanceof GenAuthApiError && CODE_API_CODES.has(Number(error.apiCode));
}
