import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  GenAuthError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;
const NOW = Date.parse('2026-11-23T10:00:00Z');

function clientAnswering(respond: Parameters<typeof fakeFetch>[0], timeoutMs?: number) {
  const { fetch } = fakeFetch(respond);
  return createGenAuthClient({
    appId: 'a',
    appHost: 'x.genauth.ai',
    fetch,
    timeoutMs,
    now: () => NOW,
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

/** A fetch that only ends when its signal aborts, like a server that never answers. */
function hangingFetch(_request: unknown, init: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

describe('client.sendSms errors', () => {
  it('turns a business error with HTTP 200 into GenAuthApiError, apiCode as a number', async () => {
    const client = clientAnswering(() =>
      Response.json({
        statusCode: 400,
        message: '手机号格式错误',
        apiCode: '2001',
        requestId: 'r-9',
      }),
    );
    const error = await failure(client.sendSms(input));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toBeInstanceOf(GenAuthError);
    expect(error).toMatchObject({
      statusCode: 400,
      apiCode: 2001,
      message: '手机号格式错误',
      requestId: 'r-9',
      httpStatus: 200,
      retryAfterMs: undefined,
    });
    expect(isRateLimitError(error)).toBe(false);
  });

  it('keeps a non-numeric apiCode as a string', async () => {
    const client = clientAnswering(() =>
      Response.json({ statusCode: 403, message: 'x', apiCode: 'E_FORBIDDEN' }),
    );
    expect(await failure(client.sendSms(input))).toMatchObject({
      apiCode: 'E_FORBIDDEN',
      statusCode: 403,
    });
  });

  it('treats anything but statusCode 200 as an error, even a 2xx-looking one', async () => {
    const client = clientAnswering(() => Response.json({ statusCode: 201, message: 'created?' }));
    expect(await failure(client.sendSms(input))).toMatchObject({ statusCode: 201 });
  });

  it('recognises an envelope 429 as a rate limit', async () => {
    const client = clientAnswering(() =>
      Response.json({ statusCode: 429, message: '请求过于频繁', requestId: 'r' }),
    );
    const error = await failure(client.sendSms(input));
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 429, httpStatus: 200, retryAfterMs: undefined });
  });

  it('reads Retry-After in seconds from an HTTP 429', async () => {
    const client = clientAnswering(
      () => new Response('Too Many Requests', { status: 429, headers: { 'retry-after': '42' } }),
    );
    const error = await failure(client.sendSms(input));
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 429, httpStatus: 429, retryAfterMs: 42_000 });
  });

  it('reads Retry-After as an HTTP-date', async () => {
    const later = new Date(NOW + 30_000).toUTCString();
    const client = clientAnswering(() =>
      Response.json(
        { statusCode: 429, message: 'slow down' },
        { status: 429, headers: { 'retry-after': later } },
      ),
    );
    expect(await failure(client.sendSms(input))).toMatchObject({ retryAfterMs: 30_000 });
  });

  it('ignores an unreadable Retry-After', async () => {
    const client = clientAnswering(
      () => new Response('', { status: 429, headers: { 'retry-after': 'soon-ish' } }),
    );
    expect(await failure(client.sendSms(input))).toMatchObject({
      retryAfterMs: undefined,
      statusCode: 429,
    });
  });

  it('turns an HTML 502 page into GenAuthApiError with the HTTP status, not a parse crash', async () => {
    const html = `<html><body><h1>502 Bad Gateway</h1>${'x'.repeat(10_000)}</body></html>`;
    const client = clientAnswering(
      () => new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    const error = await failure(client.sendSms(input));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 502, httpStatus: 502 });
    expect((error as Error).message).toMatch(/HTTP 502/);
    expect((error as Error).message.length).toBeLessThan(200);
  });

  it('reports a 2xx answer that is not a GenAuth envelope as a bad gateway', async () => {
    const client = clientAnswering(
      () => new Response('<html>captive portal</html>', { status: 200 }),
    );
    expect(await failure(client.sendSms(input))).toMatchObject({
      statusCode: 502,
      httpStatus: 200,
    });
  });

  it('uses the envelope of an HTTP 500 JSON error', async () => {
    const client = clientAnswering(() =>
      Response.json(
        { statusCode: 500, message: 'Internal error', requestId: 'r-5' },
        { status: 500 },
      ),
    );
    expect(await failure(client.sendSms(input))).toMatchObject({
      statusCode: 500,
      httpStatus: 500,
      requestId: 'r-5',
    });
  });

  it('truncates a huge server message', async () => {
    const client = clientAnswering(() =>
      Response.json({ statusCode: 400, message: 'm'.repeat(10_000) }),
    );
    expect(((await failure(client.sendSms(input))) as Error).message).toHaveLength(500);
  });

  it('turns a dead network into GenAuthNetworkError', async () => {
    const client = clientAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(client.sendSms(input));
    expect(error).toBeInstanceOf(GenAuthNetworkError);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
  });

  it('turns a body that breaks mid-stream into GenAuthNetworkError', async () => {
    const broken = new ReadableStream({
      start(controller) {
        controller.error(new TypeError('connection reset'));
      },
    });
    const client = clientAnswering(() => new Response(broken, { status: 200 }));
    expect(await failure(client.sendSms(input))).toBeInstanceOf(GenAuthNetworkError);
  });

  it('times out with GenAuthTimeoutError after timeoutMs', async () => {
    const client = clientAnswering(hangingFetch, 30);
    const error = await failure(client.sendSms(input));
    expect(error).toBeInstanceOf(GenAuthTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30 });
  });

  it('rejects with the standard AbortError when the caller aborts', async () => {
    const client = clientAnswering(hangingFetch);
    const controller = new AbortController();
    const pending = failure(client.sendSms(input, { signal: controller.signal }));
    controller.abort();
    const error = await pending;
    // jsdom and Node each have a DOMException class, so check the standard name, as callers do.
    expect((error as DOMException).name).toBe('AbortError');
    expect(error).not.toBeInstanceOf(GenAuthError);
  });

  it('does not send at all with an already aborted signal', async () => {
    const { fetch, spy } = fakeFetch();
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    const error = await failure(client.sendSms(input, { signal: AbortSignal.abort() }));
    expect((error as DOMException).name).toBe('AbortError');
    expect(spy).not.toHaveBeenCalled();
  });
});
