'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { requireClient, useKitClient } from './context.js';
import type { KitMutationOptions } from './kit-mutation-options.js';

/**
 * @internal A mutation over one endpoint function on the kit's client. Never retried: codes are
 * single use and a retry could burn attempts, lock accounts or repeat a change.
 */
export function useKitMutation<TResult, TInput, TContext>(
  mutationKey: readonly unknown[],
  call: (client: GenAuthTransport, input: TInput) => Promise<TResult>,
  { client: clientOption, ...rest }: KitMutationOptions<TResult, TInput, TContext> = {},
): UseMutationResult<TResult, GenAuthError, TInput, TContext> {
  const client = useKitClient(clientOption);
  return useMutation<TResult, GenAuthError, TInput, TContext>({
    ...rest,
    mutationKey,
    retry: false,
    mutationFn: (input) => call(requireClient(client), input),
  });
}
