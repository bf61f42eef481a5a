'use client';

export {
  CountrySelect,
  type CountrySelectClassNames,
  type CountrySelectProps,
} from './components/country-select/CountrySelect.js';
export { Flag, type FlagProps } from './components/Flag.js';
export { type FlagGlyphs, setFlagGlyphs } from './components/flag-glyphs.js';
export {
  NewPasswordInput,
  type NewPasswordInputClassNames,
  type NewPasswordInputProps,
} from './components/NewPasswordInput.js';
export {
  PhoneInput,
  type PhoneInputClassNames,
  type PhoneInputProps,
} from './components/PhoneInput.js';
export { SendCodeButton } from './components/SendCodeButton.js';
export {
  SendEmailCodeButton,
  type SendEmailCodeButtonClassNames,
  type SendEmailCodeButtonProps,
} from './components/SendEmailCodeButton.js';
export type {
  SendCodeButtonClassNames,
  SendCodeButtonProps,
  SendCodeButtonRenderState,
  SendCodeCommonProps,
} from './components/send-code-button-props.js';
export {
  VerificationCodeInput,
  type VerificationCodeInputClassNames,
  type VerificationCodeInputProps,
} from './components/VerificationCodeInput.js';
// genauth-sms-react: React hooks and components. Everything in ./core is re-exported too, but
// searchCountries (see core/index.ts).
export * from './core/shared-exports.js';
export { GenAuthProvider, type GenAuthProviderProps } from './hooks/GenAuthProvider.js';
export type { KitMutationOptions } from './hooks/kit-mutation-options.js';
export {
  type UseAccountFlowOptions,
  type UseAccountFlowResult,
  useBindPhone,
  useDeleteAccount,
  usePreCheckCode,
  useResetPassword,
  useUnbindPhone,
  useUpdatePhone,
} from './hooks/useAccountFlows.js';
export type { CodeMutationOptions, CodeMutationResult } from './hooks/useCodeMutation.js';
export type {
  SendCodeControlOptions,
  SendCodeState,
  UseSendCodeResult,
} from './hooks/useCodeSendControl.js';
export {
  type UseCooldownOptions,
  type UseCooldownResult,
  useCooldown,
} from './hooks/useCooldown.js';
export {
  enrolledFactorsQueryKey,
  type UseListEnrolledFactorsOptions,
  useEnrollFactor,
  useListEnrolledFactors,
  useResetFactor,
} from './hooks/useMfaFactors.js';
export {
  type UsePassCodeAuthOptions,
  useSignInByPhoneCode,
  useSignUpByPhoneCode,
} from './hooks/usePassCodeAuth.js';
export { useSignInByPassword } from './hooks/usePasswordAuth.js';
export {
  type PhoneChangeDetails,
  type UsePhoneInputOptions,
  type UsePhoneInputResult,
  usePhoneInput,
} from './hooks/usePhoneInput.js';
export { type UseSendCodeOptions, useSendCode } from './hooks/useSendCode.js';
export {
  type UseSendEmailOptions,
  type UseSendEmailResult,
  useSendEmail,
} from './hooks/useSendEmail.js';
export { type UseSendEmailCodeOptions, useSendEmailCode } from './hooks/useSendEmailCode.js';
export {
  ENROLL_FACTOR_CHANNEL,
  enrollFactorCooldownKey,
  type UseSendEnrollFactorRequestOptions,
  type UseSendEnrollFactorRequestResult,
  useSendEnrollFactorRequest,
} from './hooks/useSendEnrollFactorRequest.js';
export {
  sendSmsCooldownKey,
  sendSmsE164,
  type UseSendSmsOptions,
  type UseSendSmsResult,
  useSendSms,
} from './hooks/useSendSms.js';
export {
  type UseSignUpByEmailPasswordOptions,
  useSignUpByEmailPassword,
} from './hooks/useSignUpByEmailPassword.js';
export {
  type CodeSelection,
  type UseVerificationCodeOptions,
  type UseVerificationCodeResult,
  useVerificationCode,
} from './hooks/useVerificationCode.js';
export { type UseWebOtpOptions, useWebOtp } from './hooks/useWebOtp.js';

export { describePasswordError } from './i18n/describe-password-error.js';
export { describeSendError } from './i18n/describe-send-error.js';
export { enUS } from './i18n/en-US.js';
export {
  type CountrySelectMessages,
  type EmailMessages,
  type GenAuthLocale,
  type GenAuthMessages,
  type NewPasswordMessages,
  type PhoneMessages,
  type PhoneReasonMessages,
  type RecipientRefusalMessages,
  resolveMessages,
  type SendCodeMessages,
  type SendFailureMessages,
  type VerificationCodeMessages,
} from './i18n/messages.js';
export { phoneReasonMessage } from './i18n/phone-reason-message.js';
