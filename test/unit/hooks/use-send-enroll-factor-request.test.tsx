import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCooldownStore } from '../../../src/core/cooldown/store.js';
import {
  CooldownActiveError,
  cooldownKey,
  enrollFactorCooldownKey,
  GenAuthAuthRequiredError,
  GenAuthProvider,
  type SendEnrollFactorRequestInput,
  useEnrollFactor,
  useListEnrolledFactors,
  useResetFactor,
  useSendEnrollFactorRequest,
  useSendSms,
} from '../../../src/index.js';
import type { GenAuthMock } from '../../../src/mock/index.js';
import { isolatedStore, sharedStorage } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST, setupMockServer } from '../../helpers/mock-server.js';

const { server, install } = setupMockServer();
const ADA_MFA = '13900139000';
const BODY: SendEnrollFactorRequestInput = {
  factorType: 'SMS',
  profile: { phoneNumber: ADA_MFA, phoneCountryCode: '+86' },
};
const session: { token: string | null } = { token: null };
let mock: GenAuthMock;

beforeEach(() => {
  mock = install({ latencyMs: 0 });
  mock.addUser({ email: 'ada@example.com', userId: 'ada' });
  session.token = mock.signIn('ada@example.com').access_token;
});

/** Counts the requests to one endpoint from now on. */
function requestsTo(endpoint: string) {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(endpoint)) seen.push(request.url);
  });
  return seen;
}

/** A signed-in "tab": its own provider, cooldown store and query client. */
function tab(store = isolatedStore(), queryClient = new QueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GenAuthProvider
      appId={APP_ID}
      appHost={HOST}
      cooldownStore={store}
      queryClient={queryClient}
      accessToken={() => session.token}
    >
      {children}
    </GenAuthProvider>
  );
  return { store, queryClient, wrapper };
}

const bindMfaSms = () =>
  mock.outbox.filter((message) => message.channel === 'CHANNEL_BIND_MFA').length;

describe('useSendEnrollFactorRequest', () => {
  it('keys the cooldown as a send-sms on CHANNEL_BIND_MFA to the same number', () => {
    expect(enrollFactorCooldownKey(BODY)).toBe(cooldownKey('CHANNEL_BIND_MFA', `+86${ADA_MFA}`));
    expect(enrollFactorCooldownKey({ factorType: 'SMS', profile: { phoneNumber: ADA_MFA } })).toBe(
      'sms:CHANNEL_BIND_MFA:+8613900139000',
    );
  });

  it('resolves with the enrollmentToken, starts the cooldown and refuses a second SMS', async () => {
    const { wrapper, store } = tab();
    const { result } = renderHook(() => useSendEnrollFactorRequest({ target: BODY }), { wrapper });
    let token = '';
    await act(async () => {
      token = await result.current.mutateAsync(BODY);
    });
    expect(token).toMatch(/\S/);
    expect(result.current.remainingSeconds).toBe(60);
    expect(store.remainingMs(enrollFactorCooldownKey(BODY))).toBeGreaterThan(59_000);
    await expect(result.current.mutateAsync(BODY)).rejects.toBeInstanceOf(CooldownActiveError);
    expect(bindMfaSms()).toBe(1);
  });

  it('shares its cooldown with a send-sms on CHANNEL_BIND_MFA to that number', async () => {
    const { wrapper } = tab();
    const { result } = renderHook(
      () => ({ enrol: useSendEnrollFactorRequest(), sms: useSendSms() }),
      { wrapper },
    );
    await act(() => result.current.enrol.mutateAsync(BODY));
    const sms = {
      channel: 'CHANNEL_BIND_MFA' as const,
      phoneNumber: ADA_MFA,
      phoneCountryCode: '+86',
    };
    await expect(result.current.sms.mutateAsync(sms)).rejects.toBeInstanceOf(CooldownActiveError);
  });

  it('sends one request for a double click', async () => {
    mock.setLatency(30);
    const requests = requestsTo('/send-enroll-factor-request');
    const { wrapper } = tab();
    const { result } = renderHook(() => useSendEnrollFactorRequest(), { wrapper });
    let tokens: string[] = [];
    await act(async () => {
      tokens = await Promise.all([
        result.current.mutateAsync(BODY),
        result.current.mutateAsync({ ...BODY, profile: { ...BODY.profile } }),
      ]);
    });
    expect(requests).toHaveLength(1);
    expect(tokens[0]).toBe(tokens[1]);
    expect(bindMfaSms()).toBe(1);
  });

  it('syncs the cooldown to a 429 and shows no token', async () => {
    mock.setFailure({
      mode: 'rate-limit-http',
      endpoints: ['send-enroll-factor-request'],
      retryAfterSeconds: 42,
    });
    const { wrapper } = tab();
    const { result } = renderHook(() => useSendEnrollFactorRequest({ target: BODY }), { wrapper });
    await act(() => result.current.mutateAsync(BODY).catch(() => undefined));
    expect(result.current.error?.name).toBe('GenAuthApiError');
    expect(result.current.remainingSeconds).toBe(42);
    expect(result.current.data).toBeUndefined();
    expect(bindMfaSms()).toBe(0);
  });

  it('sends nothing without a signed-in user', async () => {
    session.token = null;
    const requests = requestsTo('/send-enroll-factor-request');
    const { wrapper, store } = tab();
    const { result } = renderHook(() => useSendEnrollFactorRequest(), { wrapper });
    await expect(result.current.mutateAsync(BODY)).rejects.toBeInstanceOf(GenAuthAuthRequiredError);
    expect(requests).toHaveLength(0);
    expect(store.remainingMs(enrollFactorCooldownKey(BODY))).toBe(0);
  });

  it('keeps the token out of the mutation cache once no component shows it', async () => {
    const { wrapper, queryClient } = tab();
    const { result, unmount } = renderHook(() => useSendEnrollFactorRequest(), { wrapper });
    const token = await act(() => result.current.mutateAsync(BODY));
    const cached = () =>
      queryClient
        .getMutationCache()
        .getAll()
        .some((mutation) => mutation.state.data === token);
    expect(cached()).toBe(true);
    unmount();
    await waitFor(() => expect(cached()).toBe(false));
  });
});

