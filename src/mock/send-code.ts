import { failure, type MockReply, rateLimited, success } from './responses.js';
import { parseSendEmail, parseSendSms } from './rules.js';
import type { MockRequestInfo, MockState } from './state.js';
import { type Target, targetKey } from './targets.js';
import type { GenAuthMockMessage } from './types.js';

type Sent = Pick<GenAuthMockMessage, 'code' | 'sentAt' | 'requestId'>;

// Runs after validation passed. The rate check and the outbox write happen in one synchronous
// step, so two concurrent requests can never both get through.
function deliver(
  state: MockState,
  channel: string,
  target: Target,
  info: MockRequestInfo,
  build: (sent: Sent) => GenAuthMockMessage,
): MockReply {
  const decision = state.limiter.attempt(`${channel}|${targetKey(target)}`);
  if (!decision.allowed) return failure(rateLimited(decision.retryAfterMs));
  state.outbox.add(
    build({ code: state.generateCode(), sentAt: state.now(), requestId: info.requestId }),
  );
  return success();
}

/**
 * `POST /api/v3/send-sms`. A code is sent whether or not the number is registered, so sign-in
 * and sign-up flows both reach the code step.
 */
export function sendSms(state: MockState, body: unknown, info: MockRequestInfo): MockReply {
  const parsed = parseSendSms(body, state.settings.internationalSms);
  if (!parsed.ok) return failure(parsed.error);
  const { channel, target } = parsed.value;
  return deliver(state, channel, target, info, (sent) => ({
    type: 'sms',
    channel,
    phoneNumber: target.phoneNumber,
    phoneCountryCode: target.phoneCountryCode,
    ...sent,
  }));
}

/** `POST /api/v3/send-email`. */
export function sendEmail(state: MockState, body: unknown, info: MockRequestInfo): MockReply {
  const parsed = parseSendEmail(body);
  if (!parsed.ok) return failure(parsed.error);
  const { channel, target } = parsed.value;
  return deliver(state, channel, target, info, (sent) => ({
    type: 'email',
    channel,
    email: target.email,
    ...sent,
  }));
}
