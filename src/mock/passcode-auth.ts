import { checkCode } from './codes.js';
import { failure, GENAUTH_MOCK_ERRORS, type MockReply, success } from './responses.js';
import { parsePassCodeRequest } from './rules.js';
import { startSession } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';
import type { Target } from './targets.js';
import { createTokenSet } from './tokens.js';
import type { GenAuthMockUser } from './types.js';

function register(
  state: MockState,
  target: Target,
  profile: Readonly<Record<string, unknown>>,
): GenAuthMockUser {
  return target.type === 'sms'
    ? state.users.add({
        phone: target.phoneNumber,
        phoneCountryCode: target.phoneCountryCode,
        profile,
      })
    : state.users.add({ email: target.email, profile });
}

/** The `UserDto`-shaped `data` of a successful sign-up. */
function userData(user: GenAuthMockUser): Record<string, unknown> {
  return {
    ...user.profile,
    userId: user.userId,
    phone: user.phone,
    phoneCountryCode: user.phoneCountryCode,
    email: user.email,
    status: 'Activated',
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
    phoneVerified: user.phone !== undefined,
    emailVerified: user.email !== undefined,
    userSourceType: 'register',
  };
}

/**
 * `POST /api/v3/signin` with `connection: 'PASSCODE'`: needs the latest unexpired, unused
 * `CHANNEL_LOGIN` code and a registered user (or `options.autoRegister: true`).
 */
export function signIn(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const parsed = parsePassCodeRequest(body);
  if (!parsed.ok) return failure(parsed.error);
  const { target, passCode, options } = parsed.value;
  const code = checkCode(state, target, 'CHANNEL_LOGIN', passCode);
  if (!code.ok) return failure(code.error);
  let user = state.users.find(target);
  if (!user) {
    if (options.autoRegister !== true) return failure(GENAUTH_MOCK_ERRORS.userNotFound);
    user = register(state, target, {});
  }
  state.outbox.consume(code.message);
  const tokens = createTokenSet({
    user,
    appId: info.appId,
    issuer: info.origin,
    nowMs: state.now(),
    scope: options.scope,
  });
  startSession(state, tokens.access_token, user.userId, tokens.expires_in * 1000);
  return success(tokens);
}

/**
 * `POST /api/v3/signup` with `connection: 'PASSCODE'`: needs the latest unexpired, unused
 * `CHANNEL_REGISTER` code; a phone or email can register once.
 */
export function signUp(
  state: MockState,
  body: Record<string, unknown>,
  _info: MockRequestInfo,
): MockReply {
  const parsed = parsePassCodeRequest(body);
  if (!parsed.ok) return failure(parsed.error);
  const { target, passCode, profile } = parsed.value;
  const code = checkCode(state, target, 'CHANNEL_REGISTER', passCode);
  if (!code.ok) return failure(code.error);
  if (state.users.find(target)) return failure(GENAUTH_MOCK_ERRORS.userExists);
  state.outbox.consume(code.message);
  return success(userData(register(state, target, profile)));
}
