import { GenAuthApiError, GenAuthNetworkError, GenAuthTimeoutError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';
import type { GenAuthEnvelope } from './types.js';

/** @internal What one request needs to know about the client that sends it. */
export interface TransportConfig {
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  credentials: RequestCredentials;
  fetch: typeof fetch;
  now: () => number;
}

/** Longest server message we keep: an error page must not become a 10 kB error message. */
const MAX_MESSAGE_LENGTH = 500;

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error && signal.reason.name === 'AbortError'
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

function toApiCode(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  }
  return undefined;
}

function readEnvelope(text: string): Partial<GenAuthEnvelope> | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
    return body as Partial<GenAuthEnvelope>;
  } catch {
    return undefined;
  }
}

/**
 * @internal POSTs JSON to GenAuth and resolves with the envelope only when `statusCode === 200`.
 * Everything else becomes a typed error; an aborted `signal` rejects with the standard AbortError.
 */
export async function postJson<T extends GenAuthEnvelope>(
  config: TransportConfig,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<T> {
  if (signal?.aborted) throw abortError(signal);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  /** Why fetching or reading failed: the caller's abort, our timeout, or else the network. */
  const failure = (networkMessage: string, cause: unknown): unknown => {
    if (signal?.aborted) return abortError(signal);
    if (timedOut) return new GenAuthTimeoutError(config.timeoutMs);
    return new GenAuthNetworkError(networkMessage, { cause });
  };

  try {
    let response: Response;
    try {
      response = await config.fetch(`${config.baseUrl}${path}`, {
        method: 'POST',
        // A copy per request, as before: a custom fetch may edit what it is given.
        headers: { ...config.headers },
        body: JSON.stringify(body),
        credentials: config.credentials,
        signal: controller.signal,
      });
    } catch (cause) {
      throw failure('Could not reach GenAuth: check the connection', cause);
    }

    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failure('The connection to GenAuth broke during the answer', cause);
    }
    return interpret<T>(response, text, config.now());
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function interpret<T extends GenAuthEnvelope>(response: Response, text: string, now: number): T {
  const envelope = readEnvelope(text);
  const envelopeStatus = Number(envelope?.statusCode);
  const hasEnvelopeStatus = envelope !== undefined && Number.isFinite(envelopeStatus);
  const httpOk = response.status >= 200 && response.status < 300;

  if (httpOk && hasEnvelopeStatus && envelopeStatus === 200) {
    return { ...envelope, statusCode: 200, apiCode: toApiCode(envelope.apiCode) } as T;
  }

  const statusCode = hasEnvelopeStatus && envelopeStatus !== 200 ? envelopeStatus : response.status;
  const serverMessage =
    typeof envelope?.message === 'string' && envelope.message.trim() !== ''
      ? envelope.message.slice(0, MAX_MESSAGE_LENGTH)
      : undefined;
  const message =
    serverMessage ??
    (envelope === undefined
      ? `GenAuth answered HTTP ${response.status} without a JSON body`
      : `GenAuth answered with status ${statusCode}`);

  throw new GenAuthApiError(message, {
    statusCode: httpOk && !hasEnvelopeStatus ? 502 : statusCode,
    apiCode: toApiCode(envelope?.apiCode),
    requestId: typeof envelope?.requestId === 'string' ? envelope.requestId : undefined,
    httpStatus: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now),
  });
}
