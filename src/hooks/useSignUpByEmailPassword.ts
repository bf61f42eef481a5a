'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import type { SignUpResult } from '../core/api/passcode-auth.js';
import { type EmailPasswordSignUpInput, signUpByEmailPassword } from '../core/api/password-auth.js';
import type { SecretMutationOptions } from './kit-mutation-options.js';
import { useKitMutation } from './useKitMutation.js';

/**
 * Options of {@link useSignUpByEmailPassword}: TanStack mutation options plus a `client`
 * override, less `gcTime`, `networkMode` and `scope`, which the kit owns so that the password
 * (in `variables`) leaves TanStack's cache as soon as no component shows the call.
 */
export type UseSignUpByEmailPasswordOptions<TContext = unknown> = SecretMutationOptions<
  SignUpResult,
  EmailPasswordSignUpInput,
  TContext
>;

/**
 * Signs up with an email address and a password (`POST /api/v3/signup`, `connection:
 * 'PASSWORD'`), optionally completing a phone: `profile.phone`, `profile.phoneCountryCode` and
 * the `CHANNEL_COMPLETE_PHONE` code in `options.phonePassCodeForInformationCompletion`. Never
 * retried; a call while one is in flight joins it (one account per submit).
 *
 * @example
 * const signUp = useSignUpByEmailPassword({ onSuccess: ({ data }) => welcome(data) });
 * signUp.mutate({ email: 'ada@example.com', password, profile: { phone: '13800138000', phoneCountryCode: '+86' },
 *   options: { phonePassCodeForInformationCompletion: '123456' } });
 */
export function useSignUpByEmailPassword<TContext = unknown>(
  options?: UseSignUpByEmailPasswordOptions<TContext>,
): UseMutationResult<SignUpResult, GenAuthError, EmailPasswordSignUpInput, TContext> {
  return useKitMutation(
    ['genauth', 'signup', 'password'],
    (client, input) => signUpByEmailPassword(client, input),
    options,
  );
}
