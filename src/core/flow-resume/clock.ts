/**
 * How codes are aged: a clock and how long a sent code stays usable. One for the resume store's
 * records and for the code a flow remembers in the page (after "use another number"), so that
 * both agree on when a code is too old, whatever clock a page or a test injects.
 */
export interface CodeClock {
  /** The clock, in ms since the epoch. */
  now: () => number;
  /** How long a sent code stays usable, in ms. */
  codeLifetimeMs: number;
}

/** GenAuth's SMS codes last a few minutes; the mock's last 5. */
export const DEFAULT_CODE_LIFETIME_MS = 5 * 60_000;

/** A time sent this far in the future came from a clock that moved back: not trusted. */
const FUTURE_TOLERANCE_MS = 60_000;

/**
 * The clock of stores made without one; flows without a store (`resumeStore={false}`) or with a
 * store that has none age their codes by it.
 */
export const defaultCodeClock: CodeClock = {
  // Read at each call, not bound at import: tests and pages may replace Date.now.
  now: () => Date.now(),
  codeLifetimeMs: DEFAULT_CODE_LIFETIME_MS,
};

/**
 * @internal Whether a code sent at `sentAt` (by `clock`) can still be used.
 * @example isCodeUsable(record.sentAt, store.clock ?? defaultCodeClock)
 */
export function isCodeUsable(sentAt: number, clock: CodeClock): boolean {
  const age = clock.now() - sentAt;
  return age <= clock.codeLifetimeMs && age >= -FUTURE_TOLERANCE_MS;
}
