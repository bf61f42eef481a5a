import { failure, type MockReply, rateLimited, success } from './responses.js';
import { parseSendEmail, parseSendSms } from './rules.js';
import type { MockRequestInfo, MockState } from './state.js';
import { targetKey } from './targets.js';
import type { GenAuthMockEmail, GenAuthMockSms } from './types.js';

type SendFields = 'code' | 'sentAt' | 'requestId';
/** A message before it is sent: its channel and recipient (the target's fields). */
export type Unsent = Omit<GenAuthMockSms, SendFields> | Omit<GenAuthMockEmail, SendFields>;

/**
 * Sends a code after validation passed, under the one-per-(channel, recipient)-per-window rule.
 * The rate check and the outbox write happen in one synchronous step, so two concurrent
 * requests can never both get through.
 */
export function deliver(state: MockState, info: MockRequestInfo, unsent: Unsent): MockReply {
  const decision = state.limiter.attempt(`${unsent.channel}|${targetKey(unsent)}`);
  if (!decision.allowed) return failure(rateLimited(decision.retryAfterMs));
  state.outbox.add({
    ...unsent,
    code: state.generateCode(),
    sentAt: state.now(),
    requestId: info.requestId,
  });
  return success();
}

/**
 * `POST /api/v3/send-sms`. A code is sent whether or not the number is registered, so sign-in
 * and sign-up flows both reach the code step.
 */
export function sendSms(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const parsed = parseSendSms(body, state.settings.internationalSms);
  if (!parsed.ok) return failure(parsed.error);
  const { channel, target } = parsed.value;
  return deliver(state, info, { ...target, channel });
}

/** `POST /api/v3/send-email`. */
export function sendEmail(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const parsed = parseSendEmail(body);
  if (!parsed.ok) return failure(parsed.error);
  const { channel, target } = parsed.value;
  return deliver(state, info, { ...target, channel });
}
