import { isSmsChannel } from './channels.js';
import { GenAuthInputError } from './errors.js';
import type { SendSmsInput } from './types.js';

/** @internal `+` and 1 to 4 digits, like GenAuth's `phoneCountryCode`. */
export const COUNTRY_CODE = /^\+\d{1,4}$/;
/** @internal A national significant number: digits only (ITU-T E.164 allows at most 15 in all). */
export const NATIONAL_NUMBER = /^\d{1,15}$/;

/** @internal Whether `value` is a calling code GenAuth takes, like `+86`. */
export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && COUNTRY_CODE.test(value);
}

/** @internal At most 40 characters of `value`, quoted, for an error message. */
export function preview(value: unknown): string {
  return JSON.stringify(String(value).slice(0, 40));
}

/**
 * @internal Checks a send-sms body before any request and returns exactly the fields GenAuth
 * takes (undefined ones omitted). Use `parsePhone` to turn what a user typed into this shape.
 * @throws {GenAuthInputError}
 */
export function validateSendSmsInput(input: SendSmsInput): SendSmsInput {
  if (input === null || typeof input !== 'object') {
    throw new GenAuthInputError('phoneNumber', 'sendSms needs { channel, phoneNumber }');
  }
  const { channel, phoneNumber, phoneCountryCode } = input;
  if (!isSmsChannel(channel)) {
    throw new GenAuthInputError('channel', `Unknown SMS channel ${preview(channel)}`);
  }
  if (typeof phoneNumber !== 'string' || !NATIONAL_NUMBER.test(phoneNumber)) {
    throw new GenAuthInputError(
      'phoneNumber',
      `phoneNumber must be the national number in digits without the country code (got ${preview(phoneNumber)})`,
    );
  }
  if (phoneCountryCode !== undefined && !isCountryCode(phoneCountryCode)) {
    throw new GenAuthInputError(
      'phoneCountryCode',
      `phoneCountryCode must look like "+86" (got ${preview(phoneCountryCode)})`,
    );
  }
  return phoneCountryCode === undefined
    ? { channel, phoneNumber }
    : { channel, phoneNumber, phoneCountryCode };
}
