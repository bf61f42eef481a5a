import { optionError } from './option-error.js';
import { preview } from './preview.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/**
 * `+` and an ITU-T E.164 country calling code: 1 to 3 digits, never starting with 0
 * (`+0`, `+0086` and `+1234` name no country).
 */
const COUNTRY_CODE = /^\+[1-9]\d{0,2}$/;
/**
 * A national significant number: digits only, at least 4 (the shortest plans, e.g.
 * Niue's or Saint Helena's, have 4 digits) and at most 14 (E.164 caps a whole number at 15
 * digits and every country code has at least 1). {@link checkPhoneFields} also checks the sum.
 */
const NATIONAL_NUMBER = /^\d{4,14}$/;
/** ITU-T E.164: at most 15 digits, country code included. */
const E164_MAX_DIGITS = 15;
/** GenAuth reads a number without `phoneCountryCode` as a mainland China number. */
const DEFAULT_COUNTRY_CODE_DIGITS = 2;

/** Whether `value` is a calling code GenAuth takes, like `+86`. */
function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODE.test(value);
}

/** @internal How the caller's body names the two phone fields, for error messages. */
export interface PhoneFieldNames {
  phoneNumber: string;
  phoneCountryCode: string;
}

const SEND_SMS_NAMES: PhoneFieldNames = {
  phoneNumber: 'phoneNumber',
  phoneCountryCode: 'phoneCountryCode',
};

/**
 * @internal The one check of a (national number, calling code) pair, shared by every body that
 * carries a phone, so that no endpoint sends what `parsePhone` would refuse: a valid calling
 * code when given, 4 or more digits, not all zeros, at most 15 digits with the calling code
 * (`+86` assumed when absent, as GenAuth does). Use `parsePhone` to turn what a user typed
 * into this shape; this only refuses what can never be a phone number.
 *
 * Part of the send path: endpoints get it from `loadSendPath()`, so its messages load with
 * the code that sends, never with a page.
 * @throws {GenAuthInputError} with `field` `'phoneNumber'` or `'phoneCountryCode'`
 */
export function checkPhoneFields(
  phoneNumber: unknown,
  phoneCountryCode: unknown,
  names: PhoneFieldNames = SEND_SMS_NAMES,
): { phoneNumber: string; phoneCountryCode: string | undefined } {
  if (phoneCountryCode !== undefined && !isCountryCode(phoneCountryCode)) {
    throw optionError(
      'phoneCountryCode',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `${names.phoneCountryCode} must be "+" and a 1 to 3 digit calling code not starting with 0, like "+86" (got ${preview(phoneCountryCode)})`,
    );
  }
  const codeDigits =
    phoneCountryCode === undefined ? DEFAULT_COUNTRY_CODE_DIGITS : phoneCountryCode.length - 1;
  if (
    typeof phoneNumber !== 'string' ||
    !NATIONAL_NUMBER.test(phoneNumber) ||
    /^0+$/.test(phoneNumber) ||
    codeDigits + phoneNumber.length > E164_MAX_DIGITS
  ) {
    throw optionError(
      'phoneNumber',
      process.env.NODE_ENV === 'production'
        ? undefined
        : `${names.phoneNumber} must be the national number without the country code: 4 to ${E164_MAX_DIGITS - codeDigits} digits (got ${preview(phoneNumber)})`,
    );
  }
  return { phoneNumber, phoneCountryCode };
}
