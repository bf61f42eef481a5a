import {
  type DeleteAccountInput,
  deleteAccount,
  type VerifyDeleteAccountRequestInput,
  type VerifyDeleteAccountRequestResult,
  verifyDeleteAccountRequest,
} from './delete-account.js';
import { type SendEmailInput, type SendEmailResult, sendEmail } from './email.js';
import {
  type EnrollFactorInput,
  enrollFactor,
  type ListEnrolledFactorsResult,
  listEnrolledFactors,
  resetFactor,
  type SendEnrollFactorRequestInput,
  type SendEnrollFactorRequestResult,
  sendEnrollFactorRequest,
} from './mfa-factors.js';
import {
  type CheckMfaBindableInput,
  checkMfaBindable,
  type VerifyMfaSmsInput,
  type VerifyMfaSmsResult,
  verifyMfaSms,
} from './mfa-verify.js';
import {
  type PhonePassCodeInput,
  type PhonePassCodeSignUpInput,
  type SignInResult,
  type SignUpResult,
  signInByPhonePassCode,
  signUpByPhonePassCode,
} from './passcode-auth.js';
import {
  type AccountPasswordInput,
  type EmailPasswordSignUpInput,
  signInByAccountPassword,
  signUpByEmailPassword,
} from './password-auth.js';
import {
  type BindPhoneInput,
  bindPhone,
  type PhoneBindingResult,
  type UnbindPhoneInput,
  unbindPhone,
} from './phone-binding.js';
import { type PreCheckCodeInput, type PreCheckCodeResult, preCheckCode } from './pre-check-code.js';
import {
  type IsSuccessResult,
  type ResetPasswordInput,
  resetPassword,
  type VerifyResetPasswordRequestInput,
  type VerifyResetPasswordRequestResult,
  verifyResetPasswordRequest,
} from './reset-password.js';
import { sendSms } from './send-sms.js';
import {
  createGenAuthTransport,
  type GenAuthClientOptions,
  type GenAuthTransport,
} from './transport.js';
import type { GenAuthEnvelope, RequestOptions, SendSmsInput, SendSmsResult } from './types.js';
import {
  type UpdatePhoneInput,
  updatePhone,
  type VerifyUpdatePhoneRequestInput,
  type VerifyUpdatePhoneRequestResult,
  verifyUpdatePhoneRequest,
} from './update-phone.js';

/**
 * A configured GenAuth Authentication API client (framework-free): a transport with every
 * endpoint bound, under the official SDK's method names. The React kit itself calls the
 * endpoint functions on a transport, so a page bundles only what it uses.
 */
