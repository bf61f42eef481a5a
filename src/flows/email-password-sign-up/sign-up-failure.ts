import { GenAuthApiError, GenAuthInputError } from '../../core/api/errors.js';
import { describePasswordError } from '../../i18n/describe-password-error.js';
import type { NewPasswordMessages } from '../../i18n/messages.js';
import {
  describeFlowError,
  type FlowErrorMessages,
  isCodeError,
} from '../shared/describe-flow-error.js';
import type { EmailPasswordSignUpMessages } from './email-password-sign-up-steps.js';

/** GenAuth's `apiCode` for "this email (or number) has an account already". */
const USER_EXISTS = 2026;
/** GenAuth's `apiCode` for an address it does not take. */
const INVALID_EMAIL = 2204;

/** @internal Where a failure is shown: the step that can fix it, and the field under which. */
export interface SignUpFailure {
  /** In words, in the active locale. */
  text: string;
  /** The typed error. */
  cause: unknown;
  /** The step the user must go back to (or stay at) to fix it. */
  at: 'account' | 'phone' | 'code';
  /** The field it is about; `null`: a failure of the step (network, server...). */
  field: 'email' | 'password' | 'phone' | 'code' | null;
}

/** @internal The texts {@link signUpFailure} words errors with. */
export interface SignUpFailureMessages {
  flow: EmailPasswordSignUpMessages;
  failures: FlowErrorMessages['failures'];
  password: Pick<NewPasswordMessages, 'passwordIncomplete' | 'passwordRejected'>;
}

function apiCodeOf(error: unknown): number {
  return error instanceof GenAuthApiError ? Number(error.apiCode) : Number.NaN;
}

/** @internal True when GenAuth said the address (or username) has an account already. */
export function isEmailTaken(error: unknown): boolean {
  return apiCodeOf(error) === USER_EXISTS;
}

/**
 * @internal Where the sign-up's failure belongs, so the user lands where it can be fixed: a taken
 * or refused address on the email field, a refused password on the password field (GenAuth
 * publishes no apiCode for it: a 422, or a 400 without an apiCode, as the mock and
 * `describePasswordError` read it), a wrong or expired code under the code boxes, a number
 * another account has (409) on the number field; anything else at the step where it happened.
 */
export function signUpFailure(
  cause: unknown,
  current: SignUpFailure['at'],
  messages: SignUpFailureMessages,
): SignUpFailure {
  const texts = messages.flow.emailPasswordSignUp;
  const apiCode = apiCodeOf(cause);
  if (cause instanceof GenAuthInputError) {
    if (cause.field === 'email') {
      return { text: texts.emailInvalid, cause, at: 'account', field: 'email' };
    }
    if (cause.field === 'password') {
      const text = messages.password.passwordIncomplete;
      return { text, cause, at: 'account', field: 'password' };
    }
  }
  if (apiCode === USER_EXISTS)
    return { text: texts.emailTaken, cause, at: 'account', field: 'email' };
  if (apiCode === INVALID_EMAIL) {
    return { text: texts.emailInvalid, cause, at: 'account', field: 'email' };
  }
  const described = describeFlowError(cause, {
    errors: messages.flow.errors,
    failures: messages.failures,
  });
  if (isCodeError(cause)) return { text: described, cause, at: 'code', field: 'code' };
  if (cause instanceof GenAuthApiError && cause.apiCode === undefined) {
    if (cause.statusCode === 409) return { text: described, cause, at: 'phone', field: 'phone' };
    if (cause.statusCode === 422 || cause.statusCode === 400) {
      const text = describePasswordError(cause, messages.password) ?? described;
      return { text, cause, at: 'account', field: 'password' };
    }
  }
  return { text: described, cause, at: current, field: null };
}
