import { describe, expect, it } from 'vitest';
import { cooldownTag } from '../../../../src/core/cooldown/bucket.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { type CooldownStorage, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { endOfTurn, fakeClock, memoryStorage } from '../../../helpers/cooldown-fakes.js';

const PHONE = '+8613800138000';
const LOGIN = cooldownKey('CHANNEL_LOGIN', PHONE);
const REGISTER = cooldownKey('CHANNEL_REGISTER', PHONE);
const PREFIX = 'genauth-sms:cd:';
const LEGACY_KEY = 'genauth-sms:cooldowns';

function storeOver(storage: CooldownStorage, now: () => number) {
  return createCooldownStore({ storage, now, storageEvents: null, broadcastChannel: false });
}

/** The cooldown items in storage, by name. */
function items(data: Map<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    [...data].filter(([name]) => name.startsWith(PREFIX)).map(([n, v]) => [n, JSON.parse(v)]),
  );
}

describe('cooldown persistence', () => {
  it('a new store over the same storage (a reload) sees the same remaining time', () => {
    const clock = fakeClock();
    const { storage } = memoryStorage();
    storeOver(storage, clock.now).start(LOGIN, 60_000);
    clock.advance(12_345);
    const reloaded = storeOver(storage, clock.now);
    expect(reloaded.remainingMs(LOGIN)).toBe(47_655);
    expect(reloaded.durationMs(LOGIN)).toBe(60_000);
  });

  it('writes one documented item per cooldown', () => {
    const clock = fakeClock(1_700_000_000_000);
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 60_000);
    store.start(REGISTER, 30_000);
    const stored = items(data);
    expect(Object.values(stored)).toEqual([
      { s: 1_700_000_000_000, d: 60_000 },
      { s: 1_700_000_000_000, d: 30_000 },
    ]);
    const tag = cooldownTag(LOGIN, 'genauth-sms');
    expect(Object.keys(stored)[0]).toMatch(new RegExp(`^${PREFIX}${tag}:[0-9a-z]+$`));
  });

  it('removes the items once nothing is cooling down', () => {
    const { storage, data } = memoryStorage({ unrelated: 'keep me' });
    const store = storeOver(storage, fakeClock().now);
    store.start(LOGIN, 1_000);
    store.clear(LOGIN);
    expect(items(data)).toEqual({});
    expect(data.get('unrelated')).toBe('keep me');
  });
});

describe('cooldown pruning', () => {
  it('prunes expired items from storage and keeps live ones', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 10_000);
    store.start(REGISTER, 60_000);
    clock.advance(10_000);
    expect(store.remainingMs(REGISTER)).toBe(50_000);
    expect(Object.values(items(data))).toEqual([{ s: expect.any(Number), d: 60_000 }]);
    clock.advance(50_000);
    expect(store.remainingMs(REGISTER)).toBe(0);
    expect(items(data)).toEqual({});
  });

  it('prunes expired items left by an earlier page', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    storeOver(storage, clock.now).start(LOGIN, 60_000);
    clock.advance(24 * 60 * 60 * 1000);
    storeOver(storage, clock.now).remainingMs(REGISTER);
    expect(items(data)).toEqual({});
  });
});

describe('corrupted, foreign or old storage', () => {
  const tag = cooldownTag(LOGIN, 'genauth-sms');
  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['start not a number', '{"s":"1000000","d":60000}'],
    ['negative duration', '{"s":1000000,"d":-5}'],
    ['longer than 10 minutes', '{"s":1000000,"d":86400000}'],
    ['duration missing', '{"s":1000000}'],
    ['huge', `{"s":1000000,"d":60000,"x":"${'x'.repeat(500)}"}`],
  ])('%s: ignored and removed', (_label, value) => {
    const name = `${PREFIX}${tag}:bad`;
    const { storage, data } = memoryStorage({ [name]: value, unrelated: 'keep me' });
    const store = storeOver(storage, fakeClock(1_000_000).now);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(data.has(name)).toBe(false);
    expect(data.get('unrelated')).toBe('keep me');
  });

  it('ignores and removes items whose name is not a cooldown id', () => {
    const { storage, data } = memoryStorage({
      [`${PREFIX}+8613800138000`]: '{"s":1000000,"d":60000}',
      [`${PREFIX}${tag}`]: '{"s":1000000,"d":60000}',
    });
    expect(storeOver(storage, fakeClock(1_000_000).now).remainingMs(LOGIN)).toBe(0);
    expect(items(data)).toEqual({});
  });

  it('drops the version 1 value (64-bit hashes) without crashing, keeping new items', async () => {
    const legacy = JSON.stringify({ v: 1, c: { '0123456789abcdef': { s: 1_000_000, d: 60_000 } } });
    const { storage, data } = memoryStorage({ [LEGACY_KEY]: legacy });
    const store = storeOver(storage, fakeClock(1_000_000).now);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(data.has(LEGACY_KEY)).toBe(false);
    store.start(LOGIN, 60_000);
    expect(store.remainingMs(LOGIN)).toBe(60_000);
    // An old tab still open writes it again: dropped again, new items untouched.
    await endOfTurn();
    data.set(LEGACY_KEY, legacy);
    expect(store.remainingMs(LOGIN)).toBe(60_000);
    expect(data.has(LEGACY_KEY)).toBe(false);
  });

  it('recovers when corruption appears after it was written', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 60_000);
    for (const name of Object.keys(items(data))) data.set(name, '\u0000garbage');
    expect(store.remainingMs(LOGIN)).toBe(0);
    store.start(REGISTER, 60_000);
    expect(store.remainingMs(REGISTER)).toBe(60_000);
  });
});
