'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import {
  type PhonePassCodeInput,
  type PhonePassCodeSignUpInput,
  type SignInResult,
  type SignUpResult,
  signInByPhonePassCode,
  signUpByPhonePassCode,
} from '../core/api/passcode-auth.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { requireClient, useKitClient } from './context.js';
import type { KitMutationOptions } from './kit-mutation-options.js';

/** Options of the sign-in/up hooks: TanStack mutation options plus a `client` override. */
export type UsePassCodeAuthOptions<TResult, TInput, TContext = unknown> = KitMutationOptions<
  TResult,
  TInput,
  TContext
>;

function usePassCodeMutation<TResult, TInput, TContext>(
  mutationKey: readonly unknown[],
  call: (client: GenAuthTransport, input: TInput) => Promise<TResult>,
  { client: clientOption, ...rest }: UsePassCodeAuthOptions<TResult, TInput, TContext> = {},
): UseMutationResult<TResult, GenAuthError, TInput, TContext> {
  const client = useKitClient(clientOption);
  return useMutation<TResult, GenAuthError, TInput, TContext>({
    ...rest,
    mutationKey,
    // A wrong code must not be retried for the user: it would burn attempts and lock accounts.
    retry: false,
    mutationFn: (input) => call(requireClient(client), input),
  });
}

/**
 * Signs in with a phone number and the code GenAuth texted to it (`connection: 'PASSCODE'`).
 * The user may retry; the hook never retries by itself.
 *
 * @example
 * const signIn = useSignInByPhoneCode({ onSuccess: ({ data }) => saveTokens(data) });
 * signIn.mutate({ phone: '13800138000', phoneCountryCode: '+86', passCode: '123456' });
 */
export function useSignInByPhoneCode<TContext = unknown>(
  options?: UsePassCodeAuthOptions<SignInResult, PhonePassCodeInput, TContext>,
): UseMutationResult<SignInResult, GenAuthError, PhonePassCodeInput, TContext> {
  return usePassCodeMutation(
    ['genauth', 'signin', 'passcode'],
    (client, input) => signInByPhonePassCode(client, input),
    options,
  );
}

/**
 * Signs up with a phone number, the texted code and an optional profile.
 *
 * @example
 * const signUp = useSignUpByPhoneCode();
 * signUp.mutate({ phone: '13800138000', passCode: '123456', profile: { nickname: 'Ada' } });
 */
export function useSignUpByPhoneCode<TContext = unknown>(
  options?: UsePassCodeAuthOptions<SignUpResult, PhonePassCodeSignUpInput, TContext>,
): UseMutationResult<SignUpResult, GenAuthError, PhonePassCodeSignUpInput, TContext> {
  return usePassCodeMutation(
    ['genauth', 'signup', 'passcode'],
    (client, input) => signUpByPhonePassCode(client, input),
    options,
  );
}
