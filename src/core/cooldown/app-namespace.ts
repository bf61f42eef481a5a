import { normalizeAppHost } from '../api/app-host.js';
import { hash32 } from './bucket.js';

/**
 * Which GenAuth app a cooldown belongs to. GenAuth limits sends per user pool, that is per app,
 * so two apps on one origin (two providers, or a page talking to two app hosts) must not share
 * cooldowns: a `GenAuthTransport` or `GenAuthClient` fits as it is.
 */
export interface CooldownApp {
  /** The app's App ID. */
  readonly appId: string;
  /** The app host, e.g. `https://my-app.genauth.ai` (any form `normalizeAppHost` accepts). */
  readonly appHost: string;
}

/**
 * The namespace of `app`'s cooldowns under `base`: `<base>@<hash>`, one per (app host, App ID).
 * A hash rather than the two values: storage item and lock names stay short and of one shape
 * whatever the host, and 32 bits tell apart the few apps one origin can host. The host is
 * normalised first, so `my-app.genauth.ai` and `https://my-app.genauth.ai/` are one app, and the
 * result depends on nothing else: every tab, and every reload, finds the same cooldowns.
 *
 * @internal Used by `getDefaultCooldownStore`.
 * @example appCooldownNamespace('genauth-sms', client) // e.g. 'genauth-sms@1x3k9qz'
 */
export function appCooldownNamespace(base: string, app: CooldownApp): string {
  let host: string;
  try {
    host = normalizeAppHost(app.appHost);
  } catch {
    // A custom transport's host the kit would refuse still names one app: keep it as given.
    host = String(app.appHost).trim();
  }
  return `${base}@${hash32(`${host}\u0000${app.appId}`).toString(36)}`;
}
