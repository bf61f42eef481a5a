import type { GenAuthInputIssue } from './errors.js';
import { optionError } from './option-error.js';
import { preview } from './preview.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/**
 * @internal Longest timeout `setTimeout` can hold (2^31 - 1 ms, about 24.8 days). Beyond it
 * timers fire after 1 ms: the server would get the request while the page reports a timeout,
 * and a retry would send another paid SMS.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** @internal The options that end up in headers and timers, checked and normalised. */
export interface CheckedClientOptions {
  appId: string;
  headerPrefix: 'x-genauth' | 'x-authing';
  lang: string | undefined;
  tenantId: string | undefined;
  userPoolId: string | undefined;
  timeoutMs: number;
}

// Visible ASCII only: a header value may not hold CR/LF or NUL (header injection), and fetch
// refuses anything outside Latin-1 with a TypeError that would surface as "network error" on
// every call. GenAuth's ids are ASCII (App IDs are 24 hex digits).
const HEADER_TOKEN = /^[\x21-\x7e]+$/;
// BCP 47 shape (`zh-CN`, `en-US`, `zh-Hant-TW`); RFC 5646 recommends supporting 35 characters.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z\d]{1,8})*$/;
const MAX_ID_LENGTH = 128;
const MAX_LANG_LENGTH = 35;

/**
 * A header value that is a printable ASCII token of at most `maxLength` characters, or
 * `undefined` when not set (`undefined` or `''`).
 * @throws {GenAuthInputError} naming `field` otherwise
 */
export function checkHeaderToken(
  field: GenAuthInputIssue,
  value: unknown,
  maxLength: number = MAX_ID_LENGTH,
): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || value.length > maxLength || !HEADER_TOKEN.test(value)) {
    throw optionError(
      field,
      process.env.NODE_ENV === 'production'
        ? undefined
        : `${field} must be at most ${maxLength} printable ASCII characters without spaces or line breaks (got ${preview(value)})`,
    );
  }
  return value;
}

function checkTimeout(value: unknown): number {
  if (value === undefined) return 10_000;
  if (typeof value !== 'number' || !(value >= 1 && value <= MAX_TIMEOUT_MS)) {
    throw optionError(
      'timeoutMs',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `timeoutMs must be a number of milliseconds from 1 to ${MAX_TIMEOUT_MS} (got ${preview(value)})`,
    );
  }
  return value;
}

const CREDENTIALS = ['include', 'same-origin', 'omit'];

// A wrong type here would only surface at the first send, as a "network error" or a crash.
function checkCallables(options: { fetch?: unknown; now?: unknown; credentials?: unknown }) {
  for (const name of ['fetch', 'now'] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== 'function') {
      throw optionError(
        name,
        process.env.NODE_ENV === 'production'
          ? undefined
          : `${name} must be a function (got ${preview(value)})`,
      );
    }
  }
  const { credentials } = options;
  if (credentials !== undefined && !CREDENTIALS.includes(credentials as string)) {
    throw optionError(
      'credentials',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `credentials must be 'include', 'same-origin' or 'omit' (got ${preview(credentials)})`,
    );
  }
}

/**
 * @internal Checks every option that becomes a header or a timer, so a misconfigured client
 * fails at creation with the option's name instead of failing every call later.
 * @throws {GenAuthInputError} whose `field` is the option's name
 */
export function checkClientOptions(options: {
  appId?: unknown;
  headerPrefix?: unknown;
  lang?: unknown;
  tenantId?: unknown;
  userPoolId?: unknown;
  timeoutMs?: unknown;
  fetch?: unknown;
  now?: unknown;
  credentials?: unknown;
}): CheckedClientOptions {
  checkCallables(options);
  const trimmed = typeof options.appId === 'string' ? options.appId.trim() : '';
  if (trimmed === '') {
    throw optionError(
      'appId',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'appId is required (GenAuth console → your application)',
    );
  }
  const appId = checkHeaderToken('appId', trimmed) ?? trimmed;
  const { headerPrefix = 'x-genauth' } = options;
  if (headerPrefix !== 'x-genauth' && headerPrefix !== 'x-authing') {
    throw optionError(
      'headerPrefix',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `headerPrefix must be 'x-genauth' or 'x-authing' (got ${preview(headerPrefix)})`,
    );
  }
  const lang = checkHeaderToken('lang', options.lang, MAX_LANG_LENGTH);
  if (lang !== undefined && !LANGUAGE_TAG.test(lang)) {
    throw optionError(
      'lang',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `lang must be a language tag like "zh-CN" (got ${preview(lang)})`,
    );
  }
  return {
    appId,
    headerPrefix,
    lang,
    tenantId: checkHeaderToken('tenantId', options.tenantId),
    userPoolId: checkHeaderToken('userPoolId', options.userPoolId),
    timeoutMs: checkTimeout(options.timeoutMs),
  };
}
