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
export type {
  GenAuthTokenSet,
  GenAuthUser,
  PassCodeAuthOptions,
  PhonePassCodeInput,
  PhonePassCodeSignUpInput,
  SignInResult,
  SignUpResult,
} from './passcode-auth.js';
export type { GenAuthEnvelope, RequestOptions, SendSmsInput, SendSmsResult } from './types.js';
