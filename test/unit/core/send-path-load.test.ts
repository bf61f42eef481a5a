import { describe, expect, it, vi } from 'vitest';
import {
  CooldownActiveError,
  cooldownKey,
  createGenAuthClient,
  createGenAuthTransport,
  GenAuthInputError,
  GenAuthLoadError,
  GenAuthNetworkError,
  pendingCodeRequest,
  requestCode,
  sendSms,
  signInByPhonePassCode,
} from '../../../src/core/index.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';
import {
  chunkFailure,
  controlSendPath,
  restoreSendPathAfterEach,
} from '../../helpers/send-path.js';

// `genauth-sms-react/core` users call the endpoints directly: they are async already, so the
// send path loading inside them is invisible, except that a failed load is a typed error.

restoreSendPathAfterEach();

const HOST = 'https://mock.genauth.test';
const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;

describe('the send path behind the transport and requestCode', () => {
  it('checks client options at creation, before and without loading anything', () => {
    const sendPath = controlSendPath('hold');
    expect(() => createGenAuthClient({ appId: '', appHost: HOST })).toThrow(GenAuthInputError);
    expect(() => createGenAuthTransport({ appId: 'app', appHost: 'http://example.com' })).toThrow(
      GenAuthInputError,
    );
    expect(() =>
      createGenAuthClient({ appId: 'app', appHost: HOST, timeoutMs: 0 } as never),
    ).toThrow(GenAuthInputError);
    createGenAuthClient({ appId: 'app', appHost: HOST });
    expect(sendPath.loads).toBe(0);
  });

  it('sendSms loads it on the first call, once, then sends', async () => {
    const sendPath = controlSendPath('load');
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({ appId: 'app', appHost: HOST, fetch });
    await expect(client.sendSms(input)).resolves.toMatchObject({ statusCode: 200 });
    await expect(
      sendSms(createGenAuthTransport({ appId: 'app', appHost: HOST, fetch }), input),
    ).resolves.toMatchObject({ statusCode: 200 });
    expect(requests).toHaveLength(2);
    expect(sendPath.loads).toBe(1);
  });

  it('a failed load rejects with GenAuthLoadError and sends nothing; the next call loads again', async () => {
    const sendPath = controlSendPath('fail');
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({ appId: 'app', appHost: HOST, fetch });
    const failure = await client.sendSms(input).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GenAuthLoadError);
    // Read as a network error by code that knows only those; the browser's error is its cause.
    expect(failure).toBeInstanceOf(GenAuthNetworkError);
    expect((failure as Error).cause).toEqual(chunkFailure());
    expect(requests).toHaveLength(0);

    sendPath.setMode('load');
    await expect(client.sendSms(input)).resolves.toMatchObject({ statusCode: 200 });
    expect(requests).toHaveLength(1);
    expect(sendPath.loads).toBe(2);
  });

  it('checks bodies with the code that sends: bad input refuses after the load, field named, nothing sent', async () => {
    const sendPath = controlSendPath('hold');
    const { fetch, requests } = fakeFetch();
    const transport = createGenAuthTransport({ appId: 'app', appHost: HOST, fetch });
    const refused = sendSms(transport, { ...input, phoneNumber: '12' }).catch((e: unknown) => e);
    const refusedSignIn = signInByPhonePassCode(transport, {
      phone: '12',
      passCode: '123456',
    }).catch((e: unknown) => e);
    await vi.waitFor(() => expect(sendPath.loads).toBe(1));
    sendPath.release(true);
    expect(await refused).toMatchObject({ name: 'GenAuthInputError', field: 'phoneNumber' });
    expect(await refused).toBeInstanceOf(GenAuthInputError);
    expect(await refusedSignIn).toMatchObject({ name: 'GenAuthInputError', field: 'phoneNumber' });
    await expect(
      sendSms(transport, { ...input, channel: 'CHANNEL_NOPE' as never }),
    ).rejects.toMatchObject({ name: 'GenAuthInputError', field: 'channel' });
    expect(requests).toHaveLength(0);
  });

  it('bad input while the check cannot load: GenAuthLoadError, nothing sent, never a silent send', async () => {
    const sendPath = controlSendPath('fail');
    const { fetch, requests } = fakeFetch();
    const transport = createGenAuthTransport({ appId: 'app', appHost: HOST, fetch });
    await expect(sendSms(transport, { ...input, phoneNumber: '12' })).rejects.toBeInstanceOf(
      GenAuthLoadError,
    );
    expect(requests).toHaveLength(0);
    expect(sendPath.loads).toBe(1);
  });

  it('requestCode holds the in-page lock while it loads: calls meanwhile join, one send', async () => {
    const sendPath = controlSendPath('hold');
    const store = isolatedStore();
    const key = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
    const send = vi.fn(async () => 'sent');
    const first = requestCode({ store, key, cooldownMs: 60_000, send });
    // Synchronously in flight, before anything loaded.
    expect(pendingCodeRequest(store, key)).toBe(first);
    const second = requestCode({ store, key, cooldownMs: 60_000, send });
    expect(second).toBe(first);
    await vi.waitFor(() => expect(sendPath.loads).toBe(1));
    expect(send).not.toHaveBeenCalled();

    sendPath.release(true);
    await expect(first).resolves.toBe('sent');
    expect(send).toHaveBeenCalledTimes(1);
    // The full window, less the real milliseconds since it started.
    expect(store.remainingMs(key)).toBeGreaterThan(55_000);
    expect(store.remainingMs(key)).toBeLessThanOrEqual(60_000);
    await expect(requestCode({ store, key, cooldownMs: 60_000, send })).rejects.toBeInstanceOf(
      CooldownActiveError,
    );
    expect(send).toHaveBeenCalledTimes(1);
    expect(sendPath.loads).toBe(1);
  });

  it('requestCode after a failed load: nothing sent, no cooldown, lock released, next call sends', async () => {
    const sendPath = controlSendPath('fail');
    const store = isolatedStore();
    const key = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
    const send = vi.fn(async () => 'sent');
    await expect(requestCode({ store, key, cooldownMs: 60_000, send })).rejects.toBeInstanceOf(
      GenAuthLoadError,
    );
    expect(send).not.toHaveBeenCalled();
    expect(store.remainingMs(key)).toBe(0);
    expect(pendingCodeRequest(store, key)).toBeUndefined();

    sendPath.setMode('load');
    await expect(requestCode({ store, key, cooldownMs: 60_000, send })).resolves.toBe('sent');
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('a cooldown started by another tab during the load is respected once it arrives', async () => {
    const sendPath = controlSendPath('hold');
    const store = isolatedStore();
    const key = cooldownKey('CHANNEL_LOGIN', '+8613800138000');
    const send = vi.fn(async () => 'sent');
    const request = requestCode({ store, key, cooldownMs: 60_000, send });
    await vi.waitFor(() => expect(sendPath.loads).toBe(1));
    store.start(key, 50_000); // e.g. read from another tab's write while the chunk loads
    sendPath.release(true);
    await expect(request).rejects.toBeInstanceOf(CooldownActiveError);
    expect(send).not.toHaveBeenCalled();
  });
});
