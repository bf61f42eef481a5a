const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = DAYS.join('|');
const MONTH = MONTHS.join('|');
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';

// RFC 9110 §5.6.7: IMF-fixdate, plus the two obsolete forms recipients must still accept.
const IMF_FIXDATE = new RegExp(`^(?:${DAY}), (\\d{2}) (${MONTH}) (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(
  `^(?:${LONG_DAYS.join('|')}), (\\d{2})-(${MONTH})-(\\d{2}) ${TIME} GMT$`,
);
const ASCTIME_DATE = new RegExp(`^(?:${DAY}) (${MONTH}) ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

/** delta-seconds is `1*DIGIT`: no sign, no fraction, no exponent. 12 digits is ~31 000 years. */
const DELTA_SECONDS = /^\d{1,12}$/;

function utc(
  year: number,
  month: string,
  day: string,
  hours: string,
  minutes: string,
  seconds: string,
): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  const d = Number(day);
  const h = Number(hours);
  const m = Number(minutes);
  const s = Number(seconds);
  if (d < 1 || d > 31 || h > 23 || m > 59 || s > 60) return undefined;
  const time = Date.UTC(year, monthIndex, d, h, m, Math.min(s, 59));
  // Date.UTC rolls 31 Feb over into March: such a date is not a date.
  return new Date(time).getUTCDate() === d ? time : undefined;
}

/** The instant an HTTP-date names, in ms since the epoch; `undefined` for anything else. */
function parseHttpDate(value: string, now: number): number | undefined {
  let match = IMF_FIXDATE.exec(value);
  if (match) {
    const [, day = '', month = '', year = '', h = '', m = '', s = ''] = match;
    return utc(Number(year), month, day, h, m, s);
  }
  match = RFC850_DATE.exec(value);
  if (match) {
    const [, day = '', month = '', shortYear = '', h = '', m = '', s = ''] = match;
    // RFC 9110: a two-digit year more than 50 years ahead belongs to the previous century.
    const century = Math.floor(new Date(now).getUTCFullYear() / 100) * 100;
    let year = century + Number(shortYear);
    if (year > new Date(now).getUTCFullYear() + 50) year -= 100;
    return utc(year, month, day, h, m, s);
  }
  match = ASCTIME_DATE.exec(value);
  if (match) {
    const [, month = '', day = '', h = '', m = '', s = '', year = ''] = match;
    return utc(Number(year), month, day.trim(), h, m, s);
  }
  return undefined;
}

/**
 * Reads a `Retry-After` header (RFC 9110: delta-seconds, or an HTTP-date) as a wait in
 * milliseconds from `now`. Only a positive wait counts: a missing header, anything that is
 * neither form (`-5`, `1.5`, `soon`, a date in another format), `0`, or a date that is not in the
 * future all give `undefined`, meaning "the server said nothing usable", so callers apply their
 * full window. A zero or past value on a rate-limit answer contradicts the answer itself; reading
 * it as "retry now" would let a broken proxy turn the one-per-minute rule into a 1 s cooldown.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (typeof header !== 'string') return undefined;
  const value = header.trim();
  const waitMs = DELTA_SECONDS.test(value)
    ? Number(value) * 1000
    : (parseHttpDate(value, now) ?? Number.NaN) - now;
  return waitMs > 0 ? waitMs : undefined;
}
