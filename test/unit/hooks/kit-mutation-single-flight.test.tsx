import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/core/index.js';
import {
  GenAuthProvider,
  useBindPhone,
  useDeleteAccount,
  useResetPassword,
  useSignInByPhoneCode,
  useSignUpByPhoneCode,
  useUnbindPhone,
  useUpdatePhone,
} from '../../../src/index.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';
import { deferred } from '../../helpers/hook-helpers.js';

const data = {
  access_token: 'at',
  token_type: 'Bearer',
  expires_in: 60,
  passwordResetToken: 'p',
  updatePhoneToken: 'u',
  deleteAccountToken: 'd',
  tokenExpiresIn: 60,
  success: true,
  userId: 'u1',
};

/** A client whose first request is held until `gate` opens; later ones answer at once. */
function held() {
  const gate = deferred<void>();
  const fake = fakeFetch(async () => {
    await gate.promise;
    return Response.json({ statusCode: 200, message: 'ok', data });
  });
  const client = createGenAuthClient({
    appId: 'app',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
    accessToken: 'tok',
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GenAuthProvider client={client}>{children}</GenAuthProvider>
  );
  return { ...fake, gate, wrapper };
}

const code = { phoneNumber: '13800138000', passCode: '123456' };
const cases = {
  'delete account': {
    use: useDeleteAccount,
    input: { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: code },
    requests: 2,
  },
  'reset password': {
    use: useResetPassword,
    input: {
      verify: { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: code },
      password: 'Pw-1234567',
    },
    requests: 2,
  },
  'update phone': {
    use: useUpdatePhone,
    input: {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { newPhoneNumber: '13900139000', newPhonePassCode: '123456' },
    },
    requests: 2,
  },
  'bind phone': { use: useBindPhone, input: code, requests: 1 },
  'unbind phone': { use: useUnbindPhone, input: { passCode: '123456' }, requests: 1 },
  'sign in': {
    use: useSignInByPhoneCode,
    input: { phone: '13800138000', passCode: '123456' },
    requests: 1,
  },
  'sign up': {
    use: useSignUpByPhoneCode,
    input: { phone: '13800138000', passCode: '123456' },
    requests: 1,
  },
} as const;

/** The hooks' inputs differ; the test drives them through one loose shape. */
interface Loose {
  mutate: (input: unknown, callbacks?: { onSuccess?: () => void }) => void;
  mutateAsync: (input: unknown) => Promise<unknown>;
  isSuccess: boolean;
}

describe('account and sign-in hooks: one request per intent', () => {
  it.each(Object.entries(cases))(
    '%s: a second mutate() while the first is in flight sends nothing more',
    async (_name, { use, input, requests }) => {
      const kit = held();
      const onSuccess = vi.fn();
      const perCall = vi.fn();
      const { result } = renderHook(() => use({ onSuccess }) as unknown as Loose, {
        wrapper: kit.wrapper,
      });
      act(() => {
        result.current.mutate(input, { onSuccess: perCall });
        result.current.mutate(input, { onSuccess: perCall });
      });
      kit.gate.resolve();
      await waitFor(() => expect(result.current.isSuccess).toBe(true));
      expect(kit.spy).toHaveBeenCalledTimes(requests);
      expect(onSuccess).toHaveBeenCalledTimes(1);
      expect(perCall).toHaveBeenCalledTimes(1);
    },
  );

  it('mutateAsync while in flight returns the same promise; after it settles a new call sends', async () => {
    const kit = held();
    const { result } = renderHook(() => useBindPhone(), { wrapper: kit.wrapper });
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    act(() => {
      first = result.current.mutateAsync(code);
      second = result.current.mutateAsync(code);
    });
    expect(second).toBe(first);
    kit.gate.resolve();
    await act(() => first);
    expect(kit.spy).toHaveBeenCalledTimes(1);
    await act(() => result.current.mutateAsync(code));
    expect(kit.spy).toHaveBeenCalledTimes(2);
  });

  it('a failed call frees the hook for the next attempt', async () => {
    let calls = 0;
    const fake = fakeFetch(() =>
      ++calls === 1
        ? Response.json({ statusCode: 400, apiCode: 2001, message: 'Invalid verification code' })
        : Response.json({ statusCode: 200, message: 'ok', data }),
    );
    const client = createGenAuthClient({
      appId: 'app',
      appHost: 'x.genauth.ai',
      fetch: fake.fetch,
    });
    const { result } = renderHook(() => useSignInByPhoneCode(), {
      wrapper: ({ children }) => <GenAuthProvider client={client}>{children}</GenAuthProvider>,
    });
    const input = { phone: '13800138000', passCode: '123456' };
    await act(() => result.current.mutateAsync(input).catch(() => {}));
    await act(() => result.current.mutateAsync(input));
    expect(fake.spy).toHaveBeenCalledTimes(2);
  });
});
