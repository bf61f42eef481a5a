// @vitest-environment node
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { createCooldownStore, getDefaultCooldownStore } from '../../../src/core/cooldown/store.js';
import { useCooldown } from '../../../src/hooks/useCooldown.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');

function Countdown() {
  const { remainingSeconds, isActive } = useCooldown(LOGIN);
  return createElement('output', { 'data-state': isActive ? 'active' : 'idle' }, remainingSeconds);
}

describe('cooldown on the server (no window, no document)', () => {
  it('runs in a real server environment', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('gives each caller its own memory-only default store, so requests never share state', () => {
    const first = getDefaultCooldownStore();
    first.start(LOGIN, 60_000);
    expect(first.remainingMs(LOGIN)).toBeGreaterThan(59_000);
    const second = getDefaultCooldownStore();
    expect(second).not.toBe(first);
    expect(second.remainingMs(LOGIN)).toBe(0);
  });

  it('a store with default options works in memory', () => {
    const store = createCooldownStore({ broadcastChannel: false });
    expect(() => store.start(LOGIN, 60_000)).not.toThrow();
    expect(store.remainingMs(LOGIN)).toBeGreaterThan(0);
  });

  it('useCooldown renders inactive with the default store and ticker', () => {
    expect(renderToString(createElement(Countdown))).toBe('<output data-state="idle">0</output>');
  });
});
