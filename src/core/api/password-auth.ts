import { GenAuthInputError } from './errors.js';
import { checkEmail, checkPassCode, checkPhonePair, requireObject } from './flow-fields.js';
import { mfaRefusal } from './mfa-required.js';
import type { PassCodeAuthOptions, SignInResult, SignUpResult } from './passcode-auth.js';
import type { GenAuthTransport } from './transport.js';
import type { RequestOptions } from './types.js';

/** Longest password the kit sends: GenAuth's own limit is far below; more is a paste gone wrong. */
const MAX_PASSWORD_LENGTH = 1024;
/** Longest account name (username, email or phone) the kit sends. */
const MAX_ACCOUNT_LENGTH = 256;

/** Signing in with a password (`SignInByPasswordPayloadDto`): one identifier and the password. */
export interface AccountPasswordInput {
  /** Username, email or phone: GenAuth finds the user by any of them. */
  account: string;
  /** The password, sent as typed. */
  password: string;
  /** GenAuth sign-in options (`scope`, `context`, `tenantId`, ...). */
  options?: PassCodeAuthOptions | undefined;
}

/** Signing up with an email and a password (`signUpByEmailPassword`). */
export interface EmailPasswordSignUpInput {
  /** The new user's email address. */
  email: string;
  /** The new user's password. */
  password: string;
  /**
   * Profile of the new user. To complete a phone at sign-up, give `phone` (national digits) and
   * `phoneCountryCode` here, and the `CHANNEL_COMPLETE_PHONE` code in
   * `options.phonePassCodeForInformationCompletion`.
   */
  profile?: Record<string, unknown> | undefined;
  /** GenAuth sign-up options (`phonePassCodeForInformationCompletion`, `context`, ...). */
  options?: PassCodeAuthOptions | undefined;
}

/** A password as the kit sends it: any non-empty string up to 1,024 characters, never trimmed. */
function checkPassword(value: unknown): string {
  if (typeof value !== 'string' || value === '' || value.length > MAX_PASSWORD_LENGTH) {
    throw new GenAuthInputError(
      'password',
      `password must be a non-empty string of at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  }
  return value;
}

function checkOptions(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  return requireObject(value, 'options', 'options as an object');
}

/**
 * A phone to complete at sign-up: `profile.phone` / `profile.phoneCountryCode` checked like every
 * phone body, and its code in `options.phonePassCodeForInformationCompletion`; both or neither.
 */
async function checkPhoneCompletion(
  profile: Record<string, unknown> | undefined,
  options: Record<string, unknown> | undefined,
): Promise<void> {
  const code = options?.phonePassCodeForInformationCompletion;
  if (profile?.phone === undefined && code === undefined) return;
  if (profile?.phone === undefined) {
    throw new GenAuthInputError(
      'phoneNumber',
      'phonePassCodeForInformationCompletion needs profile.phone, the number the code went to',
    );
  }
  await checkPhonePair(profile, 'phone', 'phoneCountryCode');
  checkPassCode(code, 'options.phonePassCodeForInformationCompletion');
}

/**
 * Signs in with an account name (username, email or phone) and a password:
 * `POST /api/v3/signin` with `connection: 'PASSWORD'` and `passwordPayload: { password, account }`,
 * as the official SDK's `signInByAccountPassword` sends it. Resolves with the token set in
 * `data`; rejects with a `GenAuthMfaRequiredError` when GenAuth asks for a second factor.
 *
 * @example
 * const { data } = await signInByAccountPassword(transport, { account: 'ada@example.com', password });
 */
export async function signInByAccountPassword(
  transport: GenAuthTransport,
  input: AccountPasswordInput,
  options?: RequestOptions,
): Promise<SignInResult> {
  const given = requireObject(input, 'password', '{ account, password }');
  const account = typeof given.account === 'string' ? given.account.trim() : '';
  if (account === '' || account.length > MAX_ACCOUNT_LENGTH) {
    throw new GenAuthInputError(
      'account',
      `account must be a username, email or phone of 1 to ${MAX_ACCOUNT_LENGTH} characters`,
    );
  }
  const password = checkPassword(given.password);
  const signInOptions = checkOptions(given.options);
  const body = {
    connection: 'PASSWORD' as const,
    passwordPayload: { password, account },
    ...(signInOptions !== undefined ? { options: signInOptions } : {}),
  };
  return transport.post<SignInResult>('/api/v3/signin', body, {
    signal: options?.signal,
    reading: { refine: mfaRefusal },
  });
}

/**
 * Signs up with an email and a password: `POST /api/v3/signup` with `connection: 'PASSWORD'`
 * and `passwordPayload: { password, email }`, as the official SDK's `signUpByEmailPassword`.
 * With a phone to complete (see {@link EmailPasswordSignUpInput.profile}), GenAuth checks its
 * `CHANNEL_COMPLETE_PHONE` code and stores the number on the new user.
 */
export async function signUpByEmailPassword(
  transport: GenAuthTransport,
  input: EmailPasswordSignUpInput,
  options?: RequestOptions,
): Promise<SignUpResult> {
  const given = requireObject(input, 'email', '{ email, password }');
  const email = checkEmail(given.email);
  const password = checkPassword(given.password);
  const profile =
    given.profile === undefined
      ? undefined
      : requireObject(given.profile, 'profile', 'profile as an object');
  const signUpOptions = checkOptions(given.options);
  await checkPhoneCompletion(profile, signUpOptions);
  const body = {
    connection: 'PASSWORD' as const,
    passwordPayload: { password, email },
    ...(profile !== undefined ? { profile } : {}),
    ...(signUpOptions !== undefined ? { options: signUpOptions } : {}),
  };
  return transport.post<SignUpResult>('/api/v3/signup', body, { signal: options?.signal });
}
