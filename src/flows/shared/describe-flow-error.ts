import {
  GenAuthApiError,
  GenAuthAuthRequiredError,
  GenAuthInputError,
  GenAuthLoadError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from '../../core/api/errors.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { SendFailureMessages } from '../../i18n/messages.js';

/** GenAuth's `apiCode`s for a wrong (2001) or expired (2300) verification code. */
const CODE_API_CODES = new Set([2001, 2300]);

/** GenAuth refusals the flows word themselves, by `apiCode`. */
const KNOWN_REFUSALS: Readonly<Record<number, keyof GenAuthFlowMessages['errors']>> = {
  2001: 'wrongCode',
  2300: 'expiredCode',
  2004: 'userNotFound',
  2026: 'userExists',
};

/** @internal The texts {@link describeFlowError} words errors with. */
export interface FlowErrorMessages {
  /** The flows' refusal texts. */
  errors: GenAuthFlowMessages['errors'];
  /** The kit's failure texts (network, timeout, server). */
  failures: Omit<SendFailureMessages, 'genericError'> & {
    rateLimited: (seconds: number) => string;
  };
}

/**
 * What a user should read when a flow's request failed, in the active locale: a known refusal
 * (wrong or expired code, unknown or existing user, expired session, a number taken by another
 * account, an expired request) in the flows' words; a rate limit with its wait; a network,
 * timeout or server failure in the kit's words; anything else as the flows' generic failure.
 * Never GenAuth's raw message: its wording is for developers and not localised.
 * @example describeFlowError(error, { errors: enUSFlows.errors, failures: enUS }) // "That code isn't right..."
 */
export function describeFlowError(error: unknown, messages: FlowErrorMessages): string {
  const { errors, failures } = messages;
  if (error instanceof GenAuthInputError) return errors.checkInput;
  if (error instanceof GenAuthAuthRequiredError) return errors.signInAgain;
  if (isRateLimitError(error)) {
    const seconds = Math.ceil((error.retryAfterMs ?? 60_000) / 1000);
    return failures.rateLimited(Math.max(1, seconds));
  }
  if (error instanceof GenAuthApiError) {
    const known = KNOWN_REFUSALS[Number(error.apiCode)];
    if (known) return errors[known];
    if (error.statusCode >= 500 || error.httpStatus >= 500) return failures.serverError;
    if (error.apiCode === undefined) {
      if (error.statusCode === 401) return errors.signInAgain;
      if (error.statusCode === 409) return errors.phoneTaken;
      if (error.statusCode === 403) return errors.requestExpired;
    }
    return errors.generic;
  }
  if (error instanceof GenAuthTimeoutError) return failures.timeoutError;
  // A load error is a network error too: the more precise first.
  if (error instanceof GenAuthLoadError) return failures.sendUnavailable;
  if (error instanceof GenAuthNetworkError) return failures.networkError;
  return errors.generic;
}

/** True when GenAuth refused the verification code itself (wrong or expired). */
export function isCodeError(error: unknown): boolean {
  return error instanceof GenAuthApiError && CODE_API_CODES.has(Number(error.apiCode));
}
