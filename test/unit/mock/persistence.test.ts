import { describe, expect, it, vi } from 'vitest';
import { createGenAuthMock, type GenAuthMockOptions } from '../../../src/mock/index.js';
import { createMockPersistence, type PersistablePart } from '../../../src/mock/persistence.js';
import { fakeClock, memoryStorage, sharedStorage } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { server } = setupMockServer();
const MOBILE = '13800138000';
const KEY = 'test:mock-state';
const LOGIN = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };

/** A mock answering its own host, so that two "tabs" can live on one MSW server. */
function tab(host: string, options: GenAuthMockOptions) {
  const mock = createGenAuthMock({ appHost: host, users: [{ phone: MOBILE }], ...options });
  server.use(...mock.handlers);
  return { mock, send: (body = LOGIN) => post('send-sms', body, { host }) };
}

const signIn = (host: string, passCode: string) =>
  post(
    'signin',
    { connection: 'PASSCODE', passCodePayload: { phone: MOBILE, passCode } },
    { host },
  );

describe('createGenAuthMock({ persist })', () => {
  it('a reload or a second tab over the same storage sees the same server: 429 within the minute, codes single use', async () => {
    const clock = fakeClock();
    const { storage } = memoryStorage();
    const persist = { storage, key: KEY };
    const a = tab('https://a.genauth.test', { now: clock.now, persist });
    expect((await a.send()).json.statusCode).toBe(200);
    const code = a.mock.lastCodeFor(MOBILE, 'CHANNEL_LOGIN') ?? '';

    // "Reload": a new mock over the storage knows the message and the rate window.
    const b = tab('https://b.genauth.test', { now: clock.now, persist });
    expect(b.mock.outbox).toEqual(a.mock.outbox);
    clock.advance(20_000);
    const refused = await b.send();
    expect(refused.json).toMatchObject({ statusCode: 429 });
    expect(refused.json.message).toContain('40 s');
    expect(b.mock.outbox).toHaveLength(1);

    // The code works once, wherever it is used.
    expect((await signIn('https://b.genauth.test', code)).json.statusCode).toBe(200);
    expect((await signIn('https://a.genauth.test', code)).json.apiCode).toBe(2001);

    clock.advance(40_000);
    expect((await a.send()).json.statusCode).toBe(200);
    expect(b.mock.outbox).toHaveLength(2);
  });

  it('keeps sign-ups: a number registered in one tab cannot register again in another', async () => {
    const { storage } = memoryStorage();
    const a = tab('https://a.genauth.test', { persist: { storage, key: KEY } });
    await a.send({ channel: 'CHANNEL_REGISTER', phoneNumber: '13900139000' });
    const passCode = a.mock.lastCodeFor('13900139000') ?? '';
    const body = { connection: 'PASSCODE', passCodePayload: { phone: '13900139000', passCode } };
    expect((await post('signup', body, { host: 'https://a.genauth.test' })).json.statusCode).toBe(
      200,
    );
    const b = tab('https://b.genauth.test', { persist: { storage, key: KEY } });
    expect(b.mock.users.map((user) => user.phone)).toEqual([MOBILE, '13900139000']);
  });

  it("keeps the account flows' state too: a session started in one tab works in another", async () => {
    const { storage } = memoryStorage();
    const users = [{ phone: MOBILE, email: 'ada@example.com' }];
    const a = tab('https://a.genauth.test', { users, persist: { storage, key: KEY } });
    tab('https://b.genauth.test', { users, persist: { storage, key: KEY } }); // answers below
    const token = a.mock.signIn(MOBILE).access_token;
    await a.send({ channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: MOBILE });
    const passCode = a.mock.lastCodeFor(MOBILE, 'CHANNEL_UNBIND_PHONE') ?? '';
    const headers = { 'x-genauth-app-id': 'app-123', authorization: token };
    const host = 'https://b.genauth.test';
    expect((await post('unbind-phone', { passCode }, { host, headers })).json.statusCode).toBe(200);
    expect(a.mock.users[0]?.phone).toBeUndefined();
  });

  it('reset() forgets the saved state, in the other tabs too', async () => {
    const { storage, data } = memoryStorage();
    const a = tab('https://a.genauth.test', { persist: { storage, key: KEY } });
    const b = tab('https://b.genauth.test', { persist: { storage, key: KEY } });
    await a.send();
    expect(b.mock.outbox).toHaveLength(1);
    b.mock.reset();
    expect(data.has(KEY)).toBe(false);
    expect(a.mock.outbox).toEqual([]);
    expect((await a.send()).json.statusCode).toBe(200);
  });

  it('drops a saved state that expired or cannot be read, and starts afresh', async () => {
    const clock = fakeClock();
    const { storage, data } = memoryStorage({ [KEY]: '{"v":1,"savedAt":' });
    const a = tab('https://a.genauth.test', { now: clock.now, persist: { storage, key: KEY } });
    expect(a.mock.outbox).toEqual([]);
    expect(data.has(KEY)).toBe(false);
    expect((await a.send()).json.statusCode).toBe(200);

    clock.advance(60 * 60_000 + 1);
    const b = tab('https://b.genauth.test', { now: clock.now, persist: { storage, key: KEY } });
    expect(b.mock.outbox).toEqual([]);
    expect(b.mock.users.map((user) => user.phone)).toEqual([MOBILE]);
    expect((await b.send()).json.statusCode).toBe(200);
  });

  it("tells subscribers about another tab's messages as its storage event arrives", async () => {
    const shared = sharedStorage();
    const one = shared.tab();
    const two = shared.tab();
    const a = tab('https://a.genauth.test', { persist: { storage: one.storage, key: KEY } });
    const b = tab('https://b.genauth.test', {
      persist: { storage: two.storage, key: KEY, storageEvents: two.events },
    });
    const listener = vi.fn();
    b.mock.subscribe(listener);
    await a.send();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: MOBILE }));
  });
});

