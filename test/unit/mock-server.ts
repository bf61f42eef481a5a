import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createGenAuthMock,
  type GenAuthMock,
  type GenAuthMockOptions,
} from '../../src/mock/index.js';

/** Where the tests send requests; the mock matches any origin unless told otherwise. */
export const HOST = 'https://mock.genauth.test';
export const APP_ID = 'app-123';
export const APP_HEADERS = { 'x-genauth-app-id': APP_ID };

/** A GenAuth response envelope as the tests read it. */
export interface Envelope {
  statusCode: number;
  message: string;
  apiCode?: number;
  requestId: string;
  data?: Record<string, unknown>;
}

/** A clock the tests move by hand. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let current = start;
  return {
    now: () => current,
    advance(ms: number) {
      current += ms;
    },
  };
}

/** Registers an MSW server for the file; `install` puts a fresh mock's handlers on it. */
export function setupMockServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    server,
    install(options?: GenAuthMockOptions): GenAuthMock {
      const mock = createGenAuthMock(options);
      server.use(...mock.handlers);
      return mock;
    },
  };
}

/** POSTs JSON to `/api/v3/<endpoint>` with the app id header unless `headers` replaces it. */
export async function post(
  endpoint: string,
  body: unknown,
  init: { headers?: Record<string, string>; signal?: AbortSignal; host?: string } = {},
): Promise<{ status: number; headers: Headers; json: Envelope }> {
  const response = await fetch(`${init.host ?? HOST}/api/v3/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(init.headers ?? APP_HEADERS) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Envelope,
  };
}
