import { dehydrate, onlineManager, QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createGenAuthClient } from '../../../src/core/index.js';
import {
  GenAuthNetworkError,
  GenAuthProvider,
  useBindPhone,
  useDeleteAccount,
  usePreCheckCode,
  useResetPassword,
  useSignInByPhoneCode,
  useSignUpByPhoneCode,
  useUnbindPhone,
  useUpdatePhone,
} from '../../../src/index.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';
import { withOuterQueryClient } from '../../helpers/hook-helpers.js';

const PASSWORD = 'Hunter2-secret-pw';
const CODE = '731946';
const TOKENS = ['access-tok-xyz', 'refresh-tok-xyz', 'id-tok-xyz', 'step-token-xyz'];
const SECRETS = [PASSWORD, CODE, ...TOKENS];

/** Every answer GenAuth could give these calls, secrets included. */
const answer = () =>
  Response.json({
    statusCode: 200,
    message: 'ok',
    data: {
      access_token: 'access-tok-xyz',
      refresh_token: 'refresh-tok-xyz',
      id_token: 'id-tok-xyz',
      token_type: 'Bearer',
      expires_in: 60,
      passwordResetToken: 'step-token-xyz',
      updatePhoneToken: 'step-token-xyz',
      deleteAccountToken: 'step-token-xyz',
      tokenExpiresIn: 60,
      isValid: true,
      success: true,
      userId: 'u1',
    },
  });

function setup(respond: Parameters<typeof fakeFetch>[0] = answer) {
  const fake = fakeFetch(respond);
  const queryClient = new QueryClient();
  const client = createGenAuthClient({
    appId: 'app',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
    accessToken: 'user-token',
  });
  const wrapper = withOuterQueryClient(queryClient, ({ children }) => (
    <GenAuthProvider client={client}>{children}</GenAuthProvider>
  ));
  return { fake, queryClient, wrapper };
}

/** What a query persister or a devtools snapshot could read out of the client. */
function cacheText(queryClient: QueryClient): string {
  const entries = queryClient.getMutationCache().getAll();
  return JSON.stringify([
    entries.map((m) => ({ state: m.state, options: m.options })),
    dehydrate(queryClient, { shouldDehydrateMutation: () => true }),
    dehydrate(queryClient),
  ]);
}

const phone = { phoneNumber: '13800138000', passCode: CODE };
/** One call per secret-carrying hook, with the inputs that carry the secrets. */
const calls = {
  signIn: () => ({
    hook: useSignInByPhoneCode(),
    input: { phone: '13800138000', passCode: CODE },
  }),
  signUp: () => ({
    hook: useSignUpByPhoneCode(),
    input: { phone: '13800138000', passCode: CODE, profile: { password: PASSWORD } },
  }),
  preCheck: () => ({
    hook: usePreCheckCode(),
    input: {
      codeType: 'SMS' as const,
      smsCodePayload: {
        phone: '13800138000',
        passCode: CODE,
        channel: 'CHANNEL_REGISTER' as const,
      },
    },
  }),
  reset: () => ({
    hook: useResetPassword(),
    input: {
      verify: { verifyMethod: 'PHONE_PASSCODE' as const, phonePassCodePayload: phone },
      password: PASSWORD,
    },
  }),
  bind: () => ({ hook: useBindPhone(), input: phone }),
  unbind: () => ({ hook: useUnbindPhone(), input: { passCode: CODE } }),
  update: () => ({
    hook: useUpdatePhone(),
    input: {
      verifyMethod: 'PHONE_PASSCODE' as const,
      phonePassCodePayload: { newPhoneNumber: '13900139000', newPhonePassCode: CODE },
    },
  }),
  remove: () => ({
    hook: useDeleteAccount(),
    input: { verifyMethod: 'PHONE_PASSCODE' as const, phonePassCodePayload: phone },
  }),
};

type Call = (typeof calls)[keyof typeof calls];
/** Runs one hook's call; the input type follows the hook, which the union cannot express. */
function run(made: ReturnType<Call>): Promise<unknown> {
  const { hook, input } = made as { hook: { mutateAsync: (i: unknown) => Promise<unknown> } } & {
    input: unknown;
  };
  return hook.mutateAsync(input);
}

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('secret-carrying mutations leave nothing in TanStack caches', () => {
  it.each(Object.entries(calls))(
    '%s: once unmounted, no code, password or token is in the mutation cache or dehydrate()',
    async (_name, call) => {
      const { queryClient, wrapper, fake } = setup();
      const { result, unmount } = renderHook(() => call(), { wrapper });
      await act(() => run(result.current));
      expect(fake.spy).toHaveBeenCalled();
      unmount();
      await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
      const text = cacheText(queryClient);
      for (const secret of SECRETS) expect(text).not.toContain(secret);
    },
  );

  it('a failed call is gone too once unmounted', async () => {
    const { queryClient, wrapper } = setup(() =>
      Response.json({ statusCode: 400, apiCode: 2001, message: 'Invalid verification code' }),
    );
    const { result, unmount } = renderHook(() => calls.reset(), { wrapper });
    await act(() => run(result.current).catch(() => {}));
    unmount();
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  });

  it('a gcTime from the app does not keep secrets longer', async () => {
    const { queryClient, wrapper } = setup();
    queryClient.setDefaultOptions({ mutations: { gcTime: 3_600_000, networkMode: 'online' } });
    const { result, unmount } = renderHook(() => calls.remove(), { wrapper });
    await act(() => run(result.current));
    unmount();
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
  });

  it('offline, a call fails with the network error instead of pausing to be persisted', async () => {
    const { queryClient, wrapper } = setup(() => {
      throw new TypeError('Failed to fetch');
    });
    onlineManager.setOnline(false);
    const { result } = renderHook(() => calls.reset(), { wrapper });
    const error = await act(() => run(result.current).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(GenAuthNetworkError);
    expect(
      queryClient
        .getMutationCache()
        .getAll()
        .some((m) => m.state.isPaused),
    ).toBe(false);
    const persisted = JSON.stringify(dehydrate(queryClient));
    for (const secret of SECRETS) expect(persisted).not.toContain(secret);
  });
});
