import { envelopeStatus, readEnvelope, toApiCode } from './envelope.js';
import { GenAuthApiError } from './errors.js';
import type { UsableResponse } from './response-shape.js';
import { parseRetryAfter } from './retry-after.js';
import type { GenAuthEnvelope } from './types.js';

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
): T {
  const envelope = readEnvelope(text);
  const status = envelopeStatus(envelope?.statusCode);
  const httpOk = isHttpOk(response);

  if (httpOk && status === 200) {
    return { ...envelope, statusCode: 200, apiCode: toApiCode(envelope?.apiCode) } as T;
  }

  const statusCode = status !== undefined && status !== 200 ? status : response.status;
  const serverMessage =
    typeof envelope?.message === 'string' && envelope.message.trim() !== ''
      ? envelope.message.slice(0, MAX_MESSAGE_LENGTH)
      : undefined;
  const message =
    serverMessage ??
    (envelope === undefined
      ? `GenAuth answered HTTP ${response.status} without a JSON body`
      : `GenAuth answered with status ${statusCode}`);
  throw apiError(
    response,
    now,
    message,
    httpOk && status === undefined ? 502 : statusCode,
    envelope,
  );
}
