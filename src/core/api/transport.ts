import { loadSendPath } from '../send-path/load-send-path.js';
import type { AccessTokenSource } from './access-token.js';
import { normalizeAppHost } from './app-host.js';
import { checkClientOptions } from './client-options.js';
import type { AnswerReading } from './interpret-answer.js';
import { optionError } from './option-error.js';
import type { TransportConfig } from './post-json.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/** Header name prefix: GenAuth SDKs send `x-genauth-*`, older Authing SDKs `x-authing-*`. */
export type HeaderPrefix = 'x-genauth' | 'x-authing';

/** Options of {@link createGenAuthTransport} and `createGenAuthClient`. No app secret: it must never reach a browser. */
export interface GenAuthClientOptions {
  /** Your GenAuth application's App ID (console: Applications → your app). */
  appId: string;
  /** Your app's domain, e.g. `https://my-app.genauth.ai`; the scheme may be omitted. */
  appHost: string;
  /**
   * Prefix of the identification headers.
   * @default 'x-genauth'
   */
  headerPrefix?: HeaderPrefix | undefined;
  /**
   * Sent as `{prefix}-lang` (e.g. `zh-CN`, `en-US`) when set: the server localises messages.
   * A language tag of at most 35 characters; anything else throws at creation.
   */
  lang?: string | undefined;
  /**
   * Sent as `{prefix}-app-tenant-id` when set (multi-tenant apps). At most 128 printable ASCII
   * characters, like `appId`; anything else throws at creation.
   */
  tenantId?: string | undefined;
  /**
   * Your user pool's ID (console: Settings → Basic settings), sent as `{prefix}-userpool-id` on
   * the V2 MFA calls only (`verifyMfaSms`, `checkMfaBindable`), as GenAuth's MFA component
   * sends it; the V3 calls name the app alone, as the official SDK's do. At most 128 printable
   * ASCII characters; anything else throws at creation.
   */
  userPoolId?: string | undefined;
  /**
   * Give up after this many milliseconds, like the official Node SDK. From 1 to 2^31 - 1 (about
   * 24.8 days, the longest timer JavaScript can hold); `NaN`, `Infinity`, 0, negatives and
   * larger values throw at creation instead of firing after 1 ms.
   * @default 10000
   */
  timeoutMs?: number | undefined;
  /** The `fetch` to use; read at call time, so SSR and tests can inject one. @default globalThis.fetch */
  fetch?: typeof fetch | undefined;
  /**
   * Cookie policy; GenAuth's SDKs send cookies (`withCredentials`).
   * @default 'include'
   */
  credentials?: RequestCredentials | undefined;
  /** Clock for `Retry-After` dates. @default Date.now */
  now?: (() => number) | undefined;
  /**
   * The signed-in user's access token, or a function returning the current one (`null` when
   * signed out; may be async), read anew for every call. Sent as the raw `authorization`
   * header value, as the official SDK sends it, on every call while there is one; the
   * account-security calls (`bindPhone`, `unbindPhone`, `verifyUpdatePhoneRequest`,
   * `updatePhone`, `verifyDeleteAccountRequest`, `deleteAccount`) fail without one.
   * @default undefined (nobody signed in)
   */
  accessToken?: AccessTokenSource;
}

/** Options of `transport.post`: the per-call options plus how the call uses the access token. */
export interface PostOptions extends RequestOptions {
  /**
   * `'required'` for calls that act for the signed-in user: with no token they reject with
   * `GenAuthAuthRequiredError` before any request. `'optional'` sends it when there is one.
   * @default 'optional'
   */
  accessToken?: 'required' | 'optional' | undefined;
  /**
   * Authorises this call with the MFA token of a sign-in that asked for a second factor
   * (`authorization: Bearer <mfaToken>`, as the official MFA component sends it) instead of the
   * access token. Used for that one call, never kept.
   */
  mfaToken?: string | undefined;
  /** How to read the answer: GET, a V2 envelope, a finer error for a refusal. */
  reading?: AnswerReading | undefined;
}

