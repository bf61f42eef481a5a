'use client';
import type { UseMutationResult } from '@tanstack/react-query';
import {
  deleteAccountByCode,
  type VerifyDeleteAccountRequestInput,
} from '../core/api/delete-account.js';
import type { GenAuthError } from '../core/api/errors.js';
import {
  type BindPhoneInput,
  bindPhone,
  type PhoneBindingResult,
  type UnbindPhoneInput,
  unbindPhone,
} from '../core/api/phone-binding.js';
import {
  type PreCheckCodeInput,
  type PreCheckCodeResult,
  preCheckCode,
} from '../core/api/pre-check-code.js';
import {
  type IsSuccessResult,
  type ResetPasswordByCodeInput,
  resetPasswordByCode,
} from '../core/api/reset-password.js';
import { updatePhoneByCode, type VerifyUpdatePhoneRequestInput } from '../core/api/update-phone.js';
import type { SecretMutationOptions } from './kit-mutation-options.js';
import { useKitMutation } from './useKitMutation.js';

/**
 * Options of the account-flow hooks: TanStack mutation options plus a `client` override, less
 * `gcTime`, `networkMode` and `scope`, which the kit owns so that no secret outlives its call.
 */
export type UseAccountFlowOptions<TResult, TInput, TContext = unknown> = SecretMutationOptions<
  TResult,
  TInput,
  TContext
>;

/** What every account-flow hook returns: a TanStack mutation, typed with the kit's errors. */
export type UseAccountFlowResult<TResult, TInput, TContext = unknown> = UseMutationResult<
  TResult,
  GenAuthError,
  TInput,
  TContext
>;

/**
 * Checks a code without spending it (`preCheckCode`): catch a mistyped code at the code step.
 * Resolves with `data.isValid`; a wrong code is not an error.
 * @example
 * const check = usePreCheckCode();
 * const { data } = await check.mutateAsync({ codeType: 'SMS', smsCodePayload: { phone, passCode, channel: 'CHANNEL_REGISTER' } });
 */
export function usePreCheckCode<TContext = unknown>(
  options?: UseAccountFlowOptions<PreCheckCodeResult, PreCheckCodeInput, TContext>,
): UseAccountFlowResult<PreCheckCodeResult, PreCheckCodeInput, TContext> {
  return useKitMutation(['genauth', 'pre-check-code'], preCheckCode, options);
}

/**
 * Forgot password (`CHANNEL_RESET_PASSWORD`, SMS or email; no access token): verifies the code
 * and sets the new password in one mutation, so the `passwordResetToken` never reaches your state.
 * @example
 * const reset = useResetPassword({ onSuccess: () => goToSignIn() });
 * reset.mutate({ verify: { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: { phoneNumber, passCode } }, password });
 */
export function useResetPassword<TContext = unknown>(
  options?: UseAccountFlowOptions<IsSuccessResult, ResetPasswordByCodeInput, TContext>,
): UseAccountFlowResult<IsSuccessResult, ResetPasswordByCodeInput, TContext> {
  return useKitMutation(['genauth', 'reset-password'], resetPasswordByCode, options);
}

/**
 * Binds a phone to the signed-in user (`CHANNEL_BIND_PHONE`; needs the provider's `accessToken`).
 * @example useBindPhone().mutate({ phoneNumber: '13800138000', phoneCountryCode: '+86', passCode })
 */
export function useBindPhone<TContext = unknown>(
  options?: UseAccountFlowOptions<PhoneBindingResult, BindPhoneInput, TContext>,
): UseAccountFlowResult<PhoneBindingResult, BindPhoneInput, TContext> {
  return useKitMutation(['genauth', 'bind-phone'], bindPhone, options);
}

/**
 * Unbinds the signed-in user's phone (`CHANNEL_UNBIND_PHONE`; needs the access token).
 * @example useUnbindPhone().mutate({ passCode })
 */
export function useUnbindPhone<TContext = unknown>(
  options?: UseAccountFlowOptions<PhoneBindingResult, UnbindPhoneInput, TContext>,
): UseAccountFlowResult<PhoneBindingResult, UnbindPhoneInput, TContext> {
  return useKitMutation(['genauth', 'unbind-phone'], unbindPhone, options);
}

/**
 * Changes the signed-in user's phone (new number `CHANNEL_BIND_PHONE`, current number
 * `CHANNEL_UNBIND_PHONE` when the pool verifies it; needs the access token): verifies and
 * updates in one mutation, keeping the `updatePhoneToken` out of your state.
 * @example
 * useUpdatePhone().mutate({ verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: { newPhoneNumber, newPhonePassCode, oldPhoneNumber, oldPhonePassCode } })
 */
export function useUpdatePhone<TContext = unknown>(
  options?: UseAccountFlowOptions<IsSuccessResult, VerifyUpdatePhoneRequestInput, TContext>,
): UseAccountFlowResult<IsSuccessResult, VerifyUpdatePhoneRequestInput, TContext> {
  return useKitMutation(['genauth', 'update-phone'], updatePhoneByCode, options);
}

/**
 * Deletes the signed-in user's account (`CHANNEL_DELETE_ACCOUNT`, SMS or email; needs the access
 * token): verifies and deletes in one mutation. Irreversible: confirm with the user first.
 * @example useDeleteAccount({ onSuccess: signOut }).mutate({ verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: { phoneNumber, passCode } })
 */
export function useDeleteAccount<TContext = unknown>(
  options?: UseAccountFlowOptions<IsSuccessResult, VerifyDeleteAccountRequestInput, TContext>,
): UseAccountFlowResult<IsSuccessResult, VerifyDeleteAccountRequestInput, TContext> {
  return useKitMutation(['genauth', 'delete-account'], deleteAccountByCode, options);
}
