'use client';

export {
  CountrySelect,
  type CountrySelectClassNames,
  type CountrySelectProps,
} from './components/CountrySelect.js';
export { PhoneField, type PhoneFieldProps } from './components/PhoneField.js';
export {
  PhoneInput,
  type PhoneInputClassNames,
  type PhoneInputProps,
} from './components/PhoneInput.js';
export { SendCodeButton } from './components/SendCodeButton.js';
export type {
  SendCodeButtonClassNames,
  SendCodeButtonProps,
  SendCodeButtonRenderState,
} from './components/send-code-button-props.js';
// genauth-sms-react: React hooks and components. Everything in ./core is re-exported too.
export * from './core/index.js';
export { GenAuthProvider, type GenAuthProviderProps } from './hooks/GenAuthProvider.js';
export type { CodeMutationOptions, CodeMutationResult } from './hooks/useCodeMutation.js';
export {
  type UseCooldownOptions,
  type UseCooldownResult,
  useCooldown,
} from './hooks/useCooldown.js';
export {
  type UsePassCodeAuthOptions,
  useSignInByPhoneCode,
  useSignUpByPhoneCode,
} from './hooks/usePassCodeAuth.js';
export {
  type PhoneChangeDetails,
  type UsePhoneInputOptions,
  type UsePhoneInputResult,
  usePhoneInput,
} from './hooks/usePhoneInput.js';
export {
  type SendCodeState,
  type UseSendCodeOptions,
  type UseSendCodeResult,
  useSendCode,
} from './hooks/useSendCode.js';
export {
  type UseSendEmailOptions,
  type UseSendEmailResult,
  useSendEmail,
} from './hooks/useSendEmail.js';
export {
  sendSmsCooldownKey,
  type UseSendSmsOptions,
  type UseSendSmsResult,
  useSendSms,
} from './hooks/useSendSms.js';

export { describeSendError } from './i18n/describe-send-error.js';
export {
  type GenAuthLocale,
  type GenAuthMessages,
  isGenAuthLocale,
  resolveMessages,
} from './i18n/messages.js';
