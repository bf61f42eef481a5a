import type { UsableResponse } from './response-shape.js';

/**
 * @internal Largest answer the kit reads, in bytes. GenAuth's envelopes are a few hundred bytes
 * and a sign-in with tokens a few kB: 1 MiB leaves room for any real answer, while a hostile or
 * broken server can no longer make a page buffer 100 MB.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** @internal The body was larger than the cap; nothing past the cap was read. */
export const TOO_LARGE = Symbol('too large');

function declaredLength(response: UsableResponse): number | undefined {
  const value = response.header('content-length')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** @internal Cancels a body nobody will read, without waiting; a body that cannot be cancelled is left to the garbage collector. */
export function discardBody(body: ReadableStream<Uint8Array> | null | undefined): void {
  try {
    body?.cancel?.().catch(() => undefined);
  } catch {
    // Nothing to do: the answer is refused either way.
  }
}

/**
 * @internal Reads the body as UTF-8 text, stopping as soon as it exceeds `maxBytes` (a larger
 * `Content-Length` stops it before reading anything). Responses without a stream (some custom
 * fetches) are read with `text()` and measured afterwards. Read errors propagate: they are
 * network failures for the caller to classify.
 */
export async function readBodyCapped(
  response: UsableResponse,
  maxBytes: number = MAX_BODY_BYTES,
): Promise<string | typeof TOO_LARGE> {
  const { body } = response;
  if ((declaredLength(response) ?? 0) > maxBytes) {
    discardBody(body);
    return TOO_LARGE;
  }
  if (body === null) return '';
  if (body === undefined) {
    const text: unknown = await response.text?.();
    if (typeof text !== 'string') throw new TypeError('text() did not give a string');
    return new TextEncoder().encode(text).byteLength > maxBytes ? TOO_LARGE : text;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!ArrayBuffer.isView(value))
      throw new TypeError('The body stream gave something other than bytes');
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
