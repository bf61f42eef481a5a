import { vi } from 'vitest';

/** A recorded request made through a fake fetch. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
  credentials: RequestCredentials | undefined;
}

/** A `fetch` that records every request and answers with `respond` (default: a 200 envelope). */
export function fakeFetch(
  respond: (request: RecordedRequest, init: RequestInit) => Response | Promise<Response> = () =>
    Response.json({ statusCode: 200, message: 'ok', requestId: 'req-1' }),
) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    requests.push(request);
    return respond(request, init);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests, spy: fetch };
}
