'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { requireClient, useKitClient } from './context.js';
import type { SecretMutationOptions } from './kit-mutation-options.js';

/**
 * @internal A mutation over one endpoint function on the kit's client, for calls that carry
 * secrets (codes, passwords, tokens). Never retried: codes are single use and a retry could burn
 * attempts, lock accounts or repeat a change. Nothing secret outlives its call in TanStack's
 * cache: see {@link SecretMutationOptions}.
 */
export function useKitMutation<TResult, TInput, TContext>(
  mutationKey: readonly unknown[],
  call: (client: GenAuthTransport, input: TInput) => Promise<TResult>,
  options: SecretMutationOptions<TResult, TInput, TContext> = {},
): UseMutationResult<TResult, GenAuthError, TInput, TContext> {
  const { client: clientOption, ...rest } = options;
  const client = useKitClient(clientOption);
  return useMutation<TResult, GenAuthError, TInput, TContext>({
    ...rest,
    mutationKey,
    retry: false,
    // After the last observer leaves, the entry (variables: codes, passwords; data: tokens) is
    // removed at once instead of staying 5 minutes where devtools and persisters read it.
    gcTime: 0,
    // Offline, TanStack would pause the call, and dehydrate() persists paused mutations with
    // their variables: fail with the network error instead. A scope would pause it the same way.
    networkMode: 'always',
    scope: undefined,
    mutationFn: (input) => call(requireClient(client), input),
  });
}
