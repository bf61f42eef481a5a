import { checkCode } from './codes.js';
import { readObject, readPassCode, readPhoneClaim } from './flow-rules.js';
import {
  failure,
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  type GenAuthMockError,
  invalidField,
  type MockReply,
  missingField,
  success,
} from './responses.js';
import { authenticate, issueGrant, takeGrant } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';
import { DEFAULT_COUNTRY_CODE, type PhoneTarget, targetKey } from './targets.js';
import type { GenAuthMockUser } from './types.js';

const sameNumber: GenAuthMockError = {
  statusCode: 400,
  message: 'The new phone number is the one already bound to this account',
};

function phoneOf(user: GenAuthMockUser): PhoneTarget | undefined {
  return user.phone
    ? {
        type: 'sms',
        phoneNumber: user.phone,
        phoneCountryCode: user.phoneCountryCode ?? DEFAULT_COUNTRY_CODE,
      }
    : undefined;
}

/** Another user already signs in with this number. */
function takenByOther(state: MockState, target: PhoneTarget, user: GenAuthMockUser): boolean {
  const owner = state.users.find(target);
  return owner !== undefined && owner.userId !== user.userId;
}

/**
 * `POST /api/v3/bind-phone` (signed in): the user has no phone yet, the number is free, and the
 * latest `CHANNEL_BIND_PHONE` code sent to it is given.
 */
export function bindPhone(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  const claim = readPhoneClaim(body, 'body');
  if (!claim.ok) return failure(claim.error);
  const { target, passCode } = claim.value;
  if (user.phone) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneAlreadyBound);
  if (takenByOther(state, target, user)) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  const code = checkCode(state, target, 'CHANNEL_BIND_PHONE', passCode);
  if (!code.ok) return failure(code.error);
  state.outbox.consume(code.message);
  state.users.setPhone(user.userId, target);
  return success();
}

/**
 * `POST /api/v3/unbind-phone` (signed in): the latest `CHANNEL_UNBIND_PHONE` code sent to the
 * bound number; refused when the phone is the user's only way to sign in (no email).
 */
export function unbindPhone(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  const passCode = readPassCode(body, 'passCode', 'body');
  if (!passCode.ok) return failure(passCode.error);
  const phone = phoneOf(user);
  if (!phone) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.noPhoneBound);
  if (!user.email) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.onlyLoginMethod);
  const code = checkCode(state, phone, 'CHANNEL_UNBIND_PHONE', passCode.value);
  if (!code.ok) return failure(code.error);
  state.outbox.consume(code.message);
  state.users.setPhone(user.userId, undefined);
  return success();
}

/**
 * `POST /api/v3/verify-update-phone-request` (signed in): the new number's latest
 * `CHANNEL_BIND_PHONE` code and, unless `verifyOldPhoneOnUpdate` is off, the current number's
 * latest `CHANNEL_UNBIND_PHONE` code. Both are spent together; answers an `updatePhoneToken`.
 */
export function verifyUpdatePhoneRequest(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  if (body.verifyMethod === undefined) return failure(missingField('verifyMethod'));
  if (body.verifyMethod !== 'PHONE_PASSCODE') {
    return failure(invalidField('verifyMethod', 'one of the following values: PHONE_PASSCODE'));
  }
  const payload = readObject(body, 'phonePassCodePayload');
  if (!payload.ok) return failure(payload.error);
  const next = readPhoneClaim(payload.value, 'phonePassCodePayload', {
    number: 'newPhoneNumber',
    code: 'newPhonePassCode',
    country: 'newPhoneCountryCode',
  });
  if (!next.ok) return failure(next.error);
  const current = phoneOf(user);
  if (!current) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.noPhoneBound);
  if (targetKey(next.value.target) === targetKey(current)) return failure(sameNumber);
  if (takenByOther(state, next.value.target, user))
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  const spent = [];
  if (state.settings.verifyOldPhoneOnUpdate) {
    const old = readPhoneClaim(payload.value, 'phonePassCodePayload', {
      number: 'oldPhoneNumber',
      code: 'oldPhonePassCode',
      country: 'oldPhoneCountryCode',
    });
    if (!old.ok) return failure(old.error);
    if (targetKey(old.value.target) !== targetKey(current)) {
      return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneMismatch);
    }
    const oldCode = checkCode(state, current, 'CHANNEL_UNBIND_PHONE', old.value.passCode);
    if (!oldCode.ok) return failure(oldCode.error);
    spent.push(oldCode.message);
  }
  const newCode = checkCode(state, next.value.target, 'CHANNEL_BIND_PHONE', next.value.passCode);
  if (!newCode.ok) return failure(newCode.error);
  spent.push(newCode.message);
  for (const message of spent) state.outbox.consume(message);
  const grant = issueGrant(state, {
    kind: 'update-phone',
    userId: user.userId,
    phoneNumber: next.value.target.phoneNumber,
    phoneCountryCode: next.value.target.phoneCountryCode,
  });
  return success({ updatePhoneToken: grant.token, tokenExpiresIn: grant.tokenExpiresIn });
}

/** `POST /api/v3/update-phone` (signed in): spends the user's own unexpired `updatePhoneToken`. */
export function updatePhone(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const grant = takeGrant(state, body, 'update-phone', 'updatePhoneToken', auth.value.userId);
  if (!grant.ok) return failure(grant.error);
  const target: PhoneTarget = {
    type: 'sms',
    phoneNumber: grant.value.phoneNumber,
    phoneCountryCode: grant.value.phoneCountryCode,
  };
  // Someone may have taken the number between the two steps.
  if (takenByOther(state, target, auth.value))
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  state.users.setPhone(auth.value.userId, target);
  return success({ success: true });
}
