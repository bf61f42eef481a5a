import { describe, expect, it } from 'vitest';
import { hashCooldownKey } from '../../../../src/core/cooldown/codec.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { type CooldownStorage, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { fakeClock, memoryStorage } from '../../../helpers/cooldown-fakes.js';

const PHONE = '+8613800138000';
const LOGIN = cooldownKey('CHANNEL_LOGIN', PHONE);
const REGISTER = cooldownKey('CHANNEL_REGISTER', PHONE);
const STORAGE_KEY = 'genauth-sms:cooldowns';

function storeOver(storage: CooldownStorage, now: () => number) {
  return createCooldownStore({ storage, now, storageEvents: null, broadcastChannel: false });
}

function stored(data: Map<string, string>): unknown {
  return JSON.parse(data.get(STORAGE_KEY) ?? 'null');
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

  it('writes the documented format', () => {
    const clock = fakeClock(1_700_000_000_000);
    const { storage, data } = memoryStorage();
    storeOver(storage, clock.now).start(LOGIN, 60_000);
    expect(stored(data)).toEqual({
      v: 1,
      c: { [hashCooldownKey(LOGIN)]: { s: 1_700_000_000_000, d: 60_000 } },
    });
  });

  it('never stores the phone number (or the channel) in clear', () => {
    const { storage, raw } = memoryStorage();
    const store = storeOver(storage, fakeClock().now);
    store.start(LOGIN, 60_000);
    store.start(REGISTER, 60_000);
    store.start(cooldownKey('CHANNEL_LOGIN', 'Someone@Example.com', 'email'), 60_000);
    const text = raw();
    expect(text).not.toContain('13800138000');
    expect(text).not.toContain('8613800138000');
    expect(text).not.toContain('CHANNEL_');
    expect(text.toLowerCase()).not.toContain('example.com');
  });

  it('removes the storage key once nothing is cooling down', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 1_000);
    store.clear(LOGIN);
    expect(data.has(STORAGE_KEY)).toBe(false);
  });
});

describe('cooldown pruning', () => {
  it('prunes expired entries from storage and keeps live ones', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 10_000);
    store.start(REGISTER, 60_000);
    clock.advance(10_000);
    expect(store.remainingMs(REGISTER)).toBe(50_000);
    expect(stored(data)).toEqual({
      v: 1,
      c: { [hashCooldownKey(REGISTER)]: { s: expect.any(Number), d: 60_000 } },
    });
    clock.advance(50_000);
    expect(store.remainingMs(REGISTER)).toBe(0);
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it('prunes expired entries left by an earlier page', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    storeOver(storage, clock.now).start(LOGIN, 60_000);
    clock.advance(24 * 60 * 60 * 1000);
    storeOver(storage, clock.now).remainingMs(REGISTER);
    expect(data.has(STORAGE_KEY)).toBe(false);
  });
});

describe('corrupted or foreign storage', () => {
  it.each([
    ['not JSON', '{oops'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['another format version', '{"v":2,"c":{}}'],
    ['entries as an array', '{"v":1,"c":[]}'],
    ['entries missing', '{"v":1}'],
  ])('%s: ignored and removed', (_label, value) => {
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: value });
    const store = storeOver(storage, fakeClock().now);
    expect(store.remainingMs(LOGIN)).toBe(0);
    expect(data.has(STORAGE_KEY)).toBe(false);
  });

  it('drops bad entries and keeps the good one', () => {
    const clock = fakeClock(1_000_000);
    const good = hashCooldownKey(LOGIN);
    const value = JSON.stringify({
      v: 1,
      c: {
        [good]: { s: 1_000_000, d: 60_000 },
        '+8613800138000': { s: 1_000_000, d: 60_000 }, // not a hash
        aaaaaaaaaaaaaaaa: { s: '1000000', d: 60_000 }, // start not a number
        bbbbbbbbbbbbbbbb: { s: 1_000_000, d: -5 }, // negative duration
        cccccccccccccccc: { s: 1_000_000, d: 1e12 }, // absurdly long
        dddddddddddddddd: { s: 1_000_000, d: null },
        eeeeeeeeeeeeeeee: 'garbage',
      },
    });
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: value, unrelated: 'keep me' });
    const store = storeOver(storage, clock.now);
    expect(store.remainingMs(LOGIN)).toBe(60_000);
    expect(stored(data)).toEqual({ v: 1, c: { [good]: { s: 1_000_000, d: 60_000 } } });
    expect(data.get('unrelated')).toBe('keep me');
  });

  it('recovers when corruption appears after it was written', () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage();
    const store = storeOver(storage, clock.now);
    store.start(LOGIN, 60_000);
    data.set(STORAGE_KEY, '\u0000garbage');
    expect(store.remainingMs(LOGIN)).toBe(0);
    store.start(REGISTER, 60_000);
    expect(store.remainingMs(REGISTER)).toBe(60_000);
  });
});

describe('hashCooldownKey', () => {
  it('is stable, 16 hex digits, and differs between keys', () => {
    expect(hashCooldownKey(LOGIN)).toBe(hashCooldownKey(LOGIN));
    expect(hashCooldownKey(LOGIN)).toMatch(/^[0-9a-f]{16}$/);
    const hashes = new Set<string>();
    for (let i = 0; i < 10_000; i += 1) {
      hashes.add(
        hashCooldownKey(cooldownKey('CHANNEL_LOGIN', `+86138${String(i).padStart(8, '0')}`)),
      );
    }
    expect(hashes.size).toBe(10_000);
  });
});
