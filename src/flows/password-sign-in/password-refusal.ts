import { GenAuthApiError, GenAuthInputError } from '../../core/api/errors.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';

/** @internal A failed password sign-in, in words, tied to its field when it is about one. */
export interface PasswordRefusal {
  /** The field at fault, or `null` for the whole form. */
  field: 'account' | 'password' | null;
  /** What the user reads. */
  text: string;
  /** The error behind it (`null` for a check before any request). */
  cause?: unknown;
}

/**
 * @internal GenAuth's refusals of a password sign-in that the flow words itself (apiCodes from
 * Authing/Guard `guard-core-v4/src/_utils/GuardErrorCode.ts`: 2333 `PASSWORD_ERROR`, 2004
 * `USER_NOT_EXIST`, 2005 `ACCOUNT_LOCK`, 2057 `MULTIPLE_ERROR_LOCK`), and the kit's own refusal
 * of an unusable account or password; `null` for anything else (network, rate limit...).
 */
export function passwordRefusal(
  cause: unknown,
  texts: GenAuthFlowMessages['passwordSignIn'],
): PasswordRefusal | null {
  if (cause instanceof GenAuthInputError) {
    if (cause.field === 'account') return { field: 'account', text: texts.accountInvalid };
    if (cause.field === 'password') return { field: 'password', text: texts.passwordTooLong };
    return null;
  }
  if (!(cause instanceof GenAuthApiError)) return null;
  switch (Number(cause.apiCode)) {
    case 2333:
      return { field: 'password', text: texts.wrongPassword };
    case 2004:
      return { field: 'account', text: texts.unknownAccount };
    case 2005:
    case 2057:
      return { field: null, text: texts.locked };
    default:
      return null;
  }
}
