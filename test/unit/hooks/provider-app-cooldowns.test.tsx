// Issue 21, item 8: GenAuth limits sends per user pool (app), so two apps on one origin must not
// share cooldowns: app A's send left app B refusing its own user's send for a minute. The
// default store is keyed by app (appHost + appId); the same app shares it, also across reloads.
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import {
  CooldownActiveError,
  createGenAuthClient,
  type GenAuthClient,
} from '../../../src/core/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { useCooldown } from '../../../src/hooks/useCooldown.js';
import { useSendSms } from '../../../src/hooks/useSendSms.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';

const fake = fakeFetch();

function appClient(appId: string, appHost = 'x.genauth.ai'): GenAuthClient {
  return createGenAuthClient({ appId, appHost, fetch: fake.fetch });
}

/** What a page of one app shows: its send, and the countdown of `key` as its store holds it. */
function useAppPage(key: string) {
  return { send: useSendSms(), cooldown: useCooldown(key) };
}

/** One provider of the page, with the default store (nothing passed). */
function providerOf(client: GenAuthClient) {
  return ({ children }: { children: ReactNode }) => (
    <GenAuthProvider client={client}>{children}</GenAuthProvider>
  );
}

let phone = 13800138000;
/** A number no other test of this file used: the default stores live as long as the file. */
function nextLogin() {
  phone += 1;
  const phoneNumber = String(phone);
  return {
    input: { channel: 'CHANNEL_LOGIN', phoneNumber, phoneCountryCode: '+86' } as const,
    key: cooldownKey('CHANNEL_LOGIN', `+86${phoneNumber}`),
  };
}

afterEach(() => {
  fake.spy.mockClear();
});

describe('the default cooldown store is per app', () => {
  it.each([
    ['appId', appClient('app-a'), appClient('app-b')],
    ['app host', appClient('app', 'a.genauth.ai'), appClient('app', 'b.genauth.ai')],
  ])('a send in one app leaves another (other %s) free to send', async (_, a, b) => {
    const { input, key } = nextLogin();
    const inA = renderHook(() => useAppPage(key), { wrapper: providerOf(a) });
    const inB = renderHook(() => useAppPage(key), { wrapper: providerOf(b) });
    await act(() => inA.result.current.send.mutateAsync(input));
    await waitFor(() => expect(inA.result.current.cooldown.remainingSeconds).toBe(60));
    expect(inB.result.current.cooldown.isActive).toBe(false);
    await act(() => inB.result.current.send.mutateAsync(input));
    expect(fake.spy).toHaveBeenCalledTimes(2);
  });

  it('two providers of the same app share it, however its host is written', async () => {
    const { input, key } = nextLogin();
    const inA = renderHook(() => useAppPage(key), {
      wrapper: providerOf(appClient('app-a', 'x.genauth.ai')),
    });
    const inA2 = renderHook(() => useAppPage(key), {
      wrapper: providerOf(appClient('app-a', 'https://x.genauth.ai/')),
    });
    await act(() => inA.result.current.send.mutateAsync(input));
    await waitFor(() => expect(inA2.result.current.cooldown.remainingSeconds).toBe(60));
    await act(async () => {
      await expect(inA2.result.current.send.mutateAsync(input)).rejects.toBeInstanceOf(
        CooldownActiveError,
      );
    });
    expect(fake.spy).toHaveBeenCalledTimes(1);
  });

  it("keeps a single app's cooldown across a reload", async () => {
    const { input, key } = nextLogin();
    const inA = renderHook(() => useSendSms(), { wrapper: providerOf(appClient('app-r')) });
    await act(() => inA.result.current.mutateAsync(input));
    // A reload: fresh modules over the same localStorage.
    vi.resetModules();
    const reloaded = await import('../../../src/core/cooldown/store.js');
    const app = { appId: 'app-r', appHost: 'https://x.genauth.ai' };
    expect(reloaded.getDefaultCooldownStore(app).remainingMs(key)).toBeGreaterThan(59_000);
    expect(reloaded.getDefaultCooldownStore({ ...app, appId: 'app-s' }).remainingMs(key)).toBe(0);
  });
});
