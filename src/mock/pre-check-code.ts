import { isSmsChannel, SMS_CHANNELS } from '../core/api/channels.js';
import { EMAIL_CHANNELS, isEmailChannel } from '../core/api/email-channels.js';
import { checkCode } from './codes.js';
import { readEmailClaim, readObject, readPhoneClaim } from './flow-rules.js';
import { failure, invalidField, type MockReply, missingField, success } from './responses.js';
import { isBlank } from './rules.js';
import type { MockRequestInfo, MockState } from './state.js';

/**
 * `POST /api/v3/pre-check-code`: says whether a code would be accepted, without spending it.
 * A wrong or expired code is still HTTP 200 / `statusCode: 200`, with `data.isValid: false`.
 */
export function preCheckCode(
  state: MockState,
  body: Record<string, unknown>,
  _info: MockRequestInfo,
): MockReply {
  let channel: unknown;
  let claim: ReturnType<typeof readPhoneClaim> | ReturnType<typeof readEmailClaim>;
  if (isBlank(body.codeType)) return failure(missingField('codeType'));
  if (body.codeType === 'SMS') {
    const payload = readObject(body, 'smsCodePayload');
    if (!payload.ok) return failure(payload.error);
    channel = payload.value.channel;
    if (!isSmsChannel(channel)) {
      return failure(invalidField('smsCodePayload.channel', `one of ${SMS_CHANNELS.join(', ')}`));
    }
    claim = readPhoneClaim(payload.value, 'smsCodePayload', {
      number: 'phone',
      code: 'passCode',
      country: 'phoneCountryCode',
    });
  } else if (body.codeType === 'EMAIL') {
    const payload = readObject(body, 'emailCodePayload');
    if (!payload.ok) return failure(payload.error);
    channel = payload.value.channel;
    if (!isEmailChannel(channel)) {
      return failure(
        invalidField('emailCodePayload.channel', `one of ${EMAIL_CHANNELS.join(', ')}`),
      );
    }
    claim = readEmailClaim(payload.value, 'emailCodePayload');
  } else {
    return failure(invalidField('codeType', 'one of the following values: SMS, EMAIL'));
  }
  if (!claim.ok) return failure(claim.error);
  const check = checkCode(state, claim.value.target, channel, claim.value.passCode);
  return success(check.ok ? { isValid: true } : { isValid: false, message: check.error.message });
}
