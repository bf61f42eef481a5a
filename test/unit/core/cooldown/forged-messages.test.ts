// Issue 11, item 3: with storage unavailable, any same-origin script can post on the cooldown
// BroadcastChannel. Messages are untrusted: they may never clear a cooldown this tab started,
// nor start one longer than a real send could (10 min), whatever their shape.
import { describe, expect, it } from 'vitest';
import { cooldownTag } from '../../../../src/core/cooldown/bucket.js';
import { cooldownKey } from '../../../../src/core/cooldown/key.js';
import { type CooldownStore, createCooldownStore } from '../../../../src/core/cooldown/store.js';
import { fakeBroadcast, fakeClock, memoryStorage } from '../../../helpers/cooldown-fakes.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
const OTHER = cooldownKey('CHANNEL_LOGIN', '+8613900139000');
const CHANNEL = 'genauth-sms:cooldowns';
const TEN_MINUTES = 10 * 60_000;
const DAY = 24 * 60 * 60_000;
const tagOf = (key: string) => cooldownTag(key, 'genauth-sms');

function memoryTabs(count: number) {
  const clock = fakeClock(1_700_000_000_000);
  const bus = fakeBroadcast();
  const tabs = Array.from({ length: count }, () => {
    const store = createCooldownStore({
      storage: null,
      storageEvents: null,
      broadcastChannel: bus.factory,
      now: clock.now,
    });
    store.subscribe(() => {});
    return store;
  }) as CooldownStore[];
  /** Posts as a hostile script of the same origin would, in any format. */
  const forge = (message: unknown) => bus.inject(CHANNEL, { v: 2, from: 'evil', message });
  return { clock, bus, tabs, forge };
}

describe('forged BroadcastChannel messages (memory mode)', () => {
  it('cannot clear a cooldown this tab started, one by one or all at once', () => {
    const { tabs, forge, bus } = memoryTabs(1);
    const [tab] = tabs as [CooldownStore];
    tab.start(LOGIN, 60_000);
    forge({ op: 'clearAll' });
    forge({ op: 'clear', tag: tagOf(LOGIN) });
    // The old format, too.
    bus.inject(CHANNEL, { from: 'evil', message: { op: 'clearAll' } });
    expect(tab.remainingMs(LOGIN)).toBe(60_000);
  });

  it('cannot set a 24-hour cooldown: longer than 10 min is refused, in any format', () => {
    const { tabs, forge, bus, clock } = memoryTabs(1);
    const [tab] = tabs as [CooldownStore];
    const id = `${tagOf(LOGIN)}:evil`;
    forge({ op: 'start', id, durationMs: DAY, remainingMs: DAY });
    forge({ op: 'start', id, durationMs: 60_000, remainingMs: DAY }); // more left than its length
    forge({ op: 'start', id, durationMs: '60000', remainingMs: '60000' });
    forge({ op: 'start', id, durationMs: Number.POSITIVE_INFINITY, remainingMs: 1 });
    bus.inject(CHANNEL, {
      from: 'evil',
      message: { op: 'start', hash: '0123456789abcdef', startedAt: clock.now(), durationMs: DAY },
    });
    expect(tab.remainingMs(LOGIN)).toBe(0);
  });

  it('the longest a message can start is what a real send can: 10 min', () => {
    const { tabs, forge } = memoryTabs(1);
    const [tab] = tabs as [CooldownStore];
    forge({
      op: 'start',
      id: `${tagOf(LOGIN)}:evil`,
      durationMs: TEN_MINUTES,
      remainingMs: TEN_MINUTES,
    });
    expect(tab.remainingMs(LOGIN)).toBe(TEN_MINUTES);
  });

  it('refuses malformed ids, tags, types and oversized fields', () => {
    const { tabs, forge, bus } = memoryTabs(1);
    const [tab] = tabs as [CooldownStore];
    const tag = tagOf(LOGIN);
    for (const message of [
      { op: 'start', id: `${tag}`, durationMs: 60_000, remainingMs: 60_000 },
      { op: 'start', id: `${tag}:${'x'.repeat(100)}`, durationMs: 60_000, remainingMs: 60_000 },
      { op: 'start', id: `+8613800138000:a`, durationMs: 60_000, remainingMs: 60_000 },
      { op: 'start', id: `${tag}:a`, durationMs: 60_000, remainingMs: -1 },
      { op: 'start', id: `${tag}:a`, durationMs: 60_000, remainingMs: Number.NaN },
      { op: 'start', id: [`${tag}:a`], durationMs: 60_000, remainingMs: 60_000 },
      { op: 'start' },
      null,
      'clearAll',
    ]) {
      forge(message);
    }
    bus.inject(CHANNEL, {
      v: 2,
      from: 'x'.repeat(1_000),
      message: { op: 'start', id: `${tag}:a`, durationMs: 1, remainingMs: 1 },
    });
    expect(tab.remainingMs(LOGIN)).toBe(0);
  });

  it('a flood of forged starts leaves this tab’s own cooldowns as they were', () => {
    const { tabs, forge } = memoryTabs(1);
    const [tab] = tabs as [CooldownStore];
    tab.start(LOGIN, 60_000);
    for (let i = 0; i < 5_000; i += 1) {
      forge({
        op: 'start',
        id: `${tagOf(LOGIN)}:f${i.toString(36)}`,
        durationMs: 1_000,
        remainingMs: 1_000,
      });
    }
    forge({ op: 'clearAll' });
    expect(tab.remainingMs(LOGIN)).toBe(60_000);
    expect(tab.remainingMs(OTHER)).toBe(0);
  });

  it('genuine tabs still share starts and clears of cooldowns they started', () => {
    const { tabs, clock } = memoryTabs(2);
    const [a, b] = tabs as [CooldownStore, CooldownStore];
    a.start(LOGIN, 60_000);
    clock.advance(1_000);
    expect(b.remainingMs(LOGIN)).toBe(59_000);
    a.clear(LOGIN);
    expect(b.remainingMs(LOGIN)).toBe(0);
    b.start(OTHER, 60_000);
    b.clearAll();
    expect(a.remainingMs(OTHER)).toBe(0);
  });

  it('with shared storage, messages are only a hint to re-read: their content is ignored', () => {
    const bus = fakeBroadcast();
    const store = createCooldownStore({
      storage: memoryStorage().storage,
      storageEvents: null,
      broadcastChannel: bus.factory,
    });
    store.subscribe(() => {});
    bus.inject(CHANNEL, {
      v: 2,
      from: 'evil',
      message: { op: 'start', id: `${tagOf(LOGIN)}:evil`, durationMs: 60_000, remainingMs: 60_000 },
    });
    expect(store.remainingMs(LOGIN)).toBe(0);
  });
});
