import type { PhoneInvalidReason } from '../core/phone/parse.js';
import type { GenAuthMessages } from './messages.js';

const KEYS: Record<PhoneInvalidReason, keyof GenAuthMessages> = {
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
 * The message explaining why `parsePhone` refused a number.
 * @example phoneReasonMessage('not_mobile', resolveMessages('en-US'));
 */
export function phoneReasonMessage(reason: PhoneInvalidReason, messages: GenAuthMessages): string {
  const message = messages[KEYS[reason] ?? 'phoneInvalid'];
  return typeof message === 'string' ? message : messages.phoneInvalid;
}
