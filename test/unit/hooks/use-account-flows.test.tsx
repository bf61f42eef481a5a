import { useMutationState } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  GenAuthAuthRequiredError,
  GenAuthProvider,
  useBindPhone,
  useDeleteAccount,
  usePreCheckCode,
  useResetPassword,
  useUnbindPhone,
  useUpdatePhone,
} from '../../../src/index.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';

const ok = (data?: unknown) => Response.json({ statusCode: 200, message: 'ok', data });

describe('account-flow hooks', () => {
  it('reset password: one mutation, verify then reset; the token stays inside', async () => {
    const fake = fakeFetch((r) =>
      r.url.endsWith('verify-reset-password-request')
        ? ok({ passwordResetToken: 'secret-token', tokenExpiresIn: 60 })
        : ok({ success: true }),
    );
    vi.stubGlobal('fetch', fake.fetch);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <GenAuthProvider appId="app" appHost="x.genauth.ai">
        {children}
      </GenAuthProvider>
    );
    const { result } = renderHook(
      () => ({
        reset: useResetPassword(),
        keys: useMutationState({ select: (m) => m.options.mutationKey }),
      }),
      { wrapper },
    );
    await act(() =>
      result.current.reset.mutateAsync({
        verify: {
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { phoneNumber: '13800138000', passCode: '123456' },
        },
        password: 'secret1',
      }),
    );
    expect(fake.requests.map((r) => r.url)).toEqual([
      'https://x.genauth.ai/api/v3/verify-reset-password-request',
      'https://x.genauth.ai/api/v3/reset-password',
    ]);
    await waitFor(() => expect(result.current.reset.data?.data).toEqual({ success: true }));
    expect(JSON.stringify(result.current.reset.data)).not.toContain('secret-token');
    expect(result.current.keys).toEqual([['genauth', 'reset-password']]);
    vi.unstubAllGlobals();
  });

  it('never retries a refused code', async () => {
    const fake = fakeFetch(() =>
      Response.json({ statusCode: 400, apiCode: 2001, message: 'Invalid verification code' }),
    );
    vi.stubGlobal('fetch', fake.fetch);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <GenAuthProvider appId="app" appHost="x.genauth.ai" accessToken="tok">
        {children}
      </GenAuthProvider>
    );
    const { result } = renderHook(() => useBindPhone(), { wrapper });
    const error = await act(() =>
      result.current
        .mutateAsync({ phoneNumber: '13800138000', passCode: '123456' })
        .catch((e: unknown) => e),
    );
    expect(error).toMatchObject({ name: 'GenAuthApiError', apiCode: 2001 });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(fake.spy).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('signed-in hooks send the provider token raw, and fail before any request without one', async () => {
    const fake = fakeFetch((r) =>
      r.url.includes('verify-')
        ? ok({ updatePhoneToken: 'u', deleteAccountToken: 'd', tokenExpiresIn: 60 })
        : ok({ success: true }),
    );
    vi.stubGlobal('fetch', fake.fetch);
    const { result } = renderHook(
      () => ({ unbind: useUnbindPhone(), update: useUpdatePhone(), remove: useDeleteAccount() }),
      {
        wrapper: ({ children }: { children: ReactNode }) => (
          <TokenProvider>{children}</TokenProvider>
        ),
      },
    );
    const noToken = await act(() =>
      result.current.unbind.mutateAsync({ passCode: '123456' }).catch((e: unknown) => e),
    );
    expect(noToken).toBeInstanceOf(GenAuthAuthRequiredError);
    expect(fake.spy).not.toHaveBeenCalled();
    act(() => setToken('tok-1'));
    await act(() => result.current.unbind.mutateAsync({ passCode: '123456' }));
    act(() => setToken('tok-2'));
    await act(() =>
      result.current.update.mutateAsync({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: '13900139000', newPhonePassCode: '111111' },
      }),
    );
    await act(() =>
      result.current.remove.mutateAsync({
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '222222' },
      }),
    );
    expect(
      fake.requests.map((r) => [
        r.url.replace('https://x.genauth.ai/api/v3/', ''),
        r.headers.authorization,
      ]),
    ).toEqual([
      ['unbind-phone', 'tok-1'],
      ['verify-update-phone-request', 'tok-2'],
      ['update-phone', 'tok-2'],
      ['verify-delete-account-request', 'tok-2'],
      ['delete-account', 'tok-2'],
    ]);
    vi.unstubAllGlobals();
  });

  it('usePreCheckCode resolves with the verdict; a wrong code is no error', async () => {
    const fake = fakeFetch(() => ok({ isValid: false, message: 'Invalid verification code' }));
    vi.stubGlobal('fetch', fake.fetch);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <GenAuthProvider appId="app" appHost="x.genauth.ai">
        {children}
      </GenAuthProvider>
    );
    const { result } = renderHook(() => usePreCheckCode(), { wrapper });
    const answer = await act(() =>
      result.current.mutateAsync({
        codeType: 'SMS',
        smsCodePayload: { phone: '13800138000', passCode: '123456', channel: 'CHANNEL_REGISTER' },
      }),
    );
    expect(answer.data.isValid).toBe(false);
    expect(fake.requests[0]?.headers).not.toHaveProperty('authorization');
    vi.unstubAllGlobals();
  });
});

let setToken: (token: string | null) => void = () => {};

/** A provider whose token is state, like an app's session. */
function TokenProvider({ children }: { children: ReactNode }) {
  const [token, set] = useState<string | null>(null);
  setToken = set;
  return (
    <GenAuthProvider appId="app" appHost="x.genauth.ai" accessToken={() => token}>
      {children}
    </GenAuthProvider>
  );
}