/**
 * A configured connection to one GenAuth app: identification headers, timeout, error handling.
 * Every endpoint function (`sendSms`, `signInByPhonePassCode`, ...) takes one, so a page only
 * bundles the endpoints it calls. A {@link GenAuthClient} is a transport with every method bound.
 */
export interface GenAuthTransport {
  /** The App ID requests identify themselves with. */
  readonly appId: string;
  /** The normalised app host, e.g. `https://my-app.genauth.ai`. */
  readonly appHost: string;
  /**
   * POSTs any JSON body to a GenAuth API path (`/api/...`, appended to `appHost`) with this
   * transport's headers and error handling. Resolves only when GenAuth answers `statusCode: 200`;
   * otherwise rejects with a `GenAuthError`. Any other path (`//`, `..`, `?`, `#`, `:port`, ...)
   * rejects with a `GenAuthInputError` (`field: 'path'`) before any request.
   * The code that sends loads on the first call (`GenAuthLoadError`, nothing sent, if it cannot).
   */
  post<T extends GenAuthEnvelope = GenAuthEnvelope>(
    path: string,
    body: unknown,
    options?: PostOptions,
  ): Promise<T>;
  /** GETs a GenAuth API path, with the same headers, checks and errors as `post`. */
  get<T extends GenAuthEnvelope = GenAuthEnvelope>(path: string, options?: PostOptions): Promise<T>;
}

const FORBIDDEN_SECRET_KEYS = ['appSecret', 'secret', 'app_secret', 'accessKeySecret'];

/**
 * Creates the transport to one GenAuth app, validating every option up front.
 *
 * @example
 * const transport = createGenAuthTransport({ appId: 'YOUR_APP_ID', appHost: 'my-app.genauth.ai' });
 * await sendSms(transport, { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
 * @throws {GenAuthInputError} for a missing appId, a bad appHost, any app secret, or an option
 * that cannot be a header value or a timer (`field` names it).
 */
export function createGenAuthTransport(options: GenAuthClientOptions): GenAuthTransport {
  const given = options as unknown as Record<string, unknown>;
  for (const key of FORBIDDEN_SECRET_KEYS) {
    if (given[key] !== undefined) {
      throw optionError(
        'appSecret',
        process.env.NODE_ENV === 'production'
          ? undefined
          : `Do not pass "${key}": an app secret must never ship to a browser, and send-sms does not need one`,
      );
    }
  }
  const checked = checkClientOptions(options);
  const tokenSource = options.accessToken;
  if (!['string', 'function', 'undefined'].includes(typeof tokenSource) && tokenSource !== null) {
    throw optionError(
      'accessToken',
      process.env.NODE_ENV === 'production'
        ? undefined
        : 'accessToken must be a string or a function',
    );
  }
  const appHost = normalizeAppHost(options.appHost);
  // Kept as checked now: the send path makes headers and defaults from it on each request.
  const config: TransportConfig = {
    ...checked,
    baseUrl: appHost,
    credentials: options.credentials,
    fetch: options.fetch,
    now: options.now,
  };
  const post = async <T extends GenAuthEnvelope>(
    path: string,
    body: unknown,
    request?: PostOptions,
  ) => {
    // The hardened request code is not part of the page: it loads with the first call.
    const { checkApiPath, postJson, readAccessToken, requireAccessToken } = await loadSendPath();
    // Before the token is read: a path that could leave the app host never gets it.
    const apiPath = checkApiPath(path);
    // Read per call and never kept: the app owns the token and may have refreshed it.
    const token = request?.mfaToken
      ? `Bearer ${request.mfaToken}`
      : request?.accessToken === 'required'
        ? await requireAccessToken(tokenSource)
        : await readAccessToken(tokenSource);
    return postJson<T>(
      config,
      apiPath,
      body,
      request?.signal,
      token ? { authorization: token } : undefined,
      request?.reading,
    );
  };
  return {
    appId: checked.appId,
    appHost,
    post,
    get: (path, request) =>
      post(path, undefined, { ...request, reading: { ...request?.reading, method: 'GET' } }),
  };
}
