import {
  GenAuthApiError,
  GenAuthAuthRequiredError,
  isRateLimitError,
} from '../../core/api/errors.js';
import { describeSendError } from '../../i18n/describe-send-error.js';
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

/** Account refusals without an `apiCode`, by status (GenAuth documents none for them). */
const STATUS_REFUSALS: Readonly<Record<number, keyof GenAuthFlowMessages['errors']>> = {
  401: 'signInAgain',
  403: 'requestExpired',
  409: 'phoneTaken',
};

/** The texts {@link describeFlowError} words errors with. */
export interface FlowErrorMessages {
  /** The flows' refusal texts. */
  errors: GenAuthFlowMessages['errors'];
  /** The kit's failure texts (network, timeout, server, rate limit). */
  failures: Omit<SendFailureMessages, 'genericError'> & {
    rateLimited: (seconds: number) => string;
  };
}

/**
 * What a user should read when a flow's request failed, in the active locale: a known refusal
 * (wrong or expired code, unknown or existing user, expired session, a number taken by another
 * account, an expired request) in the flows' words; a rate limit with its wait; a network,
 * timeout or server failure in the kit's words (`describeSendError`'s); anything else, bad input
 * included, as the flows' generic failure. Never GenAuth's raw message: it is not product copy.
 * @example describeFlowError(error, { errors: enUSFlows.errors, failures: enUS }) // "That code isn't right..."
 */
export function describeFlowError(error: unknown, messages: FlowErrorMessages): string {
  const { errors, failures } = messages;
  if (error instanceof GenAuthAuthRequiredError) return errors.signInAgain;
  if (isRateLimitError(error)) {
    return failures.rateLimited(Math.max(1, Math.ceil((error.retryAfterMs ?? 60_000) / 1000)));
  }
  if (error instanceof GenAuthApiError) {
    const known =
      KNOWN_REFUSALS[Number(error.apiCode)] ??
      (error.apiCode === undefined ? STATUS_REFUSALS[error.statusCode] : undefined);
    if (known) return errors[known];
    // A business refusal (HTTP 200): our words, not the server's.
    if (error.statusCode < 500 && error.httpStatus < 500) return errors.generic;
  }
  const generic = { genericError: errors.generic, invalidPhone: errors.checkInput };
  return describeSendError(error, { ...failures, ...generic }) ?? errors.generic;
}

/** True when GenAuth refused the verification code itself (wrong or expired). */
export function isCodeError(error: unknown): boolean {
  return error instanceof GenAuthApiError && CODE_API_CODES.has(Number(error.apiCode));
}
