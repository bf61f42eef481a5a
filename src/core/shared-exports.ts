// Everything genauth-sms-react/core exports that the root entry (genauth-sms-react) exports too.
export type { AccessTokenSource, AccessTokenValue } from './api/access-token.js';
export { normalizeAppHost } from './api/app-host.js';
export { isSmsChannel, SMS_CHANNELS, type SmsChannel } from './api/channels.js';
export { createGenAuthClient, type GenAuthClient } from './api/client.js';
export {
  type DeleteAccountInput,
  deleteAccount,
  deleteAccountByCode,
  type VerifyDeleteAccountRequestInput,
  type VerifyDeleteAccountRequestResult,
  verifyDeleteAccountRequest,
} from './api/delete-account.js';
export { type SendEmailInput, type SendEmailResult, sendEmail } from './api/email.js';
export { EMAIL_CHANNELS, type EmailChannel, isEmailChannel } from './api/email-channels.js';
export {
  CooldownActiveError,
  GenAuthApiError,
  type GenAuthApiErrorDetails,
  GenAuthAuthRequiredError,
  GenAuthBusyError,
  GenAuthError,
  GenAuthInputError,
  type GenAuthInputIssue,
  GenAuthLoadError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from './api/errors.js';
export { FLOW_SMS_CHANNELS } from './api/flow-channels.js';
export {
  type EnrolledFactor,
  type EnrollFactorInput,
  enrollFactor,
  type ListEnrolledFactorsResult,
  listEnrolledFactors,
  type MfaFactorType,
  resetFactor,
  type SendEnrollFactorRequestInput,
  type SendEnrollFactorRequestResult,
  sendEnrollFactorRequest,
} from './api/mfa-factors.js';
export {
  type GenAuthMfaChallenge,
  type GenAuthMfaPolicy,
  GenAuthMfaRequiredError,
  MFA_REQUIRED_BY_APP,
  MFA_REQUIRED_BY_USER,
} from './api/mfa-required.js';
export {
  type CheckMfaBindableInput,
  checkMfaBindable,
  type GenAuthMfaUser,
  tokensFromMfaUser,
  type VerifyMfaSmsInput,
  type VerifyMfaSmsResult,
  verifyMfaSms,
} from './api/mfa-verify.js';
export {
  type GenAuthTokenSet,
  type GenAuthUser,
  type PassCodeAuthOptions,
  type PhonePassCodeInput,
  type PhonePassCodeSignUpInput,
  type SignInResult,
  type SignUpResult,
  signInByPhonePassCode,
  signUpByPhonePassCode,
} from './api/passcode-auth.js';
export {
  type AccountPasswordInput,
  type EmailPasswordSignUpInput,
  signInByAccountPassword,
  signUpByEmailPassword,
} from './api/password-auth.js';
export {
  type BindPhoneInput,
  bindPhone,
  type PhoneBindingResult,
  type UnbindPhoneInput,
  unbindPhone,
} from './api/phone-binding.js';
export {
  type PreCheckCodeInput,
  type PreCheckCodeResult,
  type PreCheckEmailCodePayload,
  type PreCheckSmsCodePayload,
  preCheckCode,
} from './api/pre-check-code.js';
export {
  type IsSuccessResult,
  type PasswordEncryptType,
  type ResetPasswordByCodeInput,
  type ResetPasswordInput,
  resetPassword,
  resetPasswordByCode,
  type VerifyResetPasswordRequestInput,
  type VerifyResetPasswordRequestResult,
  verifyResetPasswordRequest,
} from './api/reset-password.js';
export { sendSms } from './api/send-sms.js';
export {
  createGenAuthTransport,
  type GenAuthClientOptions,
  type GenAuthTransport,
  type HeaderPrefix,
  type PostOptions,
} from './api/transport.js';
export type { GenAuthEnvelope, RequestOptions, SendSmsInput, SendSmsResult } from './api/types.js';
export {
  type UpdatePhoneInput,
  type UpdatePhonePassCodePayload,
  updatePhone,
  updatePhoneByCode,
  type VerifyUpdatePhoneRequestInput,
  type VerifyUpdatePhoneRequestResult,
  verifyUpdatePhoneRequest,
} from './api/update-phone.js';
export { codeDigits, extractCode, toAsciiDigits } from './code/normalize-code.js';
export type { OtpCredentialRequest, OtpCredentialsSource } from './code/web-otp.js';
export { type CodeRequest, pendingCodeRequest, requestCode } from './cooldown/code-request.js';
export { type CooldownKind, cooldownKey } from './cooldown/key.js';
export {
  type CooldownApp,
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownLockOptions,
  type CooldownLocks,
  type CooldownReadout,
  type CooldownStorage,
  type CooldownStorageEventTarget,
  type CooldownStore,
  type CooldownStoreOptions,
  createCooldownStore,
  DEFAULT_COOLDOWN_NAMESPACE,
  getDefaultCooldownStore,
  type SendTurn,
} from './cooldown/store.js';
export {
  createTicker,
  getDefaultTicker,
  type Ticker,
  type TickerOptions,
  type TickerTimers,
  type TickerVisibility,
} from './cooldown/ticker.js';
export {
  checkPassword,
  isPasswordAccepted,
  PASSWORD_MIN_LENGTH,
  type PasswordRule,
  type PasswordRuleCheck,
  type PasswordStrength,
  passwordKinds,
  passwordRules,
} from './password/rules.js';
export {
  type Country,
  getCountries,
  getCountryFlag,
  getMainCountryForCallingCode,
} from './phone/countries.js';
export {
  getPhoneMetadataStatus,
  loadPhoneMetadata,
  parsePhoneAsync,
} from './phone/load-metadata.js';
export { PhoneMetadataLoadError, type PhoneMetadataStatus } from './phone/metadata-store.js';
export {
  type CountryCode,
  type InvalidParsedPhone,
  type ParsedPhone,
  type ParsePhoneOptions,
  type PhoneInvalidReason,
  parsePhone,
  toSendSmsInput,
  type ValidParsedPhone,
} from './phone/parse.js';
export { type PhoneRules, type PhoneRulesOptions, phoneRules } from './phone/rules.js';
