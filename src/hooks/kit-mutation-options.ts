import type { UseMutationOptions } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';

/**
 * TanStack mutation options as every kit hook takes them: the kit owns the request, its key
 * and the (absent) retries; you keep the callbacks and can swap the client.
 */
export type KitMutationOptions<TResult, TInput, TContext = unknown> = Omit<
  UseMutationOptions<TResult, GenAuthError, TInput, TContext>,
  'mutationFn' | 'mutationKey' | 'retry' | 'retryDelay'
> & {
  /** Client to use instead of the `<GenAuthProvider>`'s. */
  client?: GenAuthTransport | undefined;
};

/**
 * Options of the hooks whose calls carry a code, a password or tokens (sign-in/up and the
 * account flows). The kit also owns how long TanStack keeps such a call (`gcTime: 0`: gone as
 * soon as no component shows it), that it never waits paused to be persisted (`networkMode:
 * 'always'`, no `scope`), so these three are not yours to set; values given anyway are ignored.
 */
export type SecretMutationOptions<TResult, TInput, TContext = unknown> = Omit<
  KitMutationOptions<TResult, TInput, TContext>,
  'gcTime' | 'networkMode' | 'scope'
>;
