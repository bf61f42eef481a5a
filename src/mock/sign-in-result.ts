import { type MockReply, mfaRequired, success } from './responses.js';
import { startSession } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';
import { createTokenSet, type GenAuthMockTokenSet } from './tokens.js';
import type { GenAuthMockFactor, GenAuthMockUser } from './types.js';
import { mfaEmailOf, mfaPhoneOf } from './users.js';

/** GenAuth's default avatar, as the captured MFA answer shows it. */
const DEFAULT_AVATAR = 'https://files.authing.co/authing-console/default-user-avatar.png';

/** Which rule asks this user for a second factor: the app's policy first, then their own. */
function mfaRule(state: MockState, user: GenAuthMockUser): 1635 | 1636 | undefined {
  if (state.settings.appMfa) return 1636;
  return user.mfaEnabled || (user.mfaFactors?.length ?? 0) > 0 ? 1635 : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** `applicationMfa`: the app's factors, or for the user's own MFA the types they enrolled. */
function applicationMfa(state: MockState, factors: readonly GenAuthMockFactor[]) {
  const types = state.settings.appMfa ?? [
    ...new Set(factors.length > 0 ? factors.map((f) => f.factorType) : ['SMS' as const]),
  ];
  return types.map((mfaPolicy, sort) => ({ mfaPolicy, status: 1, sort }));
}

/**
 * `data` of the MFA answer, with the fields of authing-node-sdk 4.0.2 `GetMfaInfoDataDto` and
 * Guard's `GuardMFAInitData` (`MFA/interface.ts`), absent values as `null` as in the captured
 * answer. `mfaPhone` is the whole number, not masked: the official MFA component sends it as it
 * is to `send-sms` (`phoneNumber: phone`) and masks it only for display (`phoneDesensitization`).
 */
function mfaData(state: MockState, user: GenAuthMockUser, mfaToken: string) {
  const phone = mfaPhoneOf(user);
  const factors = user.mfaFactors ?? [];
  return {
    mfaToken,
    mfaPhone: phone?.phoneNumber ?? null,
    mfaPhoneCountryCode: phone?.phoneCountryCode ?? null,
    mfaEmail: mfaEmailOf(user) ?? null,
    nickname: text(user.profile.nickname),
    username: user.username ?? null,
    email: user.email ?? null,
    phone: user.phone ?? null,
    phoneCountryCode: user.phoneCountryCode ?? null,
    avatar: text(user.profile.photo) ?? DEFAULT_AVATAR,
    faceMfaEnabled: false,
    totpMfaEnabled: false,
    passkeyEnabled: false,
    applicationMfa: applicationMfa(state, factors),
  };
}

/** Signs `user` in: tokens and a session the signed-in calls accept. */
export function issueTokens(
  state: MockState,
  user: GenAuthMockUser,
  info: MockRequestInfo,
  scope: unknown,
): GenAuthMockTokenSet {
  const tokens = createTokenSet({
    user,
    appId: info.appId,
    issuer: info.origin,
    nowMs: state.now(),
    scope,
  });
  startSession(state, tokens.access_token, user.userId, tokens.expires_in * 1000);
  return tokens;
}

/**
 * The answer of a first factor that passed (code or password): the token set, or when an MFA
 * rule applies, the "second factor needed" answer with a fresh `mfaToken` instead.
 */
export function completeSignIn(
  state: MockState,
  user: GenAuthMockUser,
  info: MockRequestInfo,
  scope: unknown,
): MockReply {
  const rule = mfaRule(state, user);
  if (rule === undefined) return success(issueTokens(state, user, info, scope));
  const mfaToken = state.mfa.issueMfaToken({
    userId: user.userId,
    apiCode: rule,
    expiresAt: state.now() + state.settings.mfaTokenTtlMs,
  });
  return mfaRequired(rule, mfaData(state, user, mfaToken));
}
