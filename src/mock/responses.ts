/**
 * What an endpoint decided, before the `requestId` is stamped on. An undefined `apiCode` or
 * `data` is left out of the answer (`HttpResponse.json` drops it when stringifying).
 */
export interface MockReply {
  statusCode: number;
  message: string;
  apiCode?: number | undefined;
  data?: unknown;
  /** Sent as a `Retry-After` header (whole seconds), as a rate limiter in front of an API does. */
  retryAfterSeconds?: number | undefined;
}

/** A GenAuth error as the mock reports it in the envelope. */
export interface GenAuthMockError {
  /** The envelope's `statusCode` (the HTTP status stays 200, as GenAuth does). */
  readonly statusCode: number;
  /** GenAuth's finer code, when GenAuth documents one for this case. */
  readonly apiCode?: number | undefined;
  /** Rate limits only: seconds until the window ends, sent as `Retry-After`. */
  readonly retryAfterSeconds?: number | undefined;
  /** Human-readable message. */
  readonly message: string;
}

/**
 * The errors the mock answers with. The `apiCode`s come from Authing's published error-code
 * table (2001 wrong code, 2004 no such user, 2026 already registered, 2028 bad phone,
 * 2101 app id missing, 2011 app not found (documented with `statusCode: 499`), 2204 bad email,
 * 2231 incomplete parameters, 2300 expired code, 1000 system busy); 2333 (wrong password) and
 * 2021 (login state gone: the MFA component's "mfa token 失效", Guard's `LOGIN_INVALID`, which
 * sends the user back to sign-in) are from Authing/Guard `guard-core-v4/src/_utils/GuardErrorCode.ts`
 * and `MFA/codemap.ts`. Messages are ours, in English; cases without a documented code carry
 * none, like GenAuth's DTO validation errors.
 */
export const GENAUTH_MOCK_ERRORS = {
  missingAppId: {
    statusCode: 400,
    apiCode: 2101,
    message: 'Missing app id: send it in the x-genauth-app-id (or x-authing-app-id) header',
  },
  unknownApp: { statusCode: 499, apiCode: 2011, message: 'App not found' },
  invalidBody: {
    statusCode: 400,
    apiCode: 2231,
    message: 'The request body must be a JSON object',
  },
  invalidPhone: { statusCode: 400, apiCode: 2028, message: 'Invalid phone number' },
  invalidEmail: { statusCode: 400, apiCode: 2204, message: 'Invalid email address' },
  wrongCode: { statusCode: 400, apiCode: 2001, message: 'Invalid verification code' },
  expiredCode: { statusCode: 400, apiCode: 2300, message: 'The verification code has expired' },
  userNotFound: { statusCode: 404, apiCode: 2004, message: 'User does not exist' },
  userExists: {
    statusCode: 409,
    apiCode: 2026,
    message: 'User already exists, please do not register again',
  },
  systemBusy: { statusCode: 500, apiCode: 1000, message: 'System busy, please try again later' },
  wrongPassword: { statusCode: 400, apiCode: 2333, message: 'Incorrect account or password' },
  mfaTokenInvalid: {
    statusCode: 400,
    apiCode: 2021,
    message: 'The MFA token is invalid, already used or expired: sign in again',
  },
} as const satisfies Record<string, GenAuthMockError>;

/**
 * Errors of the account flows. GenAuth's SDK docs give no status or apiCode for these cases, so
 * the mock picks statuses from the ones GenAuth uses (401, 403, 409, 422) and claims no apiCode;
 * an app should show `message` for anything it does not recognise.
 */
export const GENAUTH_MOCK_ACCOUNT_ERRORS = {
  unauthorized: {
    statusCode: 401,
    message: 'Not signed in: the access token is missing, invalid or expired',
  },
  phoneTaken: { statusCode: 409, message: 'This phone number is bound to another account' },
  phoneAlreadyBound: {
    statusCode: 400,
    message: 'A phone number is already bound: change it instead of binding another',
  },
  noPhoneBound: { statusCode: 400, message: 'No phone number is bound to this account' },
  phoneMismatch: { statusCode: 400, message: 'This is not the phone number bound to this account' },
  emailMismatch: { statusCode: 400, message: 'This is not the email address of this account' },
  onlyLoginMethod: {
    statusCode: 400,
    message: 'The phone number is the only way to sign in to this account: add an email first',
  },
  passwordRejected: {
    statusCode: 422,
    message: 'The password does not meet the password policy',
  },
  notMfaPhone: { statusCode: 400, message: 'This is not the MFA phone number of this account' },
  factorEnrolled: {
    statusCode: 400,
    message: 'An SMS factor is already enrolled: remove it before enrolling another',
  },
  factorNotFound: { statusCode: 404, message: 'No such MFA factor on this account' },
} as const satisfies Record<string, GenAuthMockError>;

/** A one-time token (reset, update-phone, delete-account) that is unknown, spent or expired. */
export function invalidOneTimeToken(field: string): GenAuthMockError {
  return { statusCode: 403, message: `${field} is invalid, already used or expired: start again` };
}

/** `field should not be empty`, the wording of GenAuth's (NestJS) DTO validation. */
export function missingField(field: string): GenAuthMockError {
  return { statusCode: 400, apiCode: 2231, message: `${field} should not be empty` };
}

/** A field that is present but of the wrong type or not in its allowed set. */
export function invalidField(field: string, expected: string): GenAuthMockError {
  return { statusCode: 400, message: `${field} must be ${expected}` };
}

/** The tenant has no international SMS provider configured. */
export function internationalSmsDisabled(countryCode: string): GenAuthMockError {
  return {
    statusCode: 403,
    message: `The international SMS service is not enabled: configure one in the GenAuth console to send SMS to ${countryCode} numbers`,
  };
}

/** One code per (channel, recipient) per window. GenAuth answers this with HTTP 200. */
export function rateLimited(retryAfterMs: number): GenAuthMockError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    statusCode: 429,
    message: `Too many requests: a code was just sent to this recipient on this channel; try again in ${seconds} s`,
    retryAfterSeconds: seconds,
  };
}

/**
 * A sign-in that needs a second factor: `statusCode` 301 with apiCode 1636 (the app's policy) or
 * 1635 (the user's own MFA), as in an answer captured from GenAuth in public code
 * (`{ code: 1636, statusCode: 301, apiCode: 1636, message: '需要进行二次认证', data: {...} }`);
 * Guard's `errorCodeInterceptor` treats any 3xx statusCode as "change module" and maps both
 * apiCodes to its MFA module (`_utils/responseManagement`).
 */
export function mfaRequired(apiCode: 1635 | 1636, data: Record<string, unknown>): MockReply {
  return { statusCode: 301, apiCode, message: 'A second factor is required to sign in', data };
}

/** A success envelope, with `data` when the endpoint returns some. */
export function success(data?: unknown): MockReply {
  return { statusCode: 200, message: 'Success', data };
}

/** Turns an error into the reply sent to the client. */
export function failure(error: GenAuthMockError): MockReply {
  return {
    statusCode: error.statusCode,
    message: error.message,
    apiCode: error.apiCode,
    retryAfterSeconds: error.retryAfterSeconds,
  };
}
