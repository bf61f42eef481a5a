/** Base class of every error the kit throws, so one `instanceof` catches them all. */
export class GenAuthError extends Error {
  // Names and fields are set in constructors, not as class fields: bundlers targeting ES2020
  // would add a helper (and, with code splitting, a chunk of its own) for class fields.
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GenAuthError';
  }
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
  /** `statusCode` from the envelope (or the HTTP status when the body was not an envelope). */
  declare readonly statusCode: number;
  /** GenAuth's finer error code; a number when the server sent a numeric value. */
  declare readonly apiCode: number | string | undefined;
  /** GenAuth's request id. */
  declare readonly requestId: string | undefined;
  /** HTTP status of the response. */
  declare readonly httpStatus: number;
  /**
   * How long the server asked us to wait, in ms, from a `Retry-After` header in delta-seconds
   * or an HTTP-date in the future (the GenAuth mock sends one on its 429s). `undefined` when the
   * header is absent, or negative, zero, past or unreadable: the cooldown hooks then start their
   * full window (`cooldownSeconds`), never a shorter one.
   */
  declare readonly retryAfterMs: number | undefined;

  constructor(message: string, details: GenAuthApiErrorDetails) {
    super(message);
    this.name = 'GenAuthApiError';
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
  constructor(message?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GenAuthNetworkError';
  }
}

/**
 * The kit's sending code, which loads on the first send rather than with the page, could not be
 * loaded (offline, a Content Security Policy, a chunk removed by a newer deploy). Nothing was
 * sent; the next call tries to load it again. A `GenAuthNetworkError`, so it reads as one.
 */
export class GenAuthLoadError extends GenAuthNetworkError {
  constructor(options?: { cause?: unknown }) {
    super("Could not load the kit's sending code (offline, or blocked): nothing was sent", options);
    this.name = 'GenAuthLoadError';
  }
}

/** No answer within the client's `timeoutMs`. */
export class GenAuthTimeoutError extends GenAuthError {
  /** The timeout that elapsed, in ms. */
  declare readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`GenAuth did not answer within ${timeoutMs} ms`);
    this.name = 'GenAuthTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/**
 * Another tab or script of this site was already sending a code to the same recipient on the
 * same channel, and still was after `waitedMs`: this call sent nothing, so that one person never
 * gets two SMS. Not a timeout (no request was made) and not a cooldown (none may have started):
 * when the other send ends, a success starts the cooldown and a failure lets the next try through.
 */
export class GenAuthBusyError extends GenAuthError {
  /** How long this call waited for the other send before giving up, in ms. */
  declare readonly waitedMs: number;
  constructor(waitedMs: number) {
    super(
      `Another tab or script is sending a code to this recipient; nothing was sent (waited ${waitedMs} ms)`,
    );
    this.name = 'GenAuthBusyError';
    this.waitedMs = waitedMs;
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
  | 'profile'
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
  | 'userPoolId'
  | 'timeoutMs'
  | 'fetch'
  | 'now'
  | 'credentials'
  | 'path'
  | 'account'
  | 'mfaToken'
  | 'enrollmentToken'
  | 'factorId'
  | 'factorType';

/** The input was refused before any request: nothing was sent. */
export class GenAuthInputError extends GenAuthError {
  /** Which field was wrong. */
  declare readonly field: GenAuthInputIssue;
  constructor(field: GenAuthInputIssue, message: string) {
    super(message);
    this.name = 'GenAuthInputError';
    this.field = field;
  }
}

/**
 * A call that acts for the signed-in user (`bindPhone`, `updatePhone`, `deleteAccount`, ...)
 * found no access token: nothing was sent. Sign the user in (again), then retry.
 */
export class GenAuthAuthRequiredError extends GenAuthError {
  constructor(message = "This call needs the signed-in user's access token: pass `accessToken`") {
    super(message);
    this.name = 'GenAuthAuthRequiredError';
  }
}

/** A code was asked for while the (channel, recipient) pair is still cooling down: nothing was sent. */
export class CooldownActiveError extends GenAuthError {
  /** Time left before a new code may be requested, in ms. */
  declare readonly remainingMs: number;
  constructor(remainingMs: number) {
    super(`Please wait ${Math.ceil(remainingMs / 1000)} s before requesting another code`);
    this.name = 'CooldownActiveError';
    this.remainingMs = remainingMs;
  }
}

/** True when the server said "too many requests": envelope `statusCode` 429 or HTTP 429. */
export function isRateLimitError(error: unknown): error is GenAuthApiError {
  return error instanceof GenAuthApiError && (error.statusCode === 429 || error.httpStatus === 429);
}
