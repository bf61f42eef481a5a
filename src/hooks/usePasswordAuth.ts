'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import type { GenAuthError } from '../core/api/errors.js';
import type { SignInResult } from '../core/api/passcode-auth.js';
import { type AccountPasswordInput, signInByAccountPassword } from '../core/api/password-auth.js';
import { useKitMutation } from './useKitMutation.js';
import type { UsePassCodeAuthOptions } from './usePassCodeAuth.js';

/**
 * Signs in with an account name (username, email or phone) and a password
 * (`connection: 'PASSWORD'`). Never retried; a second call while one is in flight joins it. The
 * password is the mutation's variable only while a component shows the call (`gcTime: 0`).
 * When GenAuth asks for a second factor the call rejects with a `GenAuthMfaRequiredError`
 * (continue with `verifyMfaSms`, or use `usePasswordSignInFlow`, which does).
 *
 * @example
 * const signIn = useSignInByPassword({ onSuccess: ({ data }) => saveTokens(data) });
 * signIn.mutate({ account: 'ada@example.com', password });
 */
export function useSignInByPassword<TContext = unknown>(
  options?: UsePassCodeAuthOptions<SignInResult, AccountPasswordInput, TContext>,
): UseMutationResult<SignInResult, GenAuthError, AccountPasswordInput, TContext> {
  return useKitMutation(
    ['genauth', 'signin', 'password'],
    (client, input) => signInByAccountPassword(client, input),
    options,
  );
}
