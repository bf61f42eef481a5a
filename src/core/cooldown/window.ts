/**
 * How long a cooldown may last: the server's window, and the bound nothing may exceed.
 *
 * @internal Used by the cooldown store, the send path and the hooks.
 */

/** GenAuth's rule: one code per (channel, recipient) per minute. */
export const SERVER_COOLDOWN_MS = 60_000;

/**
 * The longest cooldown anything may start: a send (`cooldownSeconds`, a 429's `Retry-After`),
 * a stored record or a message from another tab. GenAuth's window is one minute; ten minutes
 * leaves room for a stricter tenant or app policy, while a bogus header, a corrupted record or
 * a forged message can at worst hold a number for ten minutes, not a day.
 */
export const MAX_COOLDOWN_MS = 10 * 60_000;

/** Why a configured cooldown was not used as given. */
export type CooldownSecondsIssue = 'invalid' | 'capped';

/**
 * The cooldown a send starts, from a configured number of seconds. Zero, negative, `NaN`,
 * infinite or non-numeric values would turn the cooldown off (every click sends a paid SMS),
 * so they fall back to the server's 60 s; values above {@link MAX_COOLDOWN_MS} are capped.
 */
export function resolveCooldownMs(seconds: unknown): {
  ms: number;
  issue: CooldownSecondsIssue | null;
} {
  if (seconds === undefined) return { ms: SERVER_COOLDOWN_MS, issue: null };
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    return { ms: SERVER_COOLDOWN_MS, issue: 'invalid' };
  }
  const ms = seconds * 1000;
  return ms > MAX_COOLDOWN_MS ? { ms: MAX_COOLDOWN_MS, issue: 'capped' } : { ms, issue: null };
}

/** True when both are plausible: a start that is a finite time, a duration within the bound. */
export function isPlausibleCooldown(startedAt: unknown, durationMs: unknown): boolean {
  return (
    typeof startedAt === 'number' &&
    Number.isFinite(startedAt) &&
    startedAt >= 0 &&
    typeof durationMs === 'number' &&
    Number.isFinite(durationMs) &&
    durationMs > 0 &&
    durationMs <= MAX_COOLDOWN_MS
  );
}
