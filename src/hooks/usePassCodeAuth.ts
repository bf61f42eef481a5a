'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import {
  type PhonePassCodeInput,
  type PhonePassCodeSignUpInput,
  type SignInResult,
  type SignUpResult,
  signInByPhonePassCode,
  signUpByPhonePassCode,
} from '../core/api/passcode-auth.js';
import type { SecretMutationOptions } from './kit-mutation-options.js';
import { useKitMutation } from './useKitMutation.js';

/**
 * Options of the sign-in/up hooks: TanStack mutation options plus a `client` override, less
 * `gcTime`, `networkMode` and `scope`, which the kit owns so that no secret outlives its call.
 */
export type UsePassCodeAuthOptions<TResult, TInput, TContext = unknown> = SecretMutationOptions<
  TResult,
  TInput,
  TContext
>;

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
  return useKitMutation(
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
  return useKitMutation(
    ['genauth', 'signup', 'passcode'],
    (client, input) => signUpByPhonePassCode(client, input),
    options,
  );
}
