'use client';
import { type MutateOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { GenAuthError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { requireClient, useKitClient } from './context.js';
import type { SecretMutationOptions } from './kit-mutation-options.js';

/**
 * @internal A mutation over one endpoint function on the kit's client, for calls that carry
 * secrets (codes, passwords, tokens). Never retried: codes are single use and a retry could burn
 * attempts, lock accounts or repeat a change. One request per intent: a call while one is in
 * flight joins it (`mutateAsync` returns the same promise, `mutate` does nothing more, callbacks
 * fire once). Nothing secret outlives its call in TanStack's cache: see {@link SecretMutationOptions}.
 */
export function useKitMutation<TResult, TInput, TContext>(
  mutationKey: readonly unknown[],
  call: (client: GenAuthTransport, input: TInput) => Promise<TResult>,
  options: SecretMutationOptions<TResult, TInput, TContext> = {},
): UseMutationResult<TResult, GenAuthError, TInput, TContext> {
  const { client: clientOption, ...rest } = options;
  const client = useKitClient(clientOption);
  const inFlight = useRef<Promise<TResult> | null>(null);
  const mutation = useMutation<TResult, GenAuthError, TInput, TContext>({
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

  type Callbacks = MutateOptions<TResult, GenAuthError, TInput, TContext>;
  const rawMutateAsync = mutation.mutateAsync as (
    input: TInput,
    callbacks?: Callbacks,
  ) => Promise<TResult>;
  const mutateAsync = useCallback(
    (input: TInput, callbacks?: Callbacks): Promise<TResult> => {
      // A second submit of the same form (double click, Enter then click) would verify the code
      // twice and fail on the spent code although the first call succeeded: join it instead.
      if (inFlight.current) return inFlight.current;
      const promise = rawMutateAsync(input, callbacks);
      inFlight.current = promise;
      const release = () => {
        if (inFlight.current === promise) inFlight.current = null;
      };
      promise.then(release, release);
      return promise;
    },
    [rawMutateAsync],
  );
  const mutate = useCallback(
    (input: TInput, callbacks?: Callbacks): void => {
      mutateAsync(input, callbacks).catch(() => {});
    },
    [mutateAsync],
  );
  return {
    ...mutation,
    // Same call signatures as TanStack's; the cast only restores its variadic typing.
    mutate: mutate as typeof mutation.mutate,
    mutateAsync: mutateAsync as typeof mutation.mutateAsync,
  };
}