describe('the enrolment cooldown across two tabs', () => {
  it("refuses the second tab's request and counts down there; one SMS in the outbox", async () => {
    const origin = sharedStorage();
    const storeOf = (view: ReturnType<typeof origin.tab>) =>
      createCooldownStore({
        storage: view.storage,
        storageEvents: view.events,
        broadcastChannel: false,
        locks: null,
      });
    const first = tab(storeOf(origin.tab()));
    const second = tab(storeOf(origin.tab()));
    const a = renderHook(() => useSendEnrollFactorRequest({ target: BODY }), {
      wrapper: first.wrapper,
    });
    const b = renderHook(() => useSendEnrollFactorRequest({ target: BODY }), {
      wrapper: second.wrapper,
    });
    expect(b.result.current.remainingSeconds).toBe(0);
    await act(() => a.result.current.mutateAsync(BODY));
    await waitFor(() => expect(b.result.current.remainingSeconds).toBeGreaterThan(55));
    expect(b.result.current.isCoolingDown).toBe(true);
    const requests = requestsTo('/send-enroll-factor-request');
    await expect(b.result.current.mutateAsync(BODY)).rejects.toBeInstanceOf(CooldownActiveError);
    expect(requests).toHaveLength(0);
    expect(bindMfaSms()).toBe(1);
  });
});

describe('useEnrollFactor, useListEnrolledFactors, useResetFactor', () => {
  it('enrols the number, lists it, removes it, refetching the list after each', async () => {
    const { wrapper } = tab();
    const { result } = renderHook(
      () => ({
        request: useSendEnrollFactorRequest(),
        enrol: useEnrollFactor(),
        list: useListEnrolledFactors(),
        reset: useResetFactor(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data?.data).toEqual([]));
    const enrollmentToken = await act(() => result.current.request.mutateAsync(BODY));
    const passCode = mock.lastCodeFor(ADA_MFA, 'CHANNEL_BIND_MFA') ?? '';
    await act(() =>
      result.current.enrol.mutateAsync({
        factorType: 'SMS',
        enrollmentToken,
        enrollmentData: { passCode },
      }),
    );
    await waitFor(() => expect(result.current.list.data?.data).toHaveLength(1));
    const [factor] = result.current.list.data?.data ?? [];
    expect(factor?.factorType).toBe('SMS');
    expect(factor?.profile).toMatchObject({ phoneNumber: ADA_MFA });
    await act(() => result.current.reset.mutateAsync({ factorId: factor?.factorId ?? '' }));
    await waitFor(() => expect(result.current.list.data?.data).toEqual([]));
  });

  it('refuses a spent enrollmentToken', async () => {
    const { wrapper } = tab();
    const { result } = renderHook(
      () => ({ request: useSendEnrollFactorRequest(), enrol: useEnrollFactor() }),
      { wrapper },
    );
    const enrollmentToken = await act(() => result.current.request.mutateAsync(BODY));
    const passCode = mock.lastCodeFor(ADA_MFA, 'CHANNEL_BIND_MFA') ?? '';
    const body = { factorType: 'SMS' as const, enrollmentToken, enrollmentData: { passCode } };
    await act(() => result.current.enrol.mutateAsync(body));
    await expect(result.current.enrol.mutateAsync(body)).rejects.toMatchObject({ statusCode: 403 });
  });
});
