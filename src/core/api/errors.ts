/** Base class of every error the kit throws, so one `instanceof` catches them all. */
export class GenAuthError extends Error {
  override name = 'GenAuthError';
}

/** Fields of a GenAuth API error, as the server (and the HTTP layer) reported them. */
export interface GenAuthApiErrorDetails {
  /** `statusCode` from the response envelope, or the HTTP status when the body had none. */
  statusCode: number;
  /** GenAuth's finer error code, as a number when it was numeric. */
  apiCode?: number | string | undefined;
  /** GenAuth's request id, for support tickets. */
  requestId?: string | undefined;
  /** The HTTP status of the response (GenAuth often answers 200 with an error envelope). */
  httpStatus: number;
  /** From a `Retry-After` header, in milliseconds, when the server sent one. */
  retryAfterMs?: number | undefined;
}

/** The server answered, but not with `statusCode: 200`. */
export class GenAuthApiError extends GenAuthError {
  override name = 'GenAuthApiError';
  /** `statusCode` from the envelope (or the HTTP status when the body was not an envelope). */
  readonly statusCode: number;
  /** GenAuth's finer error code; a number when the server sent a numeric value. */
  readonly apiCode: number | string | undefined;
  /** GenAuth's request id. */
  readonly requestId: string | undefined;
  /** HTTP status of the response. */
  readonly httpStatus: number;
  /** How long the server asked us to wait, from `Retry-After`, in ms. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: GenAuthApiErrorDetails) {
    super(message);
    this.statusCode = details.statusCode;
    this.apiCode = details.apiCode;
    this.requestId = details.requestId;
    this.httpStatus = details.httpStatus;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** The request never got an answer: offline, DNS, CORS, connection reset. */
export class GenAuthNetworkError extends GenAuthError {
  override name = 'GenAuthNetworkError';
}

/** No answer within the client's `timeoutMs`. */
export class GenAuthTimeoutError extends GenAuthError {
  override name = 'GenAuthTimeoutError';
  /** The timeout that elapsed, in ms. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`GenAuth did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** Why an input was refused before any request was made. */
export type GenAuthInputIssue =
  | 'appId'
  | 'appHost'
  | 'appSecret'
  | 'channel'
  | 'phoneNumber'
  | 'phoneCountryCode'
  | 'email'
  | 'passCode'
  | 'options'
  | 'accessToken'
  | 'codeType'
  | 'verifyMethod'
  | 'password'
  | 'passwordResetToken'
  | 'updatePhoneToken'
  | 'deleteAccountToken'
  | 'headerPrefix'
  | 'lang'
  | 'tenantId'
  | 'timeoutMs';

/** The input was refused before any request: nothing was sent. */
export class GenAuthInputError extends GenAuthError {
  override name = 'GenAuthInputError';
  /** Which field was wrong. */
  readonly field: GenAuthInputIssue;
  constructor(field: GenAuthInputIssue, message: string) {
    super(message);
    this.field = field;
  }
}

/**
 * A call that acts for the signed-in user (`bindPhone`, `updatePhone`, `deleteAccount`, ...)
 * found no access token: nothing was sent. Sign the user in (again), then retry.
 */
export class GenAuthAuthRequiredError extends GenAuthError {
  override name = 'GenAuthAuthRequiredError';
  constructor(message = "This call needs the signed-in user's access token: pass `accessToken`") {
    super(message);
  }
}

/** A code was asked for while the (channel, recipient) pair is still cooling down: nothing was sent. */
export class CooldownActiveError extends GenAuthError {
  override name = 'CooldownActiveError';
  /** Time left before a new code may be requested, in ms. */
  readonly remainingMs: number;
  constructor(remainingMs: number) {
    super(`Please wait ${Math.ceil(remainingMs / 1000)} s before requesting another code`);
    this.remainingMs = remainingMs;
  }
}

/** True when the server said "too many requests": envelope `statusCode` 429 or HTTP 429. */
export function isRateLimitError(error: unknown): error is GenAuthApiError {
  return error instanceof GenAuthApiError && (error.statusCode === 429 || error.httpStatus === 429);
}
