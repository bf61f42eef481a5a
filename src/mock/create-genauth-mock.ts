import type { HttpHandler } from 'msw';
import type { SmsChannel } from '../core/api/channels.js';
import type { EmailChannel } from '../core/api/email-channels.js';
import type { PasswordStrength } from '../core/password/rules.js';
import { createFailureSwitch } from './failures.js';
import { createHttpHandlers } from './http-handlers.js';
import { createCode } from './ids.js';
import { createMfaStore } from './mfa-store.js';
import { createOutbox, type GenAuthMockListener } from './outbox.js';
import {
  createMockPersistence,
  type GenAuthMockPersistOptions,
  type MockPersistence,
} from './persistence.js';
import { createRateLimiter } from './rate-limiter.js';
import { startSession } from './sessions.js';
import {
  emptyAccountState,
  MOCK_CONFIG_FIELDS,
  type MockSettings,
  type MockState,
} from './state.js';
import { targetOfRecipient } from './targets.js';
import { createTokenSet, type GenAuthMockTokenSet } from './tokens.js';
import type {
  GenAuthMockFailureInput,
  GenAuthMockMessage,
  GenAuthMockMfaFactorType,
  GenAuthMockMfaPolicy,
  GenAuthMockRecipient,
  GenAuthMockUser,
  GenAuthMockUserSeed,
} from './types.js';
import { createUserStore } from './users.js';

/** Options of {@link createGenAuthMock}. */
export interface GenAuthMockOptions {
  /**
   * Only answer requests to this host (`example.genauth.ai` or `https://example.genauth.ai/`,
   * normalised like the official SDKs do). @default any origin
   */
  appHost?: string | undefined;
  /**
   * When set, the app id header must equal it (else `statusCode: 499`, apiCode 2011).
   * @default undefined (any non-empty app id)
   */
  appId?: string | undefined;
  /**
   * Whether the tenant has an international SMS provider; when false only `+86` numbers work.
   * @default true
   */
  internationalSms?: boolean | undefined;
  /** One code per (channel, recipient) within this window. @default 60000 */
  rateWindowMs?: number | undefined;
  /** How long a code stays valid for sign-in and sign-up. @default 300000 (5 min) */
  codeTtlMs?: number | undefined;
  /** Delay before every answer, e.g. 400 to show a sending state. @default 0 */
  latencyMs?: number | undefined;
  /** The clock for rate windows, code expiry and timestamps. @default () => Date.now() */
  now?: (() => number) | undefined;
  /** Makes the verification codes. @default random 6 digits */
  generateCode?: (() => string) | undefined;
  /** Users registered from the start (and again after `reset()`). @default [] */
  users?: readonly GenAuthMockUserSeed[] | undefined;
  /** Failure mode(s) active from the start (and again after `reset()`). @default null */
  failure?: GenAuthMockFailureInput | null | undefined;
  /**
   * Lifetime of the one-time tokens of the verify steps (`passwordResetToken`,
   * `updatePhoneToken`, `deleteAccountToken`). @default 60000 (GenAuth documents 60 s for
   * `deleteAccountToken`)
   */
  flowTokenTtlMs?: number | undefined;
  /**
   * Whether changing a phone also needs a `CHANNEL_UNBIND_PHONE` code sent to the current
   * number (a user-pool setting in GenAuth). @default true
   */
  verifyOldPhoneOnUpdate?: boolean | undefined;
  /** The pool's password level, enforced by `reset-password` and password sign-up. @default 'low' */
  passwordStrength?: PasswordStrength | undefined;
  /**
   * The app's MFA policy: when on, every sign-in whose first factor passed (code or password)
   * answers `statusCode: 301`, apiCode 1636 and `data.mfaToken` instead of tokens, and the user
   * finishes with `POST /api/v2/applications/mfa/sms/verify`. `true` offers SMS only. A user's own
   * MFA (seed `mfa`, or an enrolled factor) answers the same with apiCode 1635.
   * @default false
   */
  mfa?: boolean | GenAuthMockMfaPolicy | undefined;
  /**
   * Lifetime of an `mfaToken` (it is also spent by a successful verify). @default 360000 (6 min,
   * the `exp - iat` of an mfaToken captured from GenAuth)
   */
  mfaTokenTtlMs?: number | undefined;
  /**
   * Keep the whole state (outbox, rate windows, codes, users...) in `storage`, so that it
   * survives a reload and is shared by the mocks of other tabs: a second SMS to a number within
   * the minute is refused there too.
   * @default undefined (memory only)
   * @example createGenAuthMock({ persist: { storage: localStorage, key: 'my-demo' } })
   */
  persist?: GenAuthMockPersistOptions | undefined;
}

