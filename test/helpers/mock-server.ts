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

/** How {@link post} and {@link postRaw} send a request. */
export interface PostInit {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  host?: string;
}

/** POSTs JSON to `/api/v3/<endpoint>` with the app id header unless `headers` replaces it. */
export function postRaw(endpoint: string, body: unknown, init: PostInit = {}): Promise<Response> {
  return fetch(`${init.host ?? HOST}/api/v3/${endpoint}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(init.headers ?? APP_HEADERS) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

/** {@link postRaw}, with the answer read as a GenAuth envelope. */
export async function post(
  endpoint: string,
  body: unknown,
  init: PostInit = {},
): Promise<{ status: number; headers: Headers; json: Envelope }> {
  const response = await postRaw(endpoint, body, init);
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Envelope,
  };
}
