import { describe, expect, it } from 'vitest';
import { createFlowResumeStore } from '../../../../src/core/flow-resume/store.js';
import { memoryStorage, throwingStorage } from '../../../helpers/cooldown-fakes.js';

const SCOPE = 'https://app.genauth.test|app';

function setup(start = 1_000_000) {
  const clock = { now: start };
  const memory = memoryStorage();
  const store = createFlowResumeStore({ storage: memory.storage, now: () => clock.now });
  return { clock, memory, store };
}

describe('flow resume store', () => {
  it('keeps the flow, channel, number and time sent; nothing else', () => {
    const { memory, store } = setup();
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    expect(store.read('phone-sign-in', SCOPE)).toEqual({
      flow: 'phone-sign-in',
      channel: 'CHANNEL_LOGIN',
      phone: '+8613800138000',
      sentAt: 1_000_000,
    });
    expect(memory.raw()).toBe(
      `genauth-sms-react:resume:phone-sign-in:${SCOPE}=CHANNEL_LOGIN|+8613800138000|1000000`,
    );
  });

  it('is per flow and per app', () => {
    const { store } = setup();
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    expect(store.read('phone-sign-up', SCOPE)).toBeNull();
    expect(store.read('phone-sign-in', 'https://other.genauth.test|app')).toBeNull();
  });

  it('drops a record once the code can no longer be used (5 minutes by default)', () => {
    const { clock, memory, store } = setup();
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    clock.now += 5 * 60_000;
    expect(store.read('phone-sign-in', SCOPE)).not.toBeNull();
    clock.now += 1;
    expect(store.read('phone-sign-in', SCOPE)).toBeNull();
    expect(memory.raw()).toBe('');
  });

  it('distrusts a record from a clock far ahead (a clock that moved back)', () => {
    const { clock, store } = setup();
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    clock.now -= 2 * 60_000;
    expect(store.read('phone-sign-in', SCOPE)).toBeNull();
  });

  it.each([
    ['an unknown channel', 'CHANNEL_EVIL|+8613800138000|1000000'],
    ['not a number', 'CHANNEL_LOGIN|<script>|1000000'],
    ['a number with a leading zero', 'CHANNEL_LOGIN|+0613800138000|1000000'],
    ['no time', 'CHANNEL_LOGIN|+8613800138000|'],
    ['JSON', '{"channel":"CHANNEL_LOGIN","phone":"+8613800138000","sentAt":1000000}'],
    ['10 kB', `CHANNEL_LOGIN|+8613800138000|1${'0'.repeat(10_000)}`],
    ['emoji', 'CHANNEL_LOGIN|+86📱|1000000'],
  ])('ignores a forged record: %s', (_, text) => {
    const { memory, store } = setup();
    memory.storage.setItem(`genauth-sms-react:resume:phone-sign-in:${SCOPE}`, text);
    expect(store.read('phone-sign-in', SCOPE)).toBeNull();
  });

  it('never throws when storage does: nothing to resume', () => {
    const broken = throwingStorage(['getItem', 'setItem', 'removeItem', 'key']);
    const store = createFlowResumeStore({ storage: broken.storage });
    expect(() =>
      store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000'),
    ).not.toThrow();
    expect(store.read('phone-sign-in', SCOPE)).toBeNull();
    expect(() => store.clear('phone-sign-in', SCOPE)).not.toThrow();
    expect(() => store.clearAll()).not.toThrow();
  });

  it('clearAll forgets every record of its namespace, and only those', () => {
    const { memory, store } = setup();
    memory.storage.setItem('app:own', 'kept');
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    store.save('phone-sign-up', SCOPE, 'CHANNEL_REGISTER', '+8613800138000');
    store.clearAll();
    expect(memory.raw()).toBe('app:own=kept');
  });

  it('without storage (null), keeps records in memory for this page', () => {
    const store = createFlowResumeStore({ storage: null });
    store.save('phone-sign-in', SCOPE, 'CHANNEL_LOGIN', '+8613800138000');
    expect(store.read('phone-sign-in', SCOPE)?.phone).toBe('+8613800138000');
  });

  it('shares its clock: the code a flow remembers in the page is aged like its records', () => {
    const { clock, store } = setup();
    expect(store.clock?.now()).toBe(1_000_000);
    clock.now += 1;
    expect(store.clock?.now()).toBe(1_000_001);
    expect(store.clock?.codeLifetimeMs).toBe(5 * 60_000);
    expect(createFlowResumeStore({ codeLifetimeMs: 90_000 }).clock?.codeLifetimeMs).toBe(90_000);
  });
});