/** A GenAuth V3 mock: MSW handlers plus the state they share. */
export interface GenAuthMock {
  /** MSW request handlers, one per `GenAuthMockEndpoint`. */
  readonly handlers: HttpHandler[];
  /** A snapshot of every message sent so far, oldest first. */
  readonly outbox: readonly GenAuthMockMessage[];
  /** A snapshot of the registered users (seeded and signed up). */
  readonly users: readonly GenAuthMockUser[];
  /** The newest message to `recipient`, on `channel` when given. */
  lastMessageFor(
    recipient: GenAuthMockRecipient,
    channel?: SmsChannel | EmailChannel,
  ): GenAuthMockMessage | undefined;
  /** The newest code sent to `recipient` (on `channel` when given): what the user "received". */
  lastCodeFor(
    recipient: GenAuthMockRecipient,
    channel?: SmsChannel | EmailChannel,
  ): string | undefined;
  /** Calls `listener` for each message sent; returns the unsubscribe function. */
  subscribe(listener: (message: GenAuthMockMessage) => void): () => void;
  /** Registers a user, as if they had signed up. */
  addUser(seed: GenAuthMockUserSeed): GenAuthMockUser;
  /**
   * Signs a registered user in without a code, as the mock's sign-in would, and returns the
   * token set: its `access_token` is what the account-security calls need. No MFA is asked.
   * Throws for an unknown recipient.
   */
  signIn(recipient: GenAuthMockRecipient): GenAuthMockTokenSet;
  /** Replaces the active failure mode(s); `null` makes every endpoint behave again. */
  setFailure(failure: GenAuthMockFailureInput | null): void;
  /** Changes the delay before every answer, in ms. */
  setLatency(latencyMs: number): void;
  /**
   * Back to the state `createGenAuthMock` returned: empty outbox, no rate windows, only the
   * seeded users (with their seeded passwords and MFA factors), no sessions, MFA or enrolment
   * tokens, the initial failure mode and latency; a persisted state is forgotten (in
   * other tabs too). Subscribers stay subscribed.
   */
  reset(): void;
}

const DEFAULT_RATE_WINDOW_MS = 60_000;
const DEFAULT_CODE_TTL_MS = 5 * 60_000;
const DEFAULT_FLOW_TOKEN_TTL_MS = 60_000;
const DEFAULT_MFA_TOKEN_TTL_MS = 6 * 60_000;

function appMfaFactors(
  mfa: boolean | GenAuthMockMfaPolicy | undefined,
): readonly GenAuthMockMfaFactorType[] | undefined {
  if (!mfa) return undefined;
  const factors = mfa === true ? undefined : mfa.factors;
  return factors && factors.length > 0 ? [...factors] : ['SMS'];
}

/**
 * Creates a GenAuth V3 mock that enforces the real rules: app id header, the 11 SMS and 11 email
 * channels, mainland mobile format, optional international SMS, one code per (channel,
 * recipient) per minute, and single-use codes that expire. Every answer is an HTTP 200 envelope
 * with a `requestId`, as GenAuth sends, unless a failure mode says otherwise.
 *
 * @example
 * const mock = createGenAuthMock({ users: [{ phone: '13800138000' }], latencyMs: 400 });
 * const server = setupServer(...mock.handlers); // or setupWorker / msw-storybook-addon
 * // ... the user requests a code ...
 * const code = mock.lastCodeFor('13800138000', 'CHANNEL_LOGIN');
 * mock.setFailure({ mode: 'rate-limit-http', retryAfterSeconds: 30, times: 1 });
 */
