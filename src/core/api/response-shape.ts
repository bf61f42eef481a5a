import { GenAuthNetworkError } from './errors.js';

/**
 * @internal The parts of a fetch `Response` the kit reads. A custom `fetch` may return anything,
 * so every part is checked once here and the rest of the transport can trust this shape.
 */
export interface UsableResponse {
  status: number;
  /** `'opaqueredirect'` when a browser stopped at a redirect (`redirect: 'manual'`). */
  type: string | undefined;
  /** Set by a fetch that followed a redirect. */
  redirected: boolean;
  /** The final URL, when the fetch reports one. */
  url: string | undefined;
  /** Reads one header; `null` when absent or unreadable. */
  header(name: string): string | null;
  /** The body as a stream, when the response has one. */
  body: ReadableStream<Uint8Array> | null | undefined;
  /** The whole body as text, for responses without a stream. */
  text: (() => Promise<unknown>) | undefined;
}

function notAResponse(what: string): GenAuthNetworkError {
  return new GenAuthNetworkError(
    `The fetch in use returned no usable Response (${what}); check the "fetch" option`,
  );
}

function isStream(value: unknown): value is ReadableStream<Uint8Array> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { getReader?: unknown }).getReader === 'function'
  );
}

/**
 * @internal Checks that `value` can be read as a response: an integer `status`, `headers` with
 * `get`, and a body stream or `text()`.
 * @throws {GenAuthNetworkError} naming what is missing, instead of a TypeError later.
 */
export function toUsableResponse(value: unknown): UsableResponse {
  if (typeof value !== 'object' || value === null) throw notAResponse(`got ${typeof value}`);
  const response = value as Partial<Record<keyof Response, unknown>>;
  const { status, headers, body, text, type, redirected, url } = response;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 0 || status > 999) {
    throw notAResponse('no valid status');
  }
  const get =
    typeof headers === 'object' && headers !== null
      ? (headers as { get?: unknown }).get
      : undefined;
  if (typeof get !== 'function') throw notAResponse('no headers');
  if (!isStream(body) && typeof text !== 'function') throw notAResponse('no body');
  return {
    status,
    type: typeof type === 'string' ? type : undefined,
    redirected: redirected === true,
    url: typeof url === 'string' && url !== '' ? url : undefined,
    header(name) {
      try {
        const found: unknown = get.call(headers, name);
        return typeof found === 'string' ? found : null;
      } catch {
        return null;
      }
    },
    body: isStream(body) ? body : body === null ? null : undefined,
    text:
      typeof text === 'function' ? () => (text as () => Promise<unknown>).call(value) : undefined,
  };
}
