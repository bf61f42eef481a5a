import { checkCode } from './codes.js';
import { readVerifyClaim } from './flow-rules.js';
import { failure, GENAUTH_MOCK_ACCOUNT_ERRORS, type MockReply, success } from './responses.js';
import { authenticate, endSessionsOf, issueGrant, takeGrant } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';

/**
 * `POST /api/v3/verify-delete-account-request` (signed in): the latest `CHANNEL_DELETE_ACCOUNT`
 * code sent to the user's own phone (`PHONE_PASSCODE`) or email (`EMAIL_PASSCODE`).
 */
export function verifyDeleteAccountRequest(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const claim = readVerifyClaim(body);
  if (!claim.ok) return failure(claim.error);
  const { target, passCode } = claim.value;
  if (state.users.find(target)?.userId !== auth.value.userId) {
    return failure(
      target.type === 'sms'
        ? GENAUTH_MOCK_ACCOUNT_ERRORS.phoneMismatch
        : GENAUTH_MOCK_ACCOUNT_ERRORS.emailMismatch,
    );
  }
  const code = checkCode(state, target, 'CHANNEL_DELETE_ACCOUNT', passCode);
  if (!code.ok) return failure(code.error);
  state.outbox.consume(code.message);
  const grant = issueGrant(state, { kind: 'delete-account', userId: auth.value.userId });
  return success({ deleteAccountToken: grant.token, tokenExpiresIn: grant.tokenExpiresIn });
}

/**
 * `POST /api/v3/delete-account` (signed in): spends the user's own `deleteAccountToken` and
 * removes the user; their tokens stop working and their phone and email are free again.
 */
export function deleteAccount(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const userId = auth.value.userId;
  const grant = takeGrant(state, body, 'delete-account', 'deleteAccountToken', userId);
  if (!grant.ok) return failure(grant.error);
  state.users.remove(userId);
  endSessionsOf(state, userId);
  state.mfa.forgetUser(userId);
  delete state.accounts.passwordSetAt[userId];
  return success({ success: true });
}
