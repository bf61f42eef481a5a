import { isPasswordAccepted } from '../core/password/rules.js';
import { readObject } from './flow-rules.js';
import { checkPhoneCompletion, profileWithoutPhone } from './phone-completion.js';
import {
  failure,
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  GENAUTH_MOCK_ERRORS,
  invalidField,
  type MockReply,
  missingField,
  success,
} from './responses.js';
import { checkEmail, isBlank, isRecord } from './rules.js';
import { completeSignIn } from './sign-in-result.js';
import type { MockRequestInfo, MockState } from './state.js';
import { DEFAULT_COUNTRY_CODE } from './targets.js';
import type { GenAuthMockUser } from './types.js';
import { userData } from './user-data.js';

/** The identifiers of `SignInByPasswordPayloadDto`, in the order the mock looks at them. */
const IDENTIFIERS = ['email', 'phone', 'username', 'account'] as const;

/** `options.passwordEncryptType` other than `none` cannot be read: the mock has no key. */
function encryptionRefused(options: unknown): MockReply | undefined {
  const type = isRecord(options) ? options.passwordEncryptType : undefined;
  return type === undefined || type === 'none'
    ? undefined
    : failure(invalidField('options.passwordEncryptType', "'none' (the mock has no private key)"));
}

function byPhone(state: MockState, phoneNumber: string, countryCode: unknown) {
  return state.users.find({
    type: 'sms',
    phoneNumber,
    phoneCountryCode:
      typeof countryCode === 'string' && countryCode ? countryCode : DEFAULT_COUNTRY_CODE,
  });
}

/** The user an identifier names; `account` is an email, a phone or a username. */
function findUser(
  state: MockState,
  field: (typeof IDENTIFIERS)[number],
  value: string,
  countryCode: unknown,
): GenAuthMockUser | undefined {
  switch (field) {
    case 'email':
      return state.users.find({ type: 'email', email: value.toLowerCase() });
    case 'phone':
      return byPhone(state, value, countryCode);
    case 'username':
      return state.users.findByUsername(value);
    case 'account':
      return (
        (value.includes('@')
          ? state.users.find({ type: 'email', email: value.toLowerCase() })
          : byPhone(state, value, countryCode)) ?? state.users.findByUsername(value)
      );
  }
}

/**
 * `POST /api/v3/signin` with `connection: 'PASSWORD'` (authing-node-sdk 4.0.2
 * `signInByEmailPassword` / `PhonePassword` / `UsernamePassword` / `AccountPassword`: a
 * `passwordPayload` with `password` and one of `email`, `phone`, `username`, `account`). The
 * DTO has no `phoneCountryCode`; the mock takes one when given, else `+86`. An unknown account
 * is 2004 (404), a wrong password, or a user without one, 2333. `options.autoRegister` is not
 * supported here.
 */
export function signInByPassword(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const payload = readObject(body, 'passwordPayload');
  if (!payload.ok) return failure(payload.error);
  const { password } = payload.value;
  if (isBlank(password)) return failure(missingField('passwordPayload.password'));
  if (typeof password !== 'string') {
    return failure(invalidField('passwordPayload.password', 'a string'));
  }
  const field = IDENTIFIERS.find((name) => !isBlank(payload.value[name]));
  if (!field) return failure(missingField('passwordPayload.account'));
  const value = payload.value[field];
  if (typeof value !== 'string')
    return failure(invalidField(`passwordPayload.${field}`, 'a string'));
  const refused = encryptionRefused(body.options);
  if (refused) return refused;
  const user = findUser(state, field, value, payload.value.phoneCountryCode);
  if (!user) return failure(GENAUTH_MOCK_ERRORS.userNotFound);
  if (state.users.passwordOf(user.userId) !== password) {
    return failure(GENAUTH_MOCK_ERRORS.wrongPassword);
  }
  const options = isRecord(body.options) ? body.options : {};
  return completeSignIn(state, user, info, options.scope);
}

/**
 * `POST /api/v3/signup` with `connection: 'PASSWORD'` (authing-node-sdk 4.0.2
 * `signUpByEmailPassword` / `signUpByUsernamePassword`: `passwordPayload` with `password` and
 * `email` or `username`). The password must meet `passwordStrength`; a taken email or username
 * is 2026; `profile.phone` needs its `CHANNEL_COMPLETE_PHONE` code (see phone-completion.ts).
 */
export function signUpByPassword(
  state: MockState,
  body: Record<string, unknown>,
  _info: MockRequestInfo,
): MockReply {
  const payload = readObject(body, 'passwordPayload');
  if (!payload.ok) return failure(payload.error);
  const { password, email, username } = payload.value;
  if (isBlank(password)) return failure(missingField('passwordPayload.password'));
  if (typeof password !== 'string') {
    return failure(invalidField('passwordPayload.password', 'a string'));
  }
  let target: ReturnType<typeof checkEmail> | undefined;
  if (!isBlank(email)) {
    target = checkEmail(email);
    if (!target.ok) return failure(target.error);
  } else if (isBlank(username)) {
    return failure(missingField('passwordPayload.email'));
  } else if (typeof username !== 'string') {
    return failure(invalidField('passwordPayload.username', 'a string'));
  }
  const refused = encryptionRefused(body.options);
  if (refused) return refused;
  const name = typeof username === 'string' && username ? username : undefined;
  if (
    (target?.ok && state.users.find(target.value)) ||
    (name !== undefined && state.users.findByUsername(name))
  ) {
    return failure(GENAUTH_MOCK_ERRORS.userExists);
  }
  if (!isPasswordAccepted(password, state.settings.passwordStrength)) {
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.passwordRejected);
  }
  const completion = checkPhoneCompletion(state, body, target?.ok ? target.value : undefined);
  if (!completion.ok) return failure(completion.error);
  if (completion.value) state.outbox.consume(completion.value.message);
  const profile = isRecord(body.profile) ? profileWithoutPhone(body.profile) : {};
  const user = state.users.add({
    email: target?.ok ? target.value.email : undefined,
    username: name,
    password,
    phone: completion.value?.phone.phoneNumber,
    phoneCountryCode: completion.value?.phone.phoneCountryCode,
    profile,
  });
  state.accounts.passwordSetAt[user.userId] = state.now();
  return success(userData(user));
}