export function createGenAuthMock(options: GenAuthMockOptions = {}): GenAuthMock {
  // Read Date.now lazily so fake timers installed after creation still drive the clock.
  const now = options.now ?? (() => Date.now());
  const initialLatencyMs = options.latencyMs ?? 0;
  const settings: MockSettings = {
    appId: options.appId,
    internationalSms: options.internationalSms ?? true,
    rateWindowMs: options.rateWindowMs ?? DEFAULT_RATE_WINDOW_MS,
    codeTtlMs: options.codeTtlMs ?? DEFAULT_CODE_TTL_MS,
    latencyMs: initialLatencyMs,
    flowTokenTtlMs: options.flowTokenTtlMs ?? DEFAULT_FLOW_TOKEN_TTL_MS,
    verifyOldPhoneOnUpdate: options.verifyOldPhoneOnUpdate ?? true,
    passwordStrength: options.passwordStrength ?? 'low',
    appMfa: appMfaFactors(options.mfa),
    mfaTokenTtlMs: options.mfaTokenTtlMs ?? DEFAULT_MFA_TOKEN_TTL_MS,
  };
  const state: MockState = {
    settings,
    now,
    generateCode: options.generateCode ?? createCode,
    outbox: createOutbox(),
    limiter: createRateLimiter(now, () => settings.rateWindowMs),
    users: createUserStore(options.users ?? [], now),
    accounts: emptyAccountState(),
    mfa: createMfaStore(),
  };
  const failures = createFailureSwitch();
  failures.set(options.failure);

  /** Back to the start: the data only (failure and latency are this page's settings). */
  const clearData = () => {
    state.outbox.clear();
    state.limiter.clear();
    state.users.reset();
    state.accounts = emptyAccountState();
    state.mfa.clear();
  };
  const persistence: MockPersistence | undefined = options.persist
    ? createMockPersistence({
        state,
        config: MOCK_CONFIG_FIELDS,
        now,
        clear: clearData,
        options: options.persist,
      })
    : undefined;
  const load = () => persistence?.load();
  const save = () => persistence?.save();

  const handlers = createHttpHandlers(state, failures, options.appHost, {
    beforeAnswer: load,
    afterAnswer: save,
  });

  const lastMessageFor = (recipient: GenAuthMockRecipient, channel?: SmsChannel | EmailChannel) => {
    load();
    return state.outbox.latest(targetOfRecipient(recipient), channel);
  };

  return {
    handlers,
    get outbox() {
      load();
      return state.outbox.list();
    },
    get users() {
      load();
      return state.users.list();
    },
    lastMessageFor,
    lastCodeFor: (recipient, channel) => lastMessageFor(recipient, channel)?.code,
    subscribe: (listener: GenAuthMockListener) => state.outbox.subscribe(listener),
    addUser(seed) {
      load();
      const user = state.users.add(seed);
      save();
      return user;
    },
    signIn(recipient) {
      load();
      const user = state.users.find(targetOfRecipient(recipient));
      if (!user) throw new Error('genauth mock: signIn() needs a registered user');
      const tokens = createTokenSet({
        user,
        appId: settings.appId ?? 'genauth-mock',
        issuer: 'https://genauth.mock',
        nowMs: now(),
        scope: undefined,
      });
      startSession(state, tokens.access_token, user.userId, tokens.expires_in * 1000);
      save();
      return tokens;
    },
    setFailure: (failure) => failures.set(failure),
    setLatency(latencyMs) {
      settings.latencyMs = latencyMs;
    },
    reset() {
      clearData();
      persistence?.forget();
      failures.set(options.failure);
      settings.latencyMs = initialLatencyMs;
    },
  };
}
