import { GenAuthApiError } from '../../core/api/errors.js';
import { describeFlowError, type FlowErrorMessages } from '../shared/describe-flow-error.js';
import type { ResetPasswordMethod } from './reset-password-requests.js';
import type { ResetPasswordMessages } from './reset-password-steps.js';

/** GenAuth's `apiCode`s the reset flow words per method or acts on. */
export const WRONG_CODE = 2001;
/** @internal An expired code: it cannot come back after a reload. */
export const EXPIRED_CODE = 2300;
/** @internal No account with that number or address. */
export const USER_NOT_FOUND = 2004;

/** @internal A failure of the reset flow, and the step (and field) it is shown at. */
export interface ResetFlowError {
  /** In words, in the active locale. */
  text: string;
  /** The typed error (`null` for the flow's own checks). */
  cause: unknown;
  /** The step it belongs to. */
  at: 'request' | 'code' | 'password';
  /** True when it is about the step's field (shown on it), not the request as a whole. */
  onField: boolean;
}

/** @internal The `apiCode` of a GenAuth refusal, `NaN` for anything else. */
export const apiCodeOf = (cause: unknown) =>
  cause instanceof GenAuthApiError ? Number(cause.apiCode) : Number.NaN;

/**
 * @internal True for an answer that was a 200 but did not confirm the change (`data.success`
 * not true, or no `passwordResetToken`): the core and this flow raise those as a 502 inside an
 * HTTP 200. The user must read that the password is unchanged, not that the service is down.
 */
export const isUnconfirmed = (cause: unknown) =>
  cause instanceof GenAuthApiError && cause.statusCode === 502 && cause.httpStatus === 200;

/**
 * @internal A `pre-check-code` verdict of "not valid", typed as GenAuth's wrong-code refusal so
 * that `isCodeError` and the texts treat it like the same refusal at the last step.
 */
export const wrongCodeVerdict = (message: string | undefined) =>
  new GenAuthApiError(message ?? 'Invalid verification code', {
    statusCode: 400,
    httpStatus: 200,
    apiCode: WRONG_CODE,
  });

/**
 * @internal A failure in words: the shared texts speak of text messages and numbers, so the
 * email method words a wrong code and an unknown address itself.
 */
export function describeResetError(
  cause: unknown,
  method: ResetPasswordMethod,
  messages: ResetPasswordMessages,
  failures: FlowErrorMessages['failures'],
): string {
  const apiCode = apiCodeOf(cause);
  if (method === 'email' && apiCode === WRONG_CODE) return messages.resetPassword.wrongEmailCode;
  if (method === 'email' && apiCode === USER_NOT_FOUND) {
    return messages.resetPassword.noAccountEmail;
  }
  return describeFlowError(cause, { errors: messages.errors, failures });
}
