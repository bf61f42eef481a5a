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
  /** From a usable `Retry-After` header, in milliseconds (see `GenAuthApiError.retryAfterMs`). */
  retryAfterMs?: number | undefined;
}

/**
 * The server answered, but not with `statusCode: 200` in a 2xx response; also a redirect (never
 * followed) and an answer larger than 1 MB (not read past the cap).
 */
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
  /**
   * How long the server asked us to wait, in ms, from a `Retry-After` header in delta-seconds
   * or an HTTP-date in the future (the GenAuth mock sends one on its 429s). `undefined` when the
   * header is absent, or negative, zero, past or unreadable: the cooldown hooks then start their
   * full window (`cooldownSeconds`), never a shorter one.
   */
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

/**
 * The request got no usable answer: offline, DNS, CORS, a connection cut mid-answer, or a custom
 * `fetch` that resolved with something that is not a `Response` (no `status`, `headers.get` or
 * body). The request may still have reached the server.
 */
export class GenAuthNetworkError extends GenAuthError {
  override name = 'GenAuthNetworkError';
}

/**
 * The kit's sending code, which loads on the first send rather than with the page, could not be
 * loaded (offline, a Content Security Policy, a chunk removed by a newer deploy). Nothing was
 * sent; the next call tries to load it again. A `GenAuthNetworkError`, so it reads as one.
 */
export class GenAuthLoadError extends GenAuthNetworkError {
  override name = 'GenAuthLoadError';
  constructor(options?: { cause?: unknown }) {
    super("Could not load the kit's sending code (offline, or blocked): nothing was sent", options);
  }
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
  | 'timeoutMs'
  | 'fetch'
  | 'now'
  | 'credentials';

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