export interface GenAuthClient extends GenAuthTransport {
  /**
   * Sends a verification SMS: `POST {appHost}/api/v3/send-sms`.
   * Resolves only when GenAuth answers `statusCode: 200`; otherwise rejects with a `GenAuthError`.
   * @example await client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' })
   */
  sendSms(input: SendSmsInput, options?: RequestOptions): Promise<SendSmsResult>;
  /**
   * Sends a verification email: `POST {appHost}/api/v3/send-email`, same envelope and errors.
   * @example await client.sendEmail({ channel: 'CHANNEL_LOGIN', email: 'ada@example.com' })
   */
  sendEmail(input: SendEmailInput, options?: RequestOptions): Promise<SendEmailResult>;
  /**
   * Signs in with a texted code (`CHANNEL_LOGIN`): `POST /api/v3/signin`, `connection: 'PASSCODE'`.
   * Resolves with the token set in `data`.
   */
  signInByPhonePassCode(input: PhonePassCodeInput, options?: RequestOptions): Promise<SignInResult>;
  /** Signs up with a texted code (`CHANNEL_REGISTER`): `POST /api/v3/signup`, `connection: 'PASSCODE'`. */
  signUpByPhonePassCode(
    input: PhonePassCodeSignUpInput,
    options?: RequestOptions,
  ): Promise<SignUpResult>;
  /** Checks a code without spending it: `POST /api/v3/pre-check-code` (any channel, no token). */
  preCheckCode(input: PreCheckCodeInput, options?: RequestOptions): Promise<PreCheckCodeResult>;
  /** Forgot password, step 1 (`CHANNEL_RESET_PASSWORD` code, SMS or email; no token). */
  verifyResetPasswordRequest(
    input: VerifyResetPasswordRequestInput,
    options?: RequestOptions,
  ): Promise<VerifyResetPasswordRequestResult>;
  /** Forgot password, step 2: `POST /api/v3/reset-password` (no token). */
  resetPassword(input: ResetPasswordInput, options?: RequestOptions): Promise<IsSuccessResult>;
  /** Binds a phone (`CHANNEL_BIND_PHONE` code). Needs the access token. */
  bindPhone(input: BindPhoneInput, options?: RequestOptions): Promise<PhoneBindingResult>;
  /** Unbinds the phone (`CHANNEL_UNBIND_PHONE` code). Needs the access token. */
  unbindPhone(input: UnbindPhoneInput, options?: RequestOptions): Promise<PhoneBindingResult>;
  /** Change phone, step 1 (new: `CHANNEL_BIND_PHONE`, old: `CHANNEL_UNBIND_PHONE`). Needs the access token. */
  verifyUpdatePhoneRequest(
    input: VerifyUpdatePhoneRequestInput,
    options?: RequestOptions,
  ): Promise<VerifyUpdatePhoneRequestResult>;
  /** Change phone, step 2. Needs the access token. */
  updatePhone(input: UpdatePhoneInput, options?: RequestOptions): Promise<IsSuccessResult>;
  /** Delete account, step 1 (`CHANNEL_DELETE_ACCOUNT` code). Needs the access token. */
  verifyDeleteAccountRequest(
    input: VerifyDeleteAccountRequestInput,
    options?: RequestOptions,
  ): Promise<VerifyDeleteAccountRequestResult>;
  /** Delete account, step 2. Needs the access token. */
  deleteAccount(input: DeleteAccountInput, options?: RequestOptions): Promise<IsSuccessResult>;
  /**
   * Signs in with a username, email or phone and a password (`connection: 'PASSWORD'`).
   * Rejects with `GenAuthMfaRequiredError` when GenAuth asks for a second factor.
   */
  signInByAccountPassword(
    input: AccountPasswordInput,
    options?: RequestOptions,
  ): Promise<SignInResult>;
  /** Signs up with an email and a password; can complete a phone (`CHANNEL_COMPLETE_PHONE` code). */
  signUpByEmailPassword(
    input: EmailPasswordSignUpInput,
    options?: RequestOptions,
  ): Promise<SignUpResult>;
  /** Second factor by SMS (`CHANNEL_VERIFY_MFA` code): the V2 verify call, with the MFA token. */
  verifyMfaSms(input: VerifyMfaSmsInput, options?: RequestOptions): Promise<VerifyMfaSmsResult>;
  /** Whether a number may become the MFA phone of the user signing in (V2, MFA token). */
  checkMfaBindable(input: CheckMfaBindableInput, options?: RequestOptions): Promise<boolean>;
  /** Texts a `CHANNEL_BIND_MFA` code and returns an `enrollmentToken`. Needs the access token. */
  sendEnrollFactorRequest(
    input: SendEnrollFactorRequestInput,
    options?: RequestOptions,
  ): Promise<SendEnrollFactorRequestResult>;
  /** Turns the SMS factor on with the token and the code. Needs the access token. */
  enrollFactor(input: EnrollFactorInput, options?: RequestOptions): Promise<GenAuthEnvelope>;
  /** The user's MFA factors. Needs the access token. */
  listEnrolledFactors(options?: RequestOptions): Promise<ListEnrolledFactorsResult>;
  /** Removes one factor. Needs the access token. */
  resetFactor(input: { factorId: string }, options?: RequestOptions): Promise<GenAuthEnvelope>;
}

/**
 * Creates a client for GenAuth's V3 Authentication API, as the official SDKs send it.
 *
 * @example
 * const client = createGenAuthClient({ appId: 'YOUR_APP_ID', appHost: 'my-app.genauth.ai' });
 * await client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+86' });
 * @throws {GenAuthInputError} for a missing appId, a bad appHost, or any app secret.
 */
export function createGenAuthClient(options: GenAuthClientOptions): GenAuthClient {
  const transport = createGenAuthTransport(options);
  return {
    ...transport,
    sendSms: (input, request) => sendSms(transport, input, request),
    sendEmail: (input, request) => sendEmail(transport, input, request),
    signInByPhonePassCode: (input, request) => signInByPhonePassCode(transport, input, request),
    signUpByPhonePassCode: (input, request) => signUpByPhonePassCode(transport, input, request),
    preCheckCode: (input, request) => preCheckCode(transport, input, request),
    verifyResetPasswordRequest: (input, request) =>
      verifyResetPasswordRequest(transport, input, request),
    resetPassword: (input, request) => resetPassword(transport, input, request),
    bindPhone: (input, request) => bindPhone(transport, input, request),
    unbindPhone: (input, request) => unbindPhone(transport, input, request),
    verifyUpdatePhoneRequest: (input, request) =>
      verifyUpdatePhoneRequest(transport, input, request),
    updatePhone: (input, request) => updatePhone(transport, input, request),
    verifyDeleteAccountRequest: (input, request) =>
      verifyDeleteAccountRequest(transport, input, request),
    deleteAccount: (input, request) => deleteAccount(transport, input, request),
    signInByAccountPassword: (input, request) => signInByAccountPassword(transport, input, request),
    signUpByEmailPassword: (input, request) => signUpByEmailPassword(transport, input, request),
    verifyMfaSms: (input, request) => verifyMfaSms(transport, input, request),
    checkMfaBindable: (input, request) => checkMfaBindable(transport, input, request),
    sendEnrollFactorRequest: (input, request) => sendEnrollFactorRequest(transport, input, request),
    enrollFactor: (input, request) => enrollFactor(transport, input, request),
    listEnrolledFactors: (request) => listEnrolledFactors(transport, request),
    resetFactor: (input, request) => resetFactor(transport, input, request),
  };
}
