import { loadSendPath } from '../send-path/load-send-path.js';
import { GenAuthInputError } from './errors.js';
import { mfaRefusal } from './mfa-required.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** Extra sign-in/sign-up options GenAuth accepts (`scope`, `context`, `tenantId`, ...). */
export interface PassCodeAuthOptions {
  /** OIDC scopes of the returned tokens, e.g. `'openid profile phone'`. */
  scope?: string | undefined;
  /** Context passed to GenAuth pipelines. */
  context?: Record<string, unknown> | undefined;
  /** Sign in to a tenant of a multi-tenant app. */
  tenantId?: string | undefined;
  /** Anything else GenAuth's `options` takes. */
  [option: string]: unknown;
}

/** Signing in (or up) with a phone and the code GenAuth texted to it. */
export interface PhonePassCodeInput {
  /** National number without the country code, digits only. */
  phone: string;
  /** `+` and the calling code; optional for mainland China. */
  phoneCountryCode?: string | undefined;
  /** The code the user received. */
  passCode: string;
  /** GenAuth sign-in options. */
  options?: PassCodeAuthOptions | undefined;
}

/** Signing up adds a profile to the sign-in input. */
export interface PhonePassCodeSignUpInput extends PhonePassCodeInput {
  /** Profile fields of the new user (`nickname`, `givenName`, ...). */
  profile?: Record<string, unknown> | undefined;
}

/** GenAuth's token set (OIDC names, as the API returns them). */
export interface GenAuthTokenSet {
  /** Bearer access token. */
  access_token: string;
  /** OIDC ID token. */
  id_token?: string | undefined;
  /** Present when `offline_access` was asked for. */
  refresh_token?: string | undefined;
  /** Usually `Bearer`. */
  token_type: string;
  /** Lifetime of the access token in seconds. */
  expires_in: number;
  /** Granted scopes. */
  scope?: string | undefined;
}

/** What `client.signInByPhonePassCode` resolves with. */
export interface SignInResult extends GenAuthEnvelope {
  /** The tokens of the signed-in user. */
  data: GenAuthTokenSet;
}

/** The user GenAuth created on sign-up (the fields the kit relies on, plus the rest). */
export interface GenAuthUser {
  /** GenAuth user id. */
  userId: string;
  /** National number. */
  phone?: string | undefined;
  /** Calling code, e.g. `+86`. */
  phoneCountryCode?: string | undefined;
  /** Any other profile field. */
  [field: string]: unknown;
}

/** What `client.signUpByPhonePassCode` resolves with. */
export interface SignUpResult extends GenAuthEnvelope {
  /** The new user. */
  data: GenAuthUser;
}

/** @internal A verification code as GenAuth sends them: 4 to 8 digits. */
export const PASS_CODE = /^\d{4,8}$/;

/**
 * @internal Builds GenAuth's `{ connection: 'PASSCODE', passCodePayload, ... }` body after
 * checking every field, so a typo never reaches the server. The phone check loads with the
 * code that sends (the endpoint posts right after), so it is async.
 * @throws {GenAuthInputError} (as a rejection)
 */
export async function passCodeBody(input: PhonePassCodeSignUpInput, withProfile: boolean) {
  if (input === null || typeof input !== 'object') {
    throw new GenAuthInputError('phoneNumber', 'Expected { phone, passCode }');
  }
  const { phone, phoneCountryCode, passCode, options, profile } = input;
  const { checkPhoneFields } = await loadSendPath();
  checkPhoneFields(phone, phoneCountryCode, {
    phoneNumber: 'phone',
    phoneCountryCode: 'phoneCountryCode',
  });
  if (typeof passCode !== 'string' || !PASS_CODE.test(passCode)) {
    throw new GenAuthInputError('passCode', 'passCode must be the 4 to 8 digit code that was sent');
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new GenAuthInputError('options', 'options must be an object');
  }
  return {
    connection: 'PASSCODE' as const,
    passCodePayload: { passCode, phone, ...(phoneCountryCode ? { phoneCountryCode } : {}) },
    ...(withProfile && profile !== undefined ? { profile } : {}),
    ...(options !== undefined ? { options } : {}),
  };
}

/**
 * Signs in with a texted code (`CHANNEL_LOGIN`): `POST /api/v3/signin` with `connection: 'PASSCODE'`.
 * Resolves with the token set in `data`. When GenAuth asks for a second factor (apiCode 1635 or
 * 1636 with an MFA token), rejects with a `GenAuthMfaRequiredError`.
 */
export async function signInByPhonePassCode(
  transport: GenAuthTransport,
  input: PhonePassCodeInput,
  options?: RequestOptions,
): Promise<SignInResult> {
  return transport.post<SignInResult>('/api/v3/signin', await passCodeBody(input, false), {
    signal: options?.signal,
    reading: { refine: mfaRefusal },
  });
}

/** Signs up with a texted code (`CHANNEL_REGISTER`): `POST /api/v3/signup` with `connection: 'PASSCODE'`. */
export async function signUpByPhonePassCode(
  transport: GenAuthTransport,
  input: PhonePassCodeSignUpInput,
  options?: RequestOptions,
): Promise<SignUpResult> {
  return transport.post<SignUpResult>('/api/v3/signup', await passCodeBody(input, true), options);
}
