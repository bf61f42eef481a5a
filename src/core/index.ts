// genauth-sms-react/core: framework-free (no React import anywhere below src/core), runs in
// browsers, Node, workers and tests.
export { normalizeAppHost } from './app-host.js';
export { isSmsChannel, SMS_CHANNELS, type SmsChannel } from './channels.js';
export {
  createGenAuthClient,
  type GenAuthClient,
  type GenAuthClientOptions,
  type HeaderPrefix,
} from './client.js';
export { type CodeRequest, pendingCodeRequest, requestCode } from './code-request.js';
export { type CooldownKind, cooldownKey } from './cooldown-key.js';
export {
  type CooldownBroadcastChannel,
  type CooldownBroadcastChannelFactory,
  type CooldownStorage,
  type CooldownStorageEventTarget,
  type CooldownStore,
  type CooldownStoreOptions,
  createCooldownStore,
  DEFAULT_COOLDOWN_NAMESPACE,
  getDefaultCooldownStore,
} from './cooldown-store.js';
export {
  type Country,
  getCountries,
  getCountryFlag,
  getMainCountryForCallingCode,
} from './countries.js';
export type { SendEmailInput, SendEmailResult } from './email.js';
export { EMAIL_CHANNELS, type EmailChannel, isEmailChannel } from './email-channels.js';
export {
  CooldownActiveError,
  GenAuthApiError,
  type GenAuthApiErrorDetails,
  GenAuthError,
  GenAuthInputError,
  type GenAuthInputIssue,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from './errors.js';
export { codeDigits, extractCode, toAsciiDigits } from './normalize-code.js';
export type {
  GenAuthTokenSet,
  GenAuthUser,
  PassCodeAuthOptions,
  PhonePassCodeInput,
  PhonePassCodeSignUpInput,
  SignInResult,
  SignUpResult,
} from './passcode-auth.js';
export {
  type CountryCode,
  type InvalidParsedPhone,
  type ParsedPhone,
  type ParsePhoneOptions,
  type PhoneInvalidReason,
  parsePhone,
  toSendSmsInput,
  type ValidParsedPhone,
} from './phone.js';
export { type PhoneRules, type PhoneRulesOptions, phoneRules } from './phone-rules.js';
export { searchCountries } from './search-countries.js';
export {
  createTicker,
  getDefaultTicker,
  type Ticker,
  type TickerOptions,
  type TickerTimers,
  type TickerVisibility,
} from './ticker.js';
export type { GenAuthEnvelope, RequestOptions, SendSmsInput, SendSmsResult } from './types.js';
export type { OtpCredentialRequest, OtpCredentialsSource } from './web-otp.js';
