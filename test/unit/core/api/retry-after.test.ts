import { describe, expect, it } from 'vitest';
import {
  cooldownKey,
  createGenAuthClient,
  isRateLimitError,
  requestCode,
} from '../../../../src/core/index.js';
import { fakeClock, isolatedStore } from '../../../helpers/cooldown-fakes.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');
const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;

/** The `retryAfterMs` a 429 carrying `retryAfter` ends up with. */
async function retryAfterMsFor(retryAfter: string): Promise<number | undefined> {
  const { fetch } = fakeFetch(() =>
    Response.json(
      { statusCode: 429, message: 'Too Many Requests' },
      { status: 429, headers: { 'retry-after': retryAfter } },
    ),
  );
  const client = createGenAuthClient({
    appId: 'a',
    appHost: 'x.genauth.ai',
    fetch,
    now: () => NOW,
  });
  const error = await client.sendSms(input).then(
    () => expect.fail('expected a rate limit'),
    (caught: unknown) => caught,
  );
  if (!isRateLimitError(error)) return expect.fail('expected a rate limit');
  return error.retryAfterMs;
}

describe('Retry-After', () => {
  it.each([
    ['delta-seconds', '42', 42_000],
    ['delta-seconds with spaces around', ' 7 ', 7_000],
    ['IMF-fixdate 30 s ahead', 'Mon, 23 Nov 2026 10:00:30 GMT', 30_000],
    ['obsolete RFC 850 date', 'Monday, 23-Nov-26 10:01:00 GMT', 60_000],
    ['obsolete asctime date (UTC, not local time)', 'Mon Nov 23 10:00:45 2026', 45_000],
    ['asctime date with a one-digit day', 'Thu Dec  3 10:00:00 2026', 10 * 24 * 3600_000],
  ])('reads %s', async (_label, header, expected) => {
    expect(await retryAfterMsFor(header)).toBe(expected);
  });

  it.each([
    ['a negative number', '-5'],
    ['a negative date-looking number', '-1'],
    ['a fraction', '1.5'],
    ['an exponent', '1e3'],
    ['hex', '0x10'],
    ['zero', '0'],
    ['a date in the past', 'Mon, 23 Nov 2026 09:59:00 GMT'],
    ['the current instant', 'Mon, 23 Nov 2026 10:00:00 GMT'],
    ['an ISO date', '2026-11-23T10:00:30Z'],
    ['a date without GMT', 'Mon, 23 Nov 2026 10:00:30'],
    ['a date with a numeric zone', 'Mon, 23 Nov 2026 10:00:30 +0000'],
    ['a date that does not exist', 'Mon, 31 Feb 2027 10:00:30 GMT'],
    ['words', 'soon-ish'],
    ['more than 12 digits of seconds', '9'.repeat(13)],
    ['empty', ''],
  ])('treats %s as absent', async (_label, header) => {
    expect(await retryAfterMsFor(header)).toBeUndefined();
  });

  it('starts the full window, not a 1 s cooldown, when Retry-After is negative or past', async () => {
    for (const header of ['-5', 'Mon, 23 Nov 2026 09:00:00 GMT', '0']) {
      const clock = fakeClock(NOW);
      const store = isolatedStore({ now: clock.now });
      const key = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
      const { fetch } = fakeFetch(() =>
        Response.json(
          { statusCode: 429, message: 'slow down' },
          { status: 429, headers: { 'retry-after': header } },
        ),
      );
      const client = createGenAuthClient({
        appId: 'a',
        appHost: 'x.genauth.ai',
        fetch,
        now: clock.now,
      });
      await requestCode({
        store,
        key,
        cooldownMs: 60_000,
        send: () => client.sendSms(input),
      }).catch(() => undefined);
      expect(store.remainingMs(key), header).toBe(60_000);
    }
  });
});
