// Requests the MFA tests send besides the V3 POSTs of test/helpers/mock-server.ts.
import { APP_HEADERS, HOST } from '../../helpers/mock-server.js';

/** A V2 answer as the tests read it. */
export interface V2Answer {
  code: number;
  message: string;
  data?: unknown;
}

/**
 * POSTs to `/api/v2/<path>` as the official MFA component does: `x-authing-app-id` and
 * `authorization: Bearer <mfaToken>` (no authorization when `mfaToken` is undefined).
 */
export async function postV2(
  path: string,
  body: unknown,
  mfaToken: string | undefined,
  host = HOST,
): Promise<{ status: number; json: V2Answer }> {
  const response = await fetch(`${host}/api/v2/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-authing-app-id': APP_HEADERS['x-genauth-app-id'],
      ...(mfaToken === undefined ? {} : { authorization: `Bearer ${mfaToken}` }),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as V2Answer };
}

/** GETs `/api/v3/<endpoint>` with the app id and, when given, the access token. */
export async function getV3(endpoint: string, accessToken?: string) {
  const response = await fetch(`${HOST}/api/v3/${endpoint}`, {
    headers: { ...APP_HEADERS, ...(accessToken ? { authorization: accessToken } : {}) },
  });
  return {
    status: response.status,
    json: (await response.json()) as { statusCode: number; data?: unknown; message: string },
  };
}

/** Headers of a signed-in V3 call. */
export function signedIn(accessToken: string): Record<string, string> {
  return { ...APP_HEADERS, authorization: accessToken };
}
