/**
 * The cooldowns one store knows, timed on the page's monotonic clock.
 *
 * Wall time (`Date.now`) is what survives a reload and what other tabs understand, so it is what
 * storage holds; but a user or NTP may move it by hours. So a cooldown is converted to the
 * monotonic clock (`performance.now`) the first time this page sees it, and from then on only
 * the monotonic clock counts it down: setting the wall clock back or forward changes nothing
 * for cooldowns already known. A cooldown first seen after a change (a reload, another tab) can
 * only be judged by wall time: its remaining time is clamped to 0..duration, so a clock set back
 * shows at most the full duration again, never more, and a clock set forward ends it early
 * (the server's 429 then re-syncs it).
 *
 * @internal Used by the cooldown store only.
 */

/** One cooldown as this store knows it. */
export interface CooldownRecord {
  /** The key's tag (see `cooldownTag`). */
  readonly tag: string;
  /** Wall-clock start, epoch ms, as stored or broadcast. */
  readonly startedAt: number;
  /** The full duration, ms. */
  readonly durationMs: number;
  /** When it ends, on this page's monotonic clock. */
  readonly endsAt: number;
  /** True when this store started it: messages from other tabs may not clear it. */
  readonly own: boolean;
  /** The stored text it came from, so an unchanged item is not parsed again. */
  readonly raw?: string | undefined;
}

/** The two clocks a store reads. */
export interface CooldownClocks {
  /** Wall clock, epoch ms: what is persisted and shared. */
  wall: () => number;
  /** Monotonic clock, ms from any origin: what counts cooldowns down. */
  monotonic: () => number;
}

/** Cooldowns by id (`<tag>:<nonce>`). */
export type CooldownRecords = Map<string, CooldownRecord>;

/** The monotonic end of a cooldown seen for the first time at `wallNow`/`monotonicNow`, judged by wall time. */
export function endsAtFromWall(
  startedAt: number,
  durationMs: number,
  wallNow: number,
  monotonicNow: number,
): number {
  return monotonicNow + Math.min(durationMs, Math.max(0, startedAt + durationMs - wallNow));
}

/** Milliseconds left of `record` at monotonic time `at`, never more than its duration. */
export function remainingOf(record: CooldownRecord, at: number): number {
  return Math.min(record.durationMs, Math.max(0, record.endsAt - at));
}

/** The record of `tag` with the most time left at `at`, if any is still running. */
export function longestFor(
  records: CooldownRecords,
  tag: string,
  at: number,
): CooldownRecord | undefined {
  let best: CooldownRecord | undefined;
  for (const record of records.values()) {
    if (record.tag !== tag || remainingOf(record, at) <= 0) continue;
    if (!best || record.endsAt > best.endsAt) best = record;
  }
  return best;
}

/** Removes every record that has run out at `at`; returns their ids. */
export function pruneExpired(records: CooldownRecords, at: number): string[] {
  const expired: string[] = [];
  for (const [id, record] of records) {
    if (remainingOf(record, at) <= 0) expired.push(id);
  }
  for (const id of expired) records.delete(id);
  return expired;
}
