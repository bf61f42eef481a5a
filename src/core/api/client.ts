import { type SendEmailInput, type SendEmailResult, sendEmail } from './email.js';
import {
  type PhonePassCodeInput,
  type PhonePassCodeSignUpInput,
  type SignInResult,
  type SignUpResult,
  signInByPhonePassCode,
  signUpByPhonePassCode,
} from './passcode-auth.js';
import { sendSms } from './send-sms.js';
import {
  createGenAuthTransport,
  type GenAuthClientOptions,
  type GenAuthTransport,
} from './transport.js';
import type { RequestOptions, SendSmsInput, SendSmsResult } from './types.js';

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
  };
}
