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
