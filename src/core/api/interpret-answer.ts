import { envelopeStatus, readEnvelope, toApiCode } from './envelope.js';
import { GenAuthApiError } from './errors.js';
import type { UsableResponse } from './response-shape.js';
import { parseRetryAfter } from './retry-after.js';
import type { GenAuthEnvelope } from './types.js';

/**
 * @internal How to read one call's answer, beyond the V3 default: a GET, a V2 answer
 * (`{ code, message, data }`, the MFA calls), and a hook that turns a refusal into a finer error
 * (the sign-in calls make "a second factor is needed" a `GenAuthMfaRequiredError`).
 */
export interface AnswerReading {
  /** @default 'POST' */
  method?: 'GET' | 'POST' | undefined;
  /** The answer is a V2 envelope: `code` is its status. @default false */
  v2?: boolean | undefined;
  /** Given the refusal and the answer's JSON object, returns the error to throw. */
  refine?: ((error: GenAuthApiError, body: Record<string, unknown>) => Error) | undefined;
}

/** Longest server message we keep: an error page must not become a 10 kB error message. */
const MAX_MESSAGE_LENGTH = 500;

/** @internal A 2xx status. */
export function isHttpOk(response: UsableResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** @internal A `GenAuthApiError` for `response`, with `Retry-After` read from its headers. */
export function apiError(
  response: UsableResponse,
  now: number,
  message: string,
  statusCode: number,
  envelope?: Partial<GenAuthEnvelope>,
): GenAuthApiError {
  return new GenAuthApiError(message, {
    statusCode,
    apiCode: toApiCode(envelope?.apiCode),
    requestId: typeof envelope?.requestId === 'string' ? envelope.requestId : undefined,
    httpStatus: response.status,
    retryAfterMs: parseRetryAfter(response.header('retry-after'), now),
  });
}

/**
 * @internal Resolves GenAuth's answer: the envelope when HTTP is 2xx and `statusCode` is 200,
 * else a `GenAuthApiError` (a 2xx body that is no envelope is a bad gateway, 502).
 */
export function interpret<T extends GenAuthEnvelope>(
  response: UsableResponse,
  text: string,
  now: number,
  reading?: AnswerReading,
): T {
  const envelope = readEnvelope(text);
  const v2 = reading?.v2 === true;
  // V2 has one `code` where V3 has `statusCode` and `apiCode`.
  const v2Code = v2 ? (envelope as { code?: unknown } | undefined)?.code : undefined;
  const status = envelopeStatus(v2 ? v2Code : envelope?.statusCode);
  const httpOk = isHttpOk(response);

  if (httpOk && status === 200) {
    return { ...envelope, statusCode: 200, apiCode: toApiCode(envelope?.apiCode) } as T;
  }

  // A V2 `code` is a finer code (2001, 2021...), not an HTTP-like status: a refusal reads as a
  // 400 with that code as `apiCode`, unless the code itself is a 4xx/5xx status.
  const refused = v2 && status !== undefined && (status < 400 || status > 599) ? 400 : status;
  const statusCode = refused !== undefined && refused !== 200 ? refused : response.status;
  const serverMessage =
    typeof envelope?.message === 'string' && envelope.message.trim() !== ''
      ? envelope.message.slice(0, MAX_MESSAGE_LENGTH)
      : undefined;
  const message =
    serverMessage ??
    (envelope === undefined
      ? `GenAuth answered HTTP ${response.status} without a JSON body`
      : `GenAuth answered with status ${statusCode}`);
  const error = apiError(
    response,
    now,
    message,
    httpOk && status === undefined ? 502 : statusCode,
    v2 ? { ...envelope, apiCode: toApiCode(v2Code) } : envelope,
  );
  throw envelope !== undefined && reading?.refine
    ? reading.refine(error, envelope as Record<string, unknown>)
    : error;
}
