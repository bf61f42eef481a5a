import { isPasswordAccepted } from '../core/password/rules.js';
import { checkCode } from './codes.js';
import { readVerifyClaim } from './flow-rules.js';
import {
  failure,
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  GENAUTH_MOCK_ERRORS,
  invalidField,
  type MockReply,
  missingField,
  success,
} from './responses.js';
import { isBlank } from './rules.js';
import { issueGrant, takeGrant } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';

/**
 * `POST /api/v3/verify-reset-password-request`: the latest `CHANNEL_RESET_PASSWORD` code of a
 * registered phone or email buys a one-time `passwordResetToken`. No access token needed.
 */
export function verifyResetPasswordRequest(
  state: MockState,
  body: Record<string, unknown>,
  _info: MockRequestInfo,
): MockReply {
  const claim = readVerifyClaim(body);
  if (!claim.ok) return failure(claim.error);
  const { target, passCode } = claim.value;
  const code = checkCode(state, target, 'CHANNEL_RESET_PASSWORD', passCode);
  if (!code.ok) return failure(code.error);
  const user = state.users.find(target);
  if (!user) return failure(GENAUTH_MOCK_ERRORS.userNotFound);
  state.outbox.consume(code.message);
  const grant = issueGrant(state, { kind: 'reset-password', userId: user.userId });
  return success({ passwordResetToken: grant.token, tokenExpiresIn: grant.tokenExpiresIn });
}

/**
 * `POST /api/v3/reset-password`: a password that meets the policy and an unspent, unexpired
 * `passwordResetToken`. A refused password leaves the token usable; the new password is the one
 * password sign-in then takes.
 */
export function resetPassword(
  state: MockState,
  body: Record<string, unknown>,
  _info: MockRequestInfo,
): MockReply {
  if (isBlank(body.password)) return failure(missingField('password'));
  if (typeof body.password !== 'string') return failure(invalidField('password', 'a string'));
  if (body.passwordEncryptType !== undefined && body.passwordEncryptType !== 'none') {
    return failure(invalidField('passwordEncryptType', "'none' (the mock has no private key)"));
  }
  if (isBlank(body.passwordResetToken)) return failure(missingField('passwordResetToken'));
  if (!isPasswordAccepted(body.password, state.settings.passwordStrength)) {
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.passwordRejected);
  }
  const grant = takeGrant(state, body, 'reset-password', 'passwordResetToken');
  if (!grant.ok) return failure(grant.error);
  state.users.setPassword(grant.value.userId, body.password);
  state.accounts.passwordSetAt[grant.value.userId] = state.now();
  return success({ success: true });
}
