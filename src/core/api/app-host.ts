import { optionError } from './option-error.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

const LOOPBACK_HOSTNAMES = new Set(['localhost', '[::1]']);

function isLoopback(hostname: string): boolean {
  return (
    LOOPBACK_HOSTNAMES.has(hostname) ||
    hostname.endsWith('.localhost') ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * Normalises an app host the way the official GenAuth SDKs do: adds `https://` when no scheme
 * is given and strips trailing slashes. Refuses what would leak codes or cannot work: an
 * unparsable host, a scheme other than http(s), and plain `http://` except on loopback.
 *
 * @example normalizeAppHost('my-app.genauth.ai/') // 'https://my-app.genauth.ai'
 * @throws {GenAuthInputError} with `field: 'appHost'`
 */
export function normalizeAppHost(appHost: string): string {
  const trimmed = typeof appHost === 'string' ? appHost.trim() : '';
  if (trimmed === '') {
    throw optionError(
      'appHost',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'appHost is required, e.g. "https://my-app.genauth.ai"',
    );
  }
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw optionError(
      'appHost',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `appHost "${trimmed.slice(0, 100)}" is not a valid URL`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw optionError(
      'appHost',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `appHost must use https:// (got ${url.protocol}//)`,
    );
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw optionError(
      'appHost',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `appHost must use https:// (plain http:// is only allowed for localhost): ${url.host}`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw optionError(
      'appHost',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'appHost must not contain credentials, a query or a hash',
    );
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
