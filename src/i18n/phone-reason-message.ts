import type { PhoneInvalidReason } from '../core/phone/parse.js';
import type { PhoneReasonMessages } from './messages.js';

const KEYS: Record<PhoneInvalidReason, keyof PhoneReasonMessages> = {
  empty: 'phoneEmpty',
  too_short: 'phoneTooShort',
  too_long: 'phoneTooLong',
  invalid_country: 'phoneInvalidCountry',
  invalid: 'phoneInvalid',
  not_mobile: 'phoneNotMobile',
  pending: 'phonePending',
  unavailable: 'phoneUnavailable',
};

/**
 * The message explaining why `parsePhone` refused a number, from a catalogue (or its phone part).
 * @example phoneReasonMessage('not_mobile', zhCN); // '请输入可接收短信的手机号。'
 */
export function phoneReasonMessage(
  reason: PhoneInvalidReason,
  messages: PhoneReasonMessages,
): string {
  return messages[KEYS[reason] ?? 'phoneInvalid'];
}
