import { GENAUTH_MOCK_ERRORS, type GenAuthMockError } from './responses.js';
import type { MockState } from './state.js';
import type { Target } from './targets.js';
import type { GenAuthMockMessage } from './types.js';

/** The message whose code matched, or the error to answer with. */
export type CodeCheck =
  | { ok: true; message: GenAuthMockMessage }
  | { ok: false; error: GenAuthMockError };

/**
 * Only the latest code sent to `target` on `channel` counts: older ones, spent ones and wrong
 * ones are all "invalid"; the right one past its TTL is "expired". Checking spends nothing:
 * the caller consumes the message once the whole request succeeds. Wrong attempts are not
 * counted (GenAuth's lockout policies are out of the mock's scope).
 */
export function checkCode(
  state: MockState,
  target: Target,
  channel: string,
  passCode: string,
): CodeCheck {
  const message = state.outbox.latest(target, channel);
  if (!message || message.code !== passCode || state.outbox.isConsumed(message)) {
    return { ok: false, error: GENAUTH_MOCK_ERRORS.wrongCode };
  }
  if (state.now() - message.sentAt > state.settings.codeTtlMs) {
    return { ok: false, error: GENAUTH_MOCK_ERRORS.expiredCode };
  }
  return { ok: true, message };
}
