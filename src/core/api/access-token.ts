import { GenAuthAuthRequiredError } from './errors.js';
import { optionError } from './option-error.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/** What an access token may be: `null` or `undefined` means "nobody is signed in". */
export type AccessTokenValue = string | null | undefined;

/**
 * The signed-in user's access token, or a function that returns the current one (sync or
 * async), read anew for every call so an app that refreshes tokens never hands the kit a
 * stale one. The kit keeps none of the values it reads.
 */
export type AccessTokenSource =
  | AccessTokenValue
  | (() => AccessTokenValue | Promise<AccessTokenValue>);

// A header value must not smuggle a second header or line (RFC 9110 field-value).
const HEADER_SAFE = /^[\t\x20-\x7e\x80-\xff]+$/;

/**
 * @internal Reads the current token from `source`: `undefined` when there is none.
 * @throws {GenAuthInputError} when the source gives something that cannot be a header value.
 */
export async function readAccessToken(source: AccessTokenSource): Promise<string | undefined> {
  const value = typeof source === 'function' ? await source() : source;
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw optionError(
      'accessToken',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'accessToken must be a string (or return one)',
    );
  }
  const token = value.trim();
  if (token === '') return undefined;
  if (!HEADER_SAFE.test(token)) {
    throw optionError(
      'accessToken',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'accessToken contains characters a header cannot carry',
    );
  }
  return token;
}

/**
 * @internal The token a signed-in call needs.
 * @throws {GenAuthAuthRequiredError} when nobody is signed in.
 */
export async function requireAccessToken(source: AccessTokenSource): Promise<string> {
  const token = await readAccessToken(source);
  if (token === undefined) throw new GenAuthAuthRequiredError();
  return token;
}
