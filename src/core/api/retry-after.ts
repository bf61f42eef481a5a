/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP-date) as milliseconds from `now`.
 * Returns `undefined` when absent or unreadable; never negative.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
