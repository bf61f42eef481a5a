// Issue 11, item 4: what is stored must not identify a number. Black-box: for each candidate
// number, what would storage hold after a send? Count the candidates an attacker holding the
// stored data could not tell apart from the real one.
import { describe, expect, it } from 'vitest';
import { cooldownTag } from '../../../../src/core/cooldown/bucket.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { fakeClock, memoryStorage } from '../../../helpers/cooldown-fakes.js';

const CHANNELS = ['CHANNEL_LOGIN', 'CHANNEL_REGISTER', 'CHANNEL_RESET_PASSWORD'] as const;

/** What storage holds after `phone` was sent codes on `channels`, minus random nonces and times. */
function storedFor(phone: string, channels: readonly string[]): string {
  const { storage, data } = memoryStorage();
  const store = createCooldownStore({
    storage,
    now: fakeClock().now,
    storageEvents: null,
    broadcastChannel: false,
    locks: null,
  });
  for (const channel of channels) store.start(cooldownKey(channel, phone), 60_000);
  return [...data]
    .map(([name, value]) => `${name.replace(/:[0-9a-z]+$/, '')}=${value.replace(/\d{6,}/g, 'T')}`)
    .sort()
    .join('\n');
}

/** `count` consecutive mainland mobile numbers from 138 0000 0000. */
const candidates = (count: number) =>
  Array.from({ length: count }, (_, i) => `+86138${String(i).padStart(8, '0')}`);

describe('privacy of what is stored', () => {
  it('never stores the number, the national number, the channel or the email in clear', () => {
    const { storage, raw } = memoryStorage();
    const store = createCooldownStore({ storage, storageEvents: null, broadcastChannel: false });
    store.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
    store.start(cooldownKey('CHANNEL_REGISTER', '+8613800138000'), 60_000);
    store.start(cooldownKey('CHANNEL_LOGIN', 'Someone@Example.com', 'email'), 60_000);
    const text = raw();
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('CHANNEL_');
    expect(text.toLowerCase()).not.toContain('example.com');
  });

  it('what one send stores also fits other numbers: 1 in 4,096 of them', () => {
    const target = '+8613800138000';
    const seen = storedFor(target, ['CHANNEL_LOGIN']);
    const alike = candidates(30_000).filter(
      (phone) => storedFor(phone, ['CHANNEL_LOGIN']) === seen,
    );
    // About 30,000 / 4,096 ≈ 7 (deterministic: 9); with a 64-bit hash no other number matches.
    expect(alike.length).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('the same number on three channels tells no more than on one', () => {
    const target = '+8613800138000';
    const seen = storedFor(target, CHANNELS);
    const alike = candidates(30_000).filter((phone) => storedFor(phone, CHANNELS) === seen);
    // Independent 12-bit buckets per channel would leave 30,000 / 2^36 ≈ 0 besides the target.
    expect(alike.length).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('buckets are even: each holds ~1/4,096 of 400,000 consecutive mainland numbers', () => {
    const counts = new Map<string, number>();
    for (const phone of candidates(400_000)) {
      const bucket = cooldownTag(cooldownKey('CHANNEL_LOGIN', phone), 'genauth-sms').slice(6);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    // 400,000 / 4,096 ≈ 98 per bucket; ~5.2 billion valid mainland mobile numbers
    // (libphonenumber-js) make it about 1.3 million per bucket.
    expect(counts.size).toBe(4_096);
    expect(Math.min(...counts.values())).toBeGreaterThan(50);
    expect(Math.max(...counts.values())).toBeLessThan(150);
  }, 30_000);
});
