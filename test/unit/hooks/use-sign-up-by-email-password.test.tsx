import { dehydrate, QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthProvider,
  useSignUpByEmailPassword,
} from '../../../src/index.js';
import { fakeFetch } from '../../helpers/fake-fetch.js';
import { deferred, withOuterQueryClient } from '../../helpers/hook-helpers.js';

const PASSWORD = 'Hunter2-secret-pw';
const CODE = '731946';
const input = {
  email: 'ada@example.com',
  password: PASSWORD,
  profile: { phone: '13800138000', phoneCountryCode: '+86' },
  options: { phonePassCodeForInformationCompletion: CODE },
};
const user = () =>
  Response.json({
    statusCode: 200,
    message: 'ok',
    data: { userId: 'u1', email: 'ada@example.com' },
  });

function setup(respond: Parameters<typeof fakeFetch>[0] = user) {
  const fake = fakeFetch(respond);
  const queryClient = new QueryClient();
  const client = createGenAuthClient({ appId: 'app', appHost: 'x.genauth.ai', fetch: fake.fetch });
  const wrapper = withOuterQueryClient(queryClient, ({ children }) => (
    <GenAuthProvider client={client}>{children}</GenAuthProvider>
  ));
  return { fake, queryClient, wrapper };
}

describe('useSignUpByEmailPassword', () => {
  it('posts the official signup body with the completed phone and resolves with the user', async () => {
    const { fake, wrapper } = setup();
    const { result } = renderHook(() => useSignUpByEmailPassword(), { wrapper });
    const answer = await act(() => result.current.mutateAsync(input));
    expect(answer.data).toMatchObject({ userId: 'u1' });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      url: 'https://x.genauth.ai/api/v3/signup',
      method: 'POST',
      body: {
        connection: 'PASSWORD',
        passwordPayload: { email: 'ada@example.com', password: PASSWORD },
        profile: { phone: '13800138000', phoneCountryCode: '+86' },
        options: { phonePassCodeForInformationCompletion: CODE },
      },
    });
  });

  it('a second submit while one is in flight joins it: one request', async () => {
    const gate = deferred<Response>();
    const { fake, wrapper } = setup(() => gate.promise);
    const { result } = renderHook(() => useSignUpByEmailPassword(), { wrapper });
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.mutateAsync(input);
      second = result.current.mutateAsync(input);
    });
    expect(second).toBe(first);
    gate.resolve(user());
    await act(() => first);
    expect(fake.requests).toHaveLength(1);
  });

  it('is never retried, and leaves no password or code in the cache once unmounted', async () => {
    const { fake, wrapper, queryClient } = setup(() =>
      Response.json({ statusCode: 500, message: 'busy' }, { status: 500 }),
    );
    const { result, unmount } = renderHook(() => useSignUpByEmailPassword(), { wrapper });
    await act(async () => {
      await expect(result.current.mutateAsync(input)).rejects.toThrow();
    });
    expect(fake.requests).toHaveLength(1);
    unmount();
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    const text = JSON.stringify(dehydrate(queryClient, { shouldDehydrateMutation: () => true }));
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(CODE);
  });
});
