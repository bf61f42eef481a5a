'use client';
// genauth-sms-react/flows: complete flows, each a headless hook (use<Flow>Flow) and a ready
// component built only on it. Import `genauth-sms-react/flows.css` after `styles.css`.

export type { CodeClock } from '../core/flow-resume/clock.js';
export type { FlowResumeRecord } from '../core/flow-resume/record.js';
export {
  createFlowResumeStore,
  type FlowResumeStore,
  type FlowResumeStoreOptions,
} from '../core/flow-resume/store.js';
export { formatPhoneForDisplay } from '../core/phone/display.js';
// The send control every phone step exposes (`flow.send`): state, announcement, error.
export type { SendCodeControl } from '../hooks/useCodeSendControl.js';
export type {
  FlowMessageGroup,
  FlowMessageOverrides,
  GenAuthFlowMessages,
} from '../i18n/flow-messages.js';
export { enUSFlows } from '../i18n/flows/en-US.js';
export { DeleteAccount, type DeleteAccountProps } from './delete-account/DeleteAccount.js';
export {
  DELETE_ACCOUNT_FLOW,
  type DeleteAccountCodeStep,
  type DeleteAccountConfirmStep,
  type DeleteAccountDoneStep,
  type DeleteAccountMessages,
  type UseDeleteAccountFlowOptions,
  type UseDeleteAccountFlowResult,
  useDeleteAccountFlow,
} from './delete-account/useDeleteAccountFlow.js';
export {
  EmailPasswordSignUp,
  type EmailPasswordSignUpProps,
} from './email-password-sign-up/EmailPasswordSignUp.js';
export {
  EMAIL_PASSWORD_SIGN_UP_STEPS,
  type EmailPasswordSignUpAccountStep,
  type EmailPasswordSignUpCodeStep,
  type EmailPasswordSignUpDoneStep,
  type EmailPasswordSignUpMessages,
  type EmailPasswordSignUpPhoneStep,
  type EmailPasswordSignUpStepName,
  type UseEmailPasswordSignUpFlowResult,
} from './email-password-sign-up/email-password-sign-up-steps.js';
export {
  EMAIL_PASSWORD_SIGN_UP_FLOW,
  type UseEmailPasswordSignUpFlowOptions,
  useEmailPasswordSignUpFlow,
} from './email-password-sign-up/useEmailPasswordSignUpFlow.js';
export type { MfaSession, MfaSessionSettings } from './mfa/mfa-session.js';
export { loadMfaStep } from './mfa/mfa-step-loader.js';
export type {
  FlowSignInDetails,
  MfaCodeStage,
  MfaPhoneStage,
  MfaStepView,
  MfaUnsupportedStage,
} from './mfa/mfa-types.js';
export { useMfaStep } from './mfa/use-mfa-step.js';
export type { MfaStepMessages, UseMfaStepResult } from './mfa/useMfaStep.js';
export { PasswordSignIn, type PasswordSignInProps } from './password-sign-in/PasswordSignIn.js';
export {
  type PasswordSignInDoneStep,
  type PasswordSignInMessages,
  type PasswordSignInMfaStep,
  type PasswordSignInPasswordStep,
  type UsePasswordSignInFlowOptions,
  type UsePasswordSignInFlowResult,
  usePasswordSignInFlow,
} from './password-sign-in/usePasswordSignInFlow.js';
export { PhoneSecurity, type PhoneSecurityProps } from './phone-security/PhoneSecurity.js';
export type {
  PhoneSecurityBindStep,
  PhoneSecurityChangeStep,
  PhoneSecurityCurrentCodeStage,
  PhoneSecurityMessages,
  PhoneSecurityNewCodeStage,
  PhoneSecurityNewPhoneStage,
  PhoneSecurityOverviewStep,
  PhoneSecurityUnbindStep,
  UsePhoneSecurityFlowOptions,
  UsePhoneSecurityFlowResult,
} from './phone-security/phone-security-steps.js';
export {
  PHONE_SECURITY_FLOW,
  usePhoneSecurityFlow,
} from './phone-security/usePhoneSecurityFlow.js';
export { PhoneSignIn, type PhoneSignInProps } from './phone-sign-in/PhoneSignIn.js';
export {
  PHONE_SIGN_IN_FLOW,
  type PhoneSignInCodeStep,
  type PhoneSignInDoneStep,
  type PhoneSignInMessages,
  type PhoneSignInMfaStep,
  type PhoneSignInPhoneStep,
  type UsePhoneSignInFlowOptions,
  type UsePhoneSignInFlowResult,
  usePhoneSignInFlow,
} from './phone-sign-in/usePhoneSignInFlow.js';
export { PhoneSignUp, type PhoneSignUpProps } from './phone-sign-up/PhoneSignUp.js';
export type { SignUpProfileField } from './phone-sign-up/profile-fields.js';
export {
  PHONE_SIGN_UP_STEPS,
  type PhoneSignUpCodeStep,
  type PhoneSignUpDoneStep,
  type PhoneSignUpMessages,
  type PhoneSignUpPhoneStep,
  type PhoneSignUpProfileFieldState,
  type PhoneSignUpProfileStep,
  type PhoneSignUpStepName,
  type UsePhoneSignUpFlowResult,
} from './phone-sign-up/sign-up-steps.js';
export {
  PHONE_SIGN_UP_FLOW,
  type UsePhoneSignUpFlowOptions,
  usePhoneSignUpFlow,
} from './phone-sign-up/usePhoneSignUpFlow.js';
export { ResetPassword, type ResetPasswordProps } from './reset-password/ResetPassword.js';
export type { ResetPasswordMethod } from './reset-password/reset-password-requests.js';
export type {
  ResetPasswordCodeStep,
  ResetPasswordDoneStep,
  ResetPasswordMessages,
  ResetPasswordPasswordStep,
  ResetPasswordRequestStep,
  UseResetPasswordFlowOptions,
  UseResetPasswordFlowResult,
} from './reset-password/reset-password-steps.js';
export {
  RESET_PASSWORD_FLOW,
  useResetPasswordFlow,
} from './reset-password/useResetPasswordFlow.js';
export {
  describeFlowError,
  type FlowErrorMessages,
  isCodeError,
} from './shared/describe-flow-error.js';
export type { FlowClassNames, FlowComponentProps } from './shared/flow-props.js';
export type { FlowField, PhoneCodeFlowOptions } from './shared/use-phone-code-step.js';
export { useSendCodeSeconds } from './shared/use-send-code-seconds.js';
export { SmsMfaSettings, type SmsMfaSettingsProps } from './sms-mfa/SmsMfaSettings.js';
export {
  type SmsMfaCodeStep,
  type SmsMfaConfirmOffStep,
  type SmsMfaLoadingStep,
  type SmsMfaMessages,
  type SmsMfaOverviewStep,
  type SmsMfaPhoneStep,
  type SmsMfaUnavailableStep,
  type UseSmsMfaFlowOptions,
  type UseSmsMfaFlowResult,
  useSmsMfaFlow,
} from './sms-mfa/useSmsMfaFlow.js';
