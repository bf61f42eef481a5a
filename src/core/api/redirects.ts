import type { UsableResponse } from './response-shape.js';

function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

/**
 * @internal Why `response` is a redirect rather than GenAuth's answer, or `undefined`. Requests
 * are sent with `redirect: 'manual'`, so a browser stops with an `opaqueredirect` and Node with
 * the 3xx itself; a custom fetch that follows redirects anyway is caught by `redirected` or a
 * final `url` other than the one requested (the body was re-posted then, but its answer is not
 * trusted).
 */
export function redirectIn(response: UsableResponse, requestUrl: string): string | undefined {
  if (response.type === 'opaqueredirect') return 'a redirect';
  if (response.status >= 300 && response.status < 400) {
    const location = response.header('location');
    return location
      ? `HTTP ${response.status} to ${location.slice(0, 200)}`
      : `HTTP ${response.status}`;
  }
  if (response.redirected || (response.url !== undefined && !sameUrl(response.url, requestUrl))) {
    return `a redirect to ${(response.url ?? 'another address').slice(0, 200)}`;
  }
  return undefined;
}
