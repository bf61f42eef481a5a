'use client';
import { type MutateOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { GenAuthClient } from '../core/client.js';
import { pendingCodeRequest, requestCode } from '../core/code-request.js';
import { type CooldownStore, getDefaultCooldownStore } from '../core/cooldown-store.js';
import type { GenAuthError } from '../core/errors.js';
import { useGenAuthContext } from './context.js';
import type { KitMutationOptions } from './kit-mutation-options.js';
import { useCooldown } from './useCooldown.js';

/** Options every code-sending hook shares, on top of TanStack Query's mutation options. */
export type CodeMutationOptions<TResult, TInput, TContext = unknown> = KitMutationOptions<
  TResult,
  TInput,
  TContext
> & {
  /** Cooldown store to use instead of the provider's (or the page-wide default). */
  cooldownStore?: CooldownStore | undefined;
  /**
   * Seconds a recipient must wait after a successful send, as on the server.
   * @default 60
   */
  cooldownSeconds?: number | undefined;
  /**
   * The input the UI currently shows: its cooldown drives `remainingSeconds` even before this
   * hook sent anything (after a reload, or when another tab sent the code).
   */
  target?: TInput | undefined;
};

/** A code-sending mutation plus the live cooldown of its current recipient. */
export type CodeMutationResult<TResult, TInput, TContext = unknown> = UseMutationResult<
  TResult,
  GenAuthError,
  TInput,
  TContext
> & {
  /** Whole seconds left before `target` (or the last input) may get another code; 0 when free. */
  remainingSeconds: number;
  /** True while `target` (or the last input) is cooling down. */
  isCoolingDown: boolean;
};

/** @internal What distinguishes one code channel (SMS, email, ...) from another. */
export interface CodeMutationSpec<TResult, TInput> {
  mutationKey: readonly unknown[];
  /** Validates the input and returns the normalised body to send; throws a `GenAuthInputError`. */
  validate: (input: TInput) => TInput;
  /** The cooldown key of a valid input. */
  keyOf: (input: TInput) => string;
  /** Sends one code. */
  send: (client: GenAuthClient, input: TInput) => Promise<TResult>;
}

function safeKey<TInput>(spec: CodeMutationSpec<unknown, TInput>, input: TInput | undefined) {
  if (input === undefined) return null;
  try {
    return spec.keyOf(spec.validate(input));
  } catch {
    return null;
  }
}

/**
 * @internal The one mechanism behind `useSendSms` and `useSendEmail`: a mutation that never
 * retries, refuses while cooling down, and sends once per recipient however often it is called
 * (later calls while one is in flight join it: `mutateAsync` returns the same promise, `mutate`
 * does nothing, and callbacks fire once).
 */
export function useCodeMutation<TResult, TInput, TContext>(
  spec: CodeMutationSpec<TResult, TInput>,
  options: CodeMutationOptions<TResult, TInput, TContext> = {},
): CodeMutationResult<TResult, TInput, TContext> {
  const { client: clientOption, cooldownStore, cooldownSeconds = 60, target, ...rest } = options;
  const context = useGenAuthContext();
  const client = clientOption ?? context?.client;
  const store = cooldownStore ?? context?.cooldownStore ?? getDefaultCooldownStore();
  const started = useRef(new WeakMap<object, Promise<TResult>>());

  const start = useCallback(
    (input: TInput): Promise<TResult> => {
      let body: TInput;
      try {
        if (!client)
          throw new Error('No GenAuth client: wrap in <GenAuthProvider> or pass `client`');
        body = spec.validate(input);
      } catch (error) {
        return Promise.reject(error);
      }
      return requestCode({
        store,
        key: spec.keyOf(body),
        cooldownMs: cooldownSeconds * 1000,
        send: () => spec.send(client, body),
      });
    },
    [client, store, cooldownSeconds, spec],
  );

  const mutation = useMutation<TResult, GenAuthError, TInput, TContext>({
    ...rest,
    mutationKey: spec.mutationKey,
    retry: false,
    mutationFn: (input) => {
      const promise = typeof input === 'object' && input ? started.current.get(input) : undefined;
      return promise ?? start(input);
    },
  });

  type Callbacks = MutateOptions<TResult, GenAuthError, TInput, TContext>;
  const rawMutateAsync = mutation.mutateAsync as (
    input: TInput,
    callbacks?: Callbacks,
  ) => Promise<TResult>;
  const mutateAsync = useCallback(
    (input: TInput, callbacks?: Callbacks): Promise<TResult> => {
      const key = safeKey(spec, input);
      const pending = key === null ? undefined : pendingCodeRequest(store, key);
      if (pending) return pending as Promise<TResult>;
      // Take the lock now, synchronously: TanStack runs mutationFn only after awaiting onMutate.
      const promise = start(input);
      promise.catch(() => {}); // observed by the mutation; this only silences the early copy
      if (typeof input === 'object' && input) started.current.set(input, promise);
      return rawMutateAsync(input, callbacks);
    },
    [rawMutateAsync, spec, store, start],
  );
  const mutate = useCallback(
    (input: TInput, callbacks?: Callbacks): void => {
      mutateAsync(input, callbacks).catch(() => {});
    },
    [mutateAsync],
  );

  const cooldown = useCooldown(safeKey(spec, target ?? mutation.variables), { store });
  return useMemo(
    () => ({
      ...mutation,
      // Same call signatures as TanStack's; the cast only restores its variadic typing.
      mutate: mutate as typeof mutation.mutate,
      mutateAsync: mutateAsync as typeof mutation.mutateAsync,
      remainingSeconds: cooldown.remainingSeconds,
      isCoolingDown: cooldown.isActive,
    }),
    [mutation, mutate, mutateAsync, cooldown.remainingSeconds, cooldown.isActive],
  );
}
