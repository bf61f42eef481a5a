import { optionError } from './option-error.js';
import { preview } from './preview.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/**
 * `/api/` and name segments (letters, digits, `-`, `_`, single dots inside a name). Everything
 * that could move the request elsewhere is outside it: a leading `.`, `:` or `@` (host, port,
 * user info), `//`, `.` and `..` segments (raw or %-encoded), backslashes, `?`, `#`, spaces and
 * control characters.
 */
const API_PATH = /^\/api(?:\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)+$/;

/**
 * @internal `path` when it is an absolute GenAuth API path (`/api/v3/send-sms`), which the
 * transport appends to the app host; the URL is `${appHost}${path}`, so anything else could send
 * the body and the user's `authorization` header to another host or port.
 * Part of the send path (the page does not carry it); called before the token is read.
 * @throws {GenAuthInputError} with `field: 'path'`, before any request.
 */
export function checkApiPath(path: unknown): string {
  if (typeof path !== 'string' || !API_PATH.test(path)) {
    throw optionError(
      'path',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `The path must be a GenAuth API path like "/api/v3/send-sms" (got ${preview(path)})`,
    );
  }
  return path;
}
