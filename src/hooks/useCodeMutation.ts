'use client';
import { type MutateOptions, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { GenAuthError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { pendingCodeRequest, requestCode } from '../core/cooldown/code-request.js';
import type { CooldownStore } from '../core/cooldown/store.js';
import { requireClient, useKitClient, useKitCooldownStore } from './context.js';
import type { KitMutationOptions } from './kit-mutation-options.js';
import { useCooldownActive, useCooldownSeconds } from './useCooldown.js';
import { useCooldownWindow } from './useCooldownWindow.js';

/** Options every code-sending hook shares, on top of TanStack Query's mutation options. */
export type CodeMutationOptions<TResult, TInput, TContext = unknown> = KitMutationOptions<
  TResult,
  TInput,
  TContext
> & {
  /** Cooldown store to use instead of the provider's (or the page-wide default). */
  cooldownStore?: CooldownStore | undefined;
  /**
   * Seconds a recipient must wait after a successful send, as on the server. Zero, negative
   * or `NaN` would turn the cooldown off, so they are refused (`console.error` in development)
   * and 60 s applies; values above 600 are capped at 600.
   * @default 60
   */
  cooldownSeconds?: number | undefined;
  /**
   * The input the UI currently shows: its cooldown drives `remainingSeconds` even before this
   * hook sent anything (after a reload, or when another tab sent the code). `null`: the UI
   * shows no valid recipient (an empty or half-typed field), so there is no cooldown to show,
   * whatever was sent last. `undefined`: follow the last input sent.
   */
  target?: TInput | null | undefined;
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

/**
 * @internal A code mutation whose owner does not re-render per second: it knows whether the
 * current recipient cools down, and which key and store a countdown leaf should follow.
 */
export type CodeMutationCore<TResult, TInput, TContext = unknown> = UseMutationResult<
  TResult,
  GenAuthError,
  TInput,
  TContext
> & {
  /** True while `target` (or the last input) is cooling down. */
  isCoolingDown: boolean;
  /** The cooldown key of `target` (or the last input); `null` while it is invalid. */
  cooldownKey: string | null;
  /** The store that key lives in. */
  cooldownStore: CooldownStore;
};

/** @internal What distinguishes one code channel (SMS, email, ...) from another. */
export interface CodeMutationSpec<TResult, TInput> {
  mutationKey: readonly unknown[];
  /**
   * Checks the input before the lock (at least as far as its cooldown key needs) and returns
   * the body to send; throws a `GenAuthInputError`. What it leaves unchecked, `send` checks
   * before any request.
   */
  validate: (input: TInput) => TInput;
  /** The cooldown key of a valid input. */
  keyOf: (input: TInput) => string;
  /** Sends one code; a body it refuses rejects with a `GenAuthInputError`, nothing sent. */
  send: (client: GenAuthTransport, input: TInput) => Promise<TResult>;
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
 * does nothing, and callbacks fire once). Adds the live `remainingSeconds`, so its owner
 * re-renders once per displayed second.
 */
export function useCodeMutation<TResult, TInput, TContext>(
  spec: CodeMutationSpec<TResult, TInput>,
  options: CodeMutationOptions<TResult, TInput, TContext> = {},
): CodeMutationResult<TResult, TInput, TContext> {
  const { cooldownKey, cooldownStore, ...mutation } = useCodeMutationCore(spec, options);
  const remainingSeconds = useCooldownSeconds(cooldownKey, cooldownStore);
  return { ...mutation, remainingSeconds } as CodeMutationResult<TResult, TInput, TContext>;
}

/**
 * @internal {@link useCodeMutation} without the seconds: re-renders when a cooldown starts or
 * ends, never per tick (the components show the seconds in a leaf of their own).
 */
export function useCodeMutationCore<TResult, TInput, TContext>(
  spec: CodeMutationSpec<TResult, TInput>,
  options: CodeMutationOptions<TResult, TInput, TContext> = {},
): CodeMutationCore<TResult, TInput, TContext> {
  const { client: clientOption, cooldownStore, cooldownSeconds, target, ...rest } = options;
  const cooldownMs = useCooldownWindow(cooldownSeconds);
  const client = useKitClient(clientOption);
  const store = useKitCooldownStore(cooldownStore);
  const started = useRef(new WeakMap<object, Promise<TResult>>());

  /** Validates, then joins the request in flight for the same recipient or starts one. */
  const begin = useCallback(
    (input: TInput): { joined: boolean; promise: Promise<TResult> } => {
      let body: TInput;
      let sender: GenAuthTransport;
      try {
        sender = requireClient(client);
        body = spec.validate(input);
      } catch (error) {
        return { joined: false, promise: Promise.reject(error) };
      }
      const key = spec.keyOf(body);
      const pending = pendingCodeRequest(store, key);
      if (pending) return { joined: true, promise: pending as Promise<TResult> };
      const promise = requestCode({
        store,
        key,
        cooldownMs,
        send: () => spec.send(sender, body),
      });
      return { joined: false, promise };
    },
    [client, store, cooldownMs, spec],
  );

  const mutation = useMutation<TResult, GenAuthError, TInput, TContext>({
    ...rest,
    mutationKey: spec.mutationKey,
    retry: false,
    mutationFn: (input) => {
      const promise = typeof input === 'object' && input ? started.current.get(input) : undefined;
      return promise ?? begin(input).promise;
    },
  });

  type Callbacks = MutateOptions<TResult, GenAuthError, TInput, TContext>;
  const rawMutateAsync = mutation.mutateAsync as (
    input: TInput,
    callbacks?: Callbacks,
  ) => Promise<TResult>;
  const mutateAsync = useCallback(
    (input: TInput, callbacks?: Callbacks): Promise<TResult> => {
      // Take the lock now, synchronously: TanStack runs mutationFn only after awaiting onMutate.
      const { joined, promise } = begin(input);
      if (joined) return promise;
      promise.catch(() => {}); // observed by the mutation; this only silences the early copy
      if (typeof input === 'object' && input) started.current.set(input, promise);
      return rawMutateAsync(input, callbacks);
    },
    [rawMutateAsync, begin],
  );
  const mutate = useCallback(
    (input: TInput, callbacks?: Callbacks): void => {
      mutateAsync(input, callbacks).catch(() => {});
    },
    [mutateAsync],
  );

  // The countdown belongs to the recipient on screen: never another number's after an edit.
  const cooldownKey = target === null ? null : safeKey(spec, target ?? mutation.variables);
  const isCoolingDown = useCooldownActive(cooldownKey, store);
  return {
    ...mutation,
    // Same call signatures as TanStack's; the cast only restores its variadic typing.
    mutate: mutate as typeof mutation.mutate,
    mutateAsync: mutateAsync as typeof mutation.mutateAsync,
    isCoolingDown,
    cooldownKey,
    cooldownStore: store,
  };
}
