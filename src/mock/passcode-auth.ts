import { checkCode } from './codes.js';
import { signInByPassword, signUpByPassword } from './password-auth.js';
import { checkPhoneCompletion, profileWithoutPhone } from './phone-completion.js';
import { failure, GENAUTH_MOCK_ERRORS, type MockReply, success } from './responses.js';
import { parsePassCodeRequest } from './rules.js';
import { completeSignIn } from './sign-in-result.js';
import type { MockRequestInfo, MockState } from './state.js';
import type { PhoneTarget, Target } from './targets.js';
import type { GenAuthMockUser } from './types.js';
import { userData } from './user-data.js';

function register(
  state: MockState,
  target: Target,
  profile: Readonly<Record<string, unknown>>,
  completedPhone?: PhoneTarget,
): GenAuthMockUser {
  return target.type === 'sms'
    ? state.users.add({
        phone: target.phoneNumber,
        phoneCountryCode: target.phoneCountryCode,
        profile,
      })
    : state.users.add({
        email: target.email,
        phone: completedPhone?.phoneNumber,
        phoneCountryCode: completedPhone?.phoneCountryCode,
        profile,
      });
}

/**
 * `POST /api/v3/signin`: `connection: 'PASSWORD'` goes to password-auth.ts; `PASSCODE` needs the
 * latest unexpired, unused `CHANNEL_LOGIN` code and a registered user (or
 * `options.autoRegister: true`). Either way an MFA rule may turn the tokens into the
 * "second factor needed" answer (sign-in-result.ts); the code is spent all the same.
 */
export function signIn(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  if (body.connection === 'PASSWORD') return signInByPassword(state, body, info);
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
  return completeSignIn(state, user, info, options.scope);
}

/**
 * `POST /api/v3/signup`: `connection: 'PASSWORD'` goes to password-auth.ts; `PASSCODE` needs the
 * latest unexpired, unused `CHANNEL_REGISTER` code; a phone or email can register once. An email
 * sign-up may complete a phone (`profile.phone` with its `CHANNEL_COMPLETE_PHONE` code).
 */
export function signUp(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  if (body.connection === 'PASSWORD') return signUpByPassword(state, body, info);
  const parsed = parsePassCodeRequest(body);
  if (!parsed.ok) return failure(parsed.error);
  const { target, passCode, profile } = parsed.value;
  const code = checkCode(state, target, 'CHANNEL_REGISTER', passCode);
  if (!code.ok) return failure(code.error);
  if (state.users.find(target)) return failure(GENAUTH_MOCK_ERRORS.userExists);
  const completion = checkPhoneCompletion(state, body, target);
  if (!completion.ok) return failure(completion.error);
  state.outbox.consume(code.message);
  if (completion.value) state.outbox.consume(completion.value.message);
  const stored = completion.value ? profileWithoutPhone(profile) : profile;
  return success(userData(register(state, target, stored, completion.value?.phone)));
}