describe('createMockPersistence', () => {
  function counterPart(): PersistablePart & { value: number } {
    return {
      value: 0,
      snapshot() {
        return this.value;
      },
      restore(snapshot) {
        if (typeof snapshot !== 'number') throw new Error('not a number');
        this.value = snapshot;
      },
    };
  }

  it('saves every field but the configuration, whatever it is called: plain data or a part', () => {
    const { storage } = memoryStorage();
    const make = () => ({
      settings: { latencyMs: 1 },
      now: () => 5,
      counter: counterPart(),
      grants: {} as Record<string, { userId: string }>,
    });
    const first = make();
    const options = { storage, key: KEY };
    const config = ['settings', 'now'];
    const clear = vi.fn();
    const saving = createMockPersistence({ state: first, config, now: first.now, clear, options });
    first.counter.value = 3;
    first.grants.token = { userId: 'u1' };
    first.settings.latencyMs = 999;
    saving.save();

    const second = make();
    createMockPersistence({ state: second, config, now: second.now, clear, options }).load();
    expect(second.counter.value).toBe(3);
    expect(second.grants).toEqual({ token: { userId: 'u1' } });
    expect(second.settings.latencyMs).toBe(1);
    expect(clear).not.toHaveBeenCalled();
  });

  it('refuses to save a field that holds functions but cannot snapshot itself', () => {
    const state = { now: () => 0, store: { add: () => undefined } };
    const persistence = createMockPersistence({
      state,
      config: ['now'],
      now: state.now,
      clear: () => undefined,
      options: { storage: memoryStorage().storage },
    });
    expect(() => persistence.save()).toThrow(/"store" is neither plain data/);
  });

  it('clears instead of restoring a save that lacks a field or has one of the wrong shape', () => {
    const { storage } = memoryStorage({
      [KEY]: JSON.stringify({ v: 1, savedAt: 0, state: { grants: [] } }),
    });
    const state = { now: () => 0, grants: {} };
    const clear = vi.fn();
    createMockPersistence({
      state,
      config: ['now'],
      now: state.now,
      clear,
      options: { storage, key: KEY },
    }).load();
    expect(clear).toHaveBeenCalledTimes(1);
    expect(state.grants).toEqual({});
    expect(storage.getItem(KEY)).toBeNull();
  });
});

describe('a storage that refuses writes (quota full)', () => {
  /** A memory storage whose `setItem` throws once `full` is set, like a full localStorage. */
  function fillableStorage() {
    const inner = memoryStorage();
    const state = { full: false };
    const storage = {
      ...inner.storage,
      setItem: (key: string, value: string) => {
        if (state.full)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        inner.storage.setItem(key, value);
      },
    };
    return { storage, state };
  }

  it('keeps codes, outbox and rate windows in memory when no write ever succeeds', async () => {
    const clock = fakeClock();
    const { storage, state } = fillableStorage();
    state.full = true;
    const a = tab('https://a.genauth.test', { now: clock.now, persist: { storage, key: KEY } });
    expect((await a.send()).json.statusCode).toBe(200);
    const code = a.mock.lastCodeFor(MOBILE, 'CHANNEL_LOGIN') ?? '';
    clock.advance(20_000);
    expect((await a.send()).json.statusCode).toBe(429);
    expect(a.mock.outbox).toHaveLength(1);
    expect((await signIn('https://a.genauth.test', code)).json.statusCode).toBe(200);
  });

  it('keeps the newer state in memory when storage fills up after an earlier save', async () => {
    const clock = fakeClock();
    const { storage, state } = fillableStorage();
    const a = tab('https://a.genauth.test', { now: clock.now, persist: { storage, key: KEY } });
    expect((await a.send()).json.statusCode).toBe(200); // saved
    state.full = true;
    const register = { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE };
    expect((await a.send(register)).json.statusCode).toBe(200); // not saved
    expect(a.mock.outbox).toHaveLength(2);
    clock.advance(20_000);
    expect((await a.send(register)).json.statusCode).toBe(429);
    expect(a.mock.outbox).toHaveLength(2);
  });
});
