import type { Outbox } from './outbox.js';
import type { RateLimiter } from './rate-limiter.js';
import type { UserStore } from './users.js';

/** Settings the endpoints read on every request (some can change at runtime). */
export interface MockSettings {
  appId: string | undefined;
  internationalSms: boolean;
  rateWindowMs: number;
  codeTtlMs: number;
  latencyMs: number;
}

/** Everything an endpoint may read or change. */
export interface MockState {
  settings: MockSettings;
  now: () => number;
  generateCode: () => string;
  outbox: Outbox;
  limiter: RateLimiter;
  users: UserStore;
}

/** Facts about the request an endpoint may need besides its body. */
export interface MockRequestInfo {
  requestId: string;
  /** The app id the client sent (already checked). */
  appId: string;
  /** Origin of the request URL, used as the token issuer. */
  origin: string;
}
