import {
  type CountryCode,
  isSupportedCountry,
  type PhoneNumber,
  type PhoneNumberType,
  parsePhoneNumberFromString,
  type ValidatePhoneNumberLengthResult,
  validatePhoneNumberLength,
} from 'libphonenumber-js/mobile';
import { isSmsChannel, type SmsChannel } from '../api/channels.js';
import { GenAuthInputError } from '../api/errors.js';
import type { SendSmsInput } from '../api/types.js';
import { couldBecomeMobile, fitsNumberingPlan, overrunsMobile } from './mobile-plan.js';
import { scanPhoneText, toInternationalForm } from './normalize-text.js';

export type { CountryCode } from 'libphonenumber-js/mobile';

/** Why {@link parsePhone} refused a number. */
export type PhoneInvalidReason =
  | 'empty'
  | 'too_short'
  | 'too_long'
  | 'invalid_country'
  | 'invalid'
  | 'not_mobile';

/** A number that can receive an SMS, split the way GenAuth wants it. */
export interface ValidParsedPhone {
  /** The number can receive an SMS. */
  valid: true;
  /** Only set on refusals. */
  reason?: undefined;
  /** The full number, e.g. `+8613800138000`. */
  e164: string;
  /** The national significant number (no country code, no national prefix), e.g. `13800138000`. */
  phoneNumber: string;
  /** `+` and the calling code, e.g. `+86`. */
  phoneCountryCode: string;
  /** ISO 3166-1 alpha-2 code; `undefined` for non-geographic numbers such as `+882`. */
  country?: CountryCode | undefined;
}

/** A refused number. `country`/`phoneCountryCode` are kept when they could be told. */
export interface InvalidParsedPhone {
  /** The number was refused. */
  valid: false;
  /** Why it was refused. */
  reason: PhoneInvalidReason;
  /** Only set on valid numbers. */
  e164?: undefined;
  /** Only set on valid numbers. */
  phoneNumber?: undefined;
  /** `+` and the calling code when the number named one (or the default country's). */
  phoneCountryCode?: string | undefined;
  /** ISO code of the country the number seems to belong to, when known. */
  country?: CountryCode | undefined;
}

/** What {@link parsePhone} returns: check `valid` first. */
export type ParsedPhone = ValidParsedPhone | InvalidParsedPhone;

/** Options of {@link parsePhone}. */
export interface ParsePhoneOptions {
  /**
   * Country of numbers typed without `+` or `00`. An unknown code makes such numbers
   * `invalid_country`; international numbers ignore it.
   * @default 'CN'
   */
  defaultCountry?: CountryCode | undefined;
}

/**
 * Number types that can receive an SMS. `FIXED_LINE_OR_MOBILE` covers countries whose plans do
 * not tell the two apart (the US and Canada, among others): refusing them would refuse every
 * mobile there.
 */
const SMS_CAPABLE_TYPES: ReadonlySet<PhoneNumberType> = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

const LENGTH_REASONS: Record<ValidatePhoneNumberLengthResult, PhoneInvalidReason> = {
  INVALID_COUNTRY: 'invalid_country',
  NOT_A_NUMBER: 'too_short',
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
  INVALID_LENGTH: 'invalid',
};

function refuse(reason: PhoneInvalidReason, phone?: PhoneNumber): InvalidParsedPhone {
  if (!phone) return { valid: false, reason };
  return {
    valid: false,
    reason,
    phoneCountryCode: `+${phone.countryCallingCode}`,
    country: phone.country,
  };
}

function parseChecked(input: string, defaultCountry: string): ParsedPhone {
  const scanned = scanPhoneText(input);
  if (scanned.isOverflowing) return refuse('too_long');
  if (scanned.hasForeignCharacters) return refuse('invalid');
  const text = toInternationalForm(scanned.chars);
  if (text.replace('+', '') === '') return refuse('empty');
  const international = text.startsWith('+');
  const country = isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  if (!international && country === undefined) return refuse('invalid_country');

  const lengthProblem = validatePhoneNumberLength(text, country);
  const phone = parsePhoneNumberFromString(text, country);
  if (lengthProblem) return refuse(LENGTH_REASONS[lengthProblem] ?? 'invalid', phone);
  if (!phone) return refuse('invalid');
  const type = phone.getType();
  if (type === undefined || !SMS_CAPABLE_TYPES.has(type)) {
    if (couldBecomeMobile(phone)) return refuse('too_short', phone);
    if (overrunsMobile(phone)) return refuse('too_long', phone);
    return refuse(fitsNumberingPlan(phone) ? 'not_mobile' : 'invalid', phone);
  }
  return {
    valid: true,
    e164: phone.number,
    phoneNumber: phone.nationalNumber,
    phoneCountryCode: `+${phone.countryCallingCode}`,
    country: phone.country,
  };
}

/**
 * Parses what a user typed, pasted or autofilled into a phone number GenAuth can text.
 *
 * Accepts national and international forms with spaces, dashes, dots, parentheses, `tel:` URIs,
 * a leading `+` or `00`, full-width digits and `＋`, bidi marks and surrounding whitespace.
 * Validation uses libphonenumber's `mobile` metadata: `MOBILE` and `FIXED_LINE_OR_MOBILE`
 * numbers are valid; a fixed line (Beijing `010 1234 5678`) or a toll-free number is
 * `not_mobile`. Never throws, whatever the input.
 *
 * @example
 * parsePhone('+86 138 0013 8000');
 * // { valid: true, e164: '+8613800138000', phoneNumber: '13800138000', phoneCountryCode: '+86', country: 'CN' }
 * parsePhone('010 1234 5678'); // { valid: false, reason: 'not_mobile', ... }
 */
export function parsePhone(input: string, options: ParsePhoneOptions = {}): ParsedPhone {
  try {
    return parseChecked(input, options.defaultCountry ?? 'CN');
  } catch {
    // libphonenumber is not supposed to throw here; if a future version does, the user still
    // gets a refusal instead of a crashed form.
    return refuse('invalid');
  }
}

/**
 * Builds the body of `POST /api/v3/send-sms` from a valid parse result.
 * @throws {GenAuthInputError} when `parsed` is not valid or `channel` is unknown.
 * @example
 * const parsed = parsePhone(text, { defaultCountry: 'CN' });
 * if (parsed.valid) await client.sendSms(toSendSmsInput(parsed, 'CHANNEL_LOGIN'));
 */
export function toSendSmsInput(parsed: ParsedPhone, channel: SmsChannel): SendSmsInput {
  if (!isSmsChannel(channel)) {
    throw new GenAuthInputError(
      'channel',
      `Unknown SMS channel ${JSON.stringify(String(channel))}`,
    );
  }
  if (!parsed?.valid) {
    const reason = parsed?.reason ?? 'invalid';
    throw new GenAuthInputError('phoneNumber', `Cannot send an SMS to this number (${reason})`);
  }
  return { channel, phoneNumber: parsed.phoneNumber, phoneCountryCode: parsed.phoneCountryCode };
}
