import type { CheckedClientOptions } from './client-options.js';
import { GenAuthNetworkError, GenAuthTimeoutError } from './errors.js';
import { type AnswerReading, apiError, interpret, isHttpOk } from './interpret-answer.js';
import { discardBody, MAX_BODY_BYTES, readBodyCapped, TOO_LARGE } from './read-body.js';
import { redirectIn } from './redirects.js';
import { toUsableResponse } from './response-shape.js';
import type { GenAuthEnvelope } from './types.js';

/**
 * @internal What one request needs to know about the client that sends it: its options, as
 * checked when the client was created. The headers and defaults are made here, with the code
 * that sends, not in the page.
 */
export interface TransportConfig extends CheckedClientOptions {
  /** The normalised app host. */
  baseUrl: string;
  /** @default 'include' */
  credentials: RequestCredentials | undefined;
  /** @default globalThis.fetch, looked up per call (SSR has none at import, test interceptors patch it late) */
  fetch: typeof fetch | undefined;
  /** @default Date.now */
  now: (() => number) | undefined;
}

/**
 * The identification headers every request carries (`x-genauth-app-id`, ...); a V2 call also
 * names the user pool when the client knows it, as GenAuth's MFA component does.
 */
function clientHeaders(config: TransportConfig, v2: boolean): Record<string, string> {
  const prefix = config.headerPrefix;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [`${prefix}-app-id`]: config.appId,
  };
  if (config.lang) headers[`${prefix}-lang`] = config.lang;
  if (config.tenantId) headers[`${prefix}-app-tenant-id`] = config.tenantId;
  if (v2 && config.userPoolId) headers[`${prefix}-userpool-id`] = config.userPoolId;
  return headers;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error && signal.reason.name === 'AbortError'
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * @internal POSTs JSON to GenAuth (or GETs, `reading.method`) and resolves with the envelope only
 * when `statusCode === 200` (V2 answers: `code === 200`). Everything else becomes a typed error;
 * an aborted `signal` rejects with the standard AbortError. `callHeaders` (the user's
 * `authorization`) are added to this request only.
 */
export async function postJson<T extends GenAuthEnvelope>(
  config: TransportConfig,
  path: string,
  body: unknown,
  signal?: AbortSignal,
  callHeaders?: Record<string, string>,
  reading?: AnswerReading,
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

  const now = config.now ?? Date.now;
  try {
    const url = `${config.baseUrl}${path}`;
    const get = reading?.method === 'GET';
    // Made per request: a custom fetch may edit what it is given.
    const headers = { ...clientHeaders(config, reading?.v2 === true), ...callHeaders };
    // No body, no content type: the official SDK's GETs carry neither.
    if (get) delete headers['content-type'];
    const init: RequestInit = {
      method: get ? 'GET' : 'POST',
      headers,
      // A GET has no body, as the official SDK sends it (`list-enrolled-factors`).
      body: get ? undefined : JSON.stringify(body),
      credentials: config.credentials ?? 'include',
      // Following a redirect would re-post the body (codes included), with cookies, to
      // wherever the server points: stop at it and refuse it below.
      redirect: 'manual',
      signal: controller.signal,
    };
    let fetched: unknown;
    try {
      fetched = await (config.fetch ? config.fetch(url, init) : globalThis.fetch(url, init));
    } catch (cause) {
      throw failure('Could not reach GenAuth: check the connection', cause);
    }
    const response = toUsableResponse(fetched);
    const redirect = redirectIn(response, url);
    if (redirect !== undefined) {
      discardBody(response.body);
      throw apiError(
        response,
        now(),
        `GenAuth answered with ${redirect}; the kit never follows redirects (that would re-send the request elsewhere): check appHost`,
        response.status >= 300 && response.status < 400 ? response.status : 502,
      );
    }

    let text: string | typeof TOO_LARGE;
    try {
      text = await readBodyCapped(response);
    } catch (cause) {
      throw failure('The connection to GenAuth broke during the answer', cause);
    }
    if (text === TOO_LARGE) {
      throw apiError(
        response,
        now(),
        `GenAuth's answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB; the kit stopped reading it`,
        isHttpOk(response) ? 502 : response.status,
      );
    }
    return interpret<T>(response, text, now(), reading);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
