import { checkCode } from './codes.js';
import { emailTakenByOther, phoneTakenByOther } from './mfa-owners.js';
import type { MfaTokenRecord } from './mfa-store.js';
import {
  failure,
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  GENAUTH_MOCK_ERRORS,
  invalidField,
  type MockReply,
  missingField,
  success,
} from './responses.js';
import { checkEmail, checkPhone, isBlank, type RuleResult } from './rules.js';
import { issueTokens } from './sign-in-result.js';
import type { MockRequestInfo, MockState } from './state.js';
import { targetKey } from './targets.js';
import type { GenAuthMockUser } from './types.js';
import { createFactor, mfaPhoneOf } from './users.js';

/**
 * The sign-in waiting for a second factor that `authorization: Bearer <mfaToken>` names (the
 * header as the official MFA component's `verify-sms.ts` and Guard's `MFA/businessRequest.ts`
 * send it; a raw token is taken too). Unknown, spent, expired or orphaned: V2 code 2021.
 */
function readMfaToken(
  state: MockState,
  info: MockRequestInfo,
): RuleResult<{ token: string; record: MfaTokenRecord; user: GenAuthMockUser }> {
  const token = (info.authorization?.trim() ?? '').replace(/^Bearer\s+/i, '');
  const record = token ? state.mfa.mfaToken(token, state.now()) : undefined;
  const user = record ? state.users.byId(record.userId) : undefined;
  return record && user
    ? { ok: true, value: { token, record, user } }
    : { ok: false, error: GENAUTH_MOCK_ERRORS.mfaTokenInvalid };
}

/**
 * `data` of a V2 sign-in: the user as the V2 API returns it (authing-js-sdk v4 `User`: `id`,
 * `username`, `email`, `phone`, `photo`, `token`, `tokenExpiredAt`, `loginsCount`,
 * `lastLogin`, `signedUp`...). `token` is an access token the mock's signed-in calls accept.
 */
function v2User(state: MockState, user: GenAuthMockUser, info: MockRequestInfo) {
  const tokens = issueTokens(state, user, info, undefined);
  const now = state.now();
  return {
    id: user.userId,
    userPoolId: 'genauth-mock',
    username: user.username ?? null,
    email: user.email ?? null,
    emailVerified: user.email !== undefined,
    phone: user.phone ?? null,
    phoneCountryCode: user.phoneCountryCode ?? null,
    phoneVerified: user.phone !== undefined,
    nickname: typeof user.profile.nickname === 'string' ? user.profile.nickname : null,
    photo: typeof user.profile.photo === 'string' ? user.profile.photo : null,
    token: tokens.access_token,
    tokenExpiredAt: new Date(now + tokens.expires_in * 1000).toISOString(),
    loginsCount: 1,
    lastLogin: new Date(now).toISOString(),
    signedUp: user.createdAt,
    blocked: false,
    isDeleted: false,
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
  };
}

/**
 * `POST /api/v2/applications/mfa/sms/verify` `{ phone, code, phoneCountryCode }` with the
 * mfaToken (MFA component `verify-sms.ts`; Guard `VerifySms`). The latest unexpired, unused
 * `CHANNEL_VERIFY_MFA` code sent to that number by `send-sms`. A user with an MFA phone must
 * use it; a user without one binds this number (Guard's `BindMFASms` then `VerifyMFASms`), if
 * no one else has it. Success spends the code and the mfaToken and answers the V2 user.
 */
export function verifyMfaSms(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = readMfaToken(state, info);
  if (!auth.ok) return failure(auth.error);
  const { token, user } = auth.value;
  const phone = checkPhone(body.phone, body.phoneCountryCode, 'phone');
  if (!phone.ok) return failure(phone.error);
  if (isBlank(body.code)) return failure(missingField('code'));
  if (typeof body.code !== 'string') return failure(invalidField('code', 'a string'));
  const bound = mfaPhoneOf(user);
  if (bound && targetKey(bound) !== targetKey(phone.value)) {
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.notMfaPhone);
  }
  if (!bound && phoneTakenByOther(state, phone.value, user.userId)) {
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  }
  const code = checkCode(state, phone.value, 'CHANNEL_VERIFY_MFA', body.code);
  if (!code.ok) return failure(code.error);
  state.outbox.consume(code.message);
  state.mfa.spendMfaToken(token);
  if (!bound) {
    const { phoneNumber, phoneCountryCode } = phone.value;
    state.users.setMfa(user.userId, {
      enabled: user.mfaEnabled === true,
      factors: [
        ...(user.mfaFactors ?? []),
        createFactor({ phoneNumber, phoneCountryCode }, state.now()),
      ],
    });
  }
  return success(v2User(state, user, info));
}

/**
 * `POST /api/v2/applications/mfa/check` `{ phone?, phoneCountryCode?, email? }` with the
 * mfaToken (authing-js-sdk v4 `phoneOrEmailBindable`: "when MFA needs a phone or email the user
 * has not bound, check that it can be bound first"). `data` is true when no other user has
 * the number (or address) as their own or as their MFA one. Spends nothing.
 */
export function checkMfaBindable(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = readMfaToken(state, info);
  if (!auth.ok) return failure(auth.error);
  const { userId } = auth.value.user;
  if (!isBlank(body.phone)) {
    const phone = checkPhone(body.phone, body.phoneCountryCode, 'phone');
    if (!phone.ok) return failure(phone.error);
    return success(!phoneTakenByOther(state, phone.value, userId));
  }
  if (!isBlank(body.email)) {
    const email = checkEmail(body.email);
    if (!email.ok) return failure(email.error);
    return success(!emailTakenByOther(state, email.value.email, userId));
  }
  return failure(missingField('phone'));
}
