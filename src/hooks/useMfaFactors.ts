'use client';
import {
  type UseMutationOptions,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import {
  type EnrollFactorInput,
  enrollFactor,
  type ListEnrolledFactorsResult,
  listEnrolledFactors,
  resetFactor,
} from '../core/api/mfa-factors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import type { GenAuthEnvelope } from '../core/api/types.js';
import { requireClient, useKitClient } from './context.js';
import type { UseAccountFlowOptions, UseAccountFlowResult } from './useAccountFlows.js';
import { useKitMutation } from './useKitMutation.js';

/**
 * The TanStack query key of a client's factor list: one per app (app host and App ID), so two
 * apps on one page never read each other's list.
 * @example queryClient.invalidateQueries({ queryKey: enrolledFactorsQueryKey(client) })
 */
export function enrolledFactorsQueryKey(client: GenAuthTransport | undefined): readonly unknown[] {
  return ['genauth', 'list-enrolled-factors', client?.appHost ?? null, client?.appId ?? null];
}

/** Options of {@link useListEnrolledFactors}: TanStack query options plus a `client` override. */
export type UseListEnrolledFactorsOptions = Omit<
  UseQueryOptions<ListEnrolledFactorsResult, GenAuthError>,
  'queryKey' | 'queryFn'
> & {
  /** Client to use instead of the `<GenAuthProvider>`'s. */
  client?: GenAuthTransport | undefined;
};

/**
 * The signed-in user's MFA factors (`GET /api/v3/list-enrolled-factors`) as a TanStack query,
 * keyed per app ({@link enrolledFactorsQueryKey}); `useEnrollFactor` and `useResetFactor`
 * refetch it when they succeed. Not retried unless you ask (`retry`): a missing or expired
 * session does not get better by asking again. Needs the provider's `accessToken`.
 * @example
 * const factors = useListEnrolledFactors();
 * const sms = factors.data?.data.find((factor) => factor.factorType === 'SMS');
 */
export function useListEnrolledFactors(
  options: UseListEnrolledFactorsOptions = {},
): UseQueryResult<ListEnrolledFactorsResult, GenAuthError> {
  const { client: clientOption, ...rest } = options;
  const client = useKitClient(clientOption);
  return useQuery<ListEnrolledFactorsResult, GenAuthError>({
    retry: false,
    ...rest,
    queryKey: enrolledFactorsQueryKey(client),
    queryFn: ({ signal }) => listEnrolledFactors(requireClient(client), { signal }),
  });
}

/** `options` whose `onSuccess` first marks the app's factor list stale (refetched if shown). */
function useRefetchingFactors<TInput, TContext>(
  options: UseAccountFlowOptions<GenAuthEnvelope, TInput, TContext> | undefined,
): UseAccountFlowOptions<GenAuthEnvelope, TInput, TContext> {
  const queryClient = useQueryClient();
  const client = useKitClient(options?.client);
  type OnSuccess = NonNullable<
    UseMutationOptions<GenAuthEnvelope, GenAuthError, TInput, TContext>['onSuccess']
  >;
  const onSuccess: OnSuccess = async (...args) => {
    await queryClient.invalidateQueries({ queryKey: enrolledFactorsQueryKey(client) });
    return options?.onSuccess?.(...args);
  };
  return { ...options, onSuccess };
}

/**
 * Turning on two-step verification by SMS, step 2: `POST /api/v3/enroll-factor` with the
 * `enrollmentToken` from `useSendEnrollFactorRequest` and the `CHANNEL_BIND_MFA` code. Never
 * retried, one request per intent (a double submit joins the first), nothing kept in TanStack's
 * cache once no component shows it; refetches `useListEnrolledFactors` on success. Needs the
 * provider's `accessToken`.
 * @example
 * useEnrollFactor().mutate({ factorType: 'SMS', enrollmentToken, enrollmentData: { passCode } })
 */
export function useEnrollFactor<TContext = unknown>(
  options?: UseAccountFlowOptions<GenAuthEnvelope, EnrollFactorInput, TContext>,
): UseAccountFlowResult<GenAuthEnvelope, EnrollFactorInput, TContext> {
  return useKitMutation(['genauth', 'enroll-factor'], enrollFactor, useRefetchingFactors(options));
}

/**
 * Removes one MFA factor: `POST /api/v3/reset-factor` with a `factorId` from
 * `useListEnrolledFactors`. Refetches that list on success. Needs the provider's `accessToken`.
 * @example useResetFactor().mutate({ factorId: sms.factorId })
 */
export function useResetFactor<TContext = unknown>(
  options?: UseAccountFlowOptions<GenAuthEnvelope, { factorId: string }, TContext>,
): UseAccountFlowResult<GenAuthEnvelope, { factorId: string }, TContext> {
  return useKitMutation(['genauth', 'reset-factor'], resetFactor, useRefetchingFactors(options));
}
