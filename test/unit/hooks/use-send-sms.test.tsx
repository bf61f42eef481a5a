import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import {
  CooldownActiveError,
  GenAuthApiError,
  GenAuthInputError,
  GenAuthNetworkError,
} from '../../../src/core/index.js';
import { useSendSms } from '../../../src/hooks/useSendSms.js';
import { deferred, kitHarness, withOuterQueryClient } from '../../helpers/hook-helpers.js';
import { STATE_WAIT } from '../../helpers/state-wait.js';

const login = {
  channel: 'CHANNEL_LOGIN',
  phoneNumber: '13800138000',
  phoneCountryCode: '+86',
} as const;
const ok = () => Response.json({ statusCode: 200, message: 'ok', requestId: 'r1' });

describe('useSendSms', () => {
  it('goes pending then success, and starts a 60 s cooldown for (channel, number)', async () => {
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    expect(result.current.isIdle).toBe(true);
    act(() => result.current.mutate(login));
    await waitFor(() => expect(result.current.isPending).toBe(true));
    gate.resolve(ok());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ statusCode: 200, requestId: 'r1' });
    expect(result.current.remainingSeconds).toBe(60);
    expect(result.current.isCoolingDown).toBe(true);
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8613800138000'))).toBe(60_000);
    // Other channels and numbers are not affected, as on the server.
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_REGISTER', '+8613800138000'))).toBe(0);
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8613800138001'))).toBe(0);
  });

  it('keys a number without phoneCountryCode as +86, like GenAuth', async () => {
    const kit = kitHarness(ok);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() =>
      result.current.mutateAsync({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' }),
    );
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8613800138000'))).toBe(60_000);
  });

  it('honours cooldownSeconds', async () => {
    const kit = kitHarness(ok);
    const { result } = renderHook(() => useSendSms({ cooldownSeconds: 90 }), {
      wrapper: kit.wrapper,
    });
    await act(() => result.current.mutateAsync(login));
    // TanStack notifies observers on a later tick, hence waitFor.
    await waitFor(() => expect(result.current.remainingSeconds).toBe(90));
  });

  it('sends one request for 20 synchronous calls, and calls back once', async () => {
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useSendSms({ onSuccess }), { wrapper: kit.wrapper });
    const promises: Promise<unknown>[] = [];
    act(() => {
      for (let i = 0; i < 20; i += 1) promises.push(result.current.mutateAsync({ ...login }));
    });
    gate.resolve(ok());
    const results = await act(() => Promise.all(promises));
    expect(kit.spy).toHaveBeenCalledTimes(1);
    expect(new Set(results).size).toBe(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('sends one request for 20 mutate() calls under StrictMode, across two hook instances', async () => {
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const strictWrapper = ({ children }: { children: React.ReactNode }) => (
      <StrictMode>{kit.wrapper({ children })}</StrictMode>
    );
    const { result } = renderHook(() => [useSendSms(), useSendSms()] as const, {
      wrapper: strictWrapper,
    });
    act(() => {
      for (let i = 0; i < 10; i += 1) {
        result.current[0].mutate({ ...login });
        result.current[1].mutate({ ...login });
      }
    });
    gate.resolve(ok());
    await waitFor(() => expect(result.current[0].isSuccess).toBe(true));
    expect(kit.spy).toHaveBeenCalledTimes(1);
  });

  it('refuses while cooling down with CooldownActiveError and makes no request', async () => {
    const kit = kitHarness(ok);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(login));
    kit.clock.advance(20_000);
    const error = await act(() => result.current.mutateAsync(login).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(CooldownActiveError);
    expect((error as CooldownActiveError).remainingMs).toBe(40_000);
    expect(kit.spy).toHaveBeenCalledTimes(1);
    kit.clock.advance(40_000);
    await act(() => result.current.mutateAsync(login));
    expect(kit.spy).toHaveBeenCalledTimes(2);
  });

  it('syncs the cooldown to a 429 Retry-After, the server being the source of truth', async () => {
    const kit = kitHarness(
      () => new Response('', { status: 429, headers: { 'retry-after': '37' } }),
    );
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(login).catch(() => {}));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(GenAuthApiError));
    expect(result.current.remainingSeconds).toBe(37);
  });

  it('starts the full window for a 429 envelope without Retry-After', async () => {
    const kit = kitHarness(() => Response.json({ statusCode: 429, message: 'too often' }));
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(login).catch(() => {}));
    await waitFor(() => expect(result.current.remainingSeconds).toBe(60));
  });

  it.each([
    ['a 500', () => Response.json({ statusCode: 500, message: 'boom' }, { status: 500 })],
    ['an HTML 502', () => new Response('<html>bad gateway</html>', { status: 502 })],
    ['a dead network', () => Promise.reject(new TypeError('Failed to fetch'))],
  ])('starts no cooldown after %s, so the user can retry at once', async (_label, respond) => {
    let calls = 0;
    const kit = kitHarness(() => (++calls === 1 ? respond() : ok()));
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(login).catch(() => {}));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.remainingSeconds).toBe(0);
    await act(() => result.current.mutateAsync(login));
    expect(kit.spy).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
  });

  it('never retries automatically', async () => {
    const kit = kitHarness(() => Promise.reject(new TypeError('Failed to fetch')));
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync(login).catch(() => {}));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(GenAuthNetworkError));
    expect(kit.spy).toHaveBeenCalledTimes(1);
  });

  it('shows the cooldown of `target` before sending anything (reload, other tab)', () => {
    const kit = kitHarness(ok);
    kit.store.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
    kit.clock.advance(15_000);
    const { result } = renderHook(() => useSendSms({ target: login }), { wrapper: kit.wrapper });
    expect(result.current.remainingSeconds).toBe(45);
    expect(result.current.isCoolingDown).toBe(true);
  });

  it('rejects invalid input without a request or a cooldown', async () => {
    const kit = kitHarness(ok);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    await act(() => result.current.mutateAsync({ ...login, phoneNumber: ' 138 ' }).catch(() => {}));
    await waitFor(() => expect(result.current.error?.name).toBe('GenAuthInputError'));
    expect(kit.spy).not.toHaveBeenCalled();
  });

  it('a body only the full check refuses rejects with GenAuthInputError, field named, nothing sent', async () => {
    const kit = kitHarness(ok);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    const tooShort = { ...login, phoneNumber: '12' };
    const error = await act(() => result.current.mutateAsync(tooShort).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect(error).toMatchObject({ field: 'phoneNumber' });
    const channel = await act(() =>
      result.current
        .mutateAsync({ ...login, channel: 'CHANNEL_NOPE' as never })
        .catch((e: unknown) => e),
    );
    expect(channel).toMatchObject({ name: 'GenAuthInputError', field: 'channel' });
    expect(kit.spy).not.toHaveBeenCalled();
    expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8612'))).toBe(0);
  });

  it('a body with spaces never joins the send in flight for the same number: refused, one request', async () => {
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const { result } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    let first!: Promise<unknown>;
    act(() => {
      first = result.current.mutateAsync(login);
    });
    const spaced = await act(() =>
      result.current
        .mutateAsync({ ...login, phoneNumber: '138 0013 8000' })
        .catch((e: unknown) => e),
    );
    expect(spaced).toMatchObject({ name: 'GenAuthInputError', field: 'phoneNumber' });
    gate.resolve(ok());
    await act(() => first);
    expect(kit.spy).toHaveBeenCalledTimes(1);
  });

  it('does not warn when unmounted mid-request', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const gate = deferred<Response>();
    const kit = kitHarness(() => gate.promise);
    const { result, unmount } = renderHook(() => useSendSms(), { wrapper: kit.wrapper });
    act(() => result.current.mutate(login));
    unmount();
    gate.resolve(ok());
    // The send still counted: the cooldown is kept for the next mount. Its start is the state
    // that says the answer was handled (a warning would have come by then).
    await vi.waitFor(
      () =>
        expect(kit.store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8613800138000'))).toBe(60_000),
      STATE_WAIT,
    );
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('uses the app QueryClient when there is one, with mutationKey [genauth, send-sms]', async () => {
    const kit = kitHarness(ok);
    const queryClient = new QueryClient();
    const wrapper = withOuterQueryClient(queryClient, kit.wrapper);
    const { result } = renderHook(() => useSendSms(), { wrapper });
    await act(() => result.current.mutateAsync(login));
    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation?.options.mutationKey).toEqual(['genauth', 'send-sms']);
    expect(mutation?.options.retry).toBe(false);
  });

  it('lets a `client` option override the provider', async () => {
    const kit = kitHarness(ok);
    const other = kitHarness(ok);
    const { result } = renderHook(() => useSendSms({ client: other.client }), {
      wrapper: kit.wrapper,
    });
    await act(() => result.current.mutateAsync(login));
    expect(kit.spy).not.toHaveBeenCalled();
    expect(other.spy).toHaveBeenCalledTimes(1);
  });
});
