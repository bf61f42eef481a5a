import { isSmsChannel, SMS_CHANNELS, type SmsChannel } from '../core/api/channels.js';
import { EMAIL_CHANNELS, type EmailChannel, isEmailChannel } from '../core/api/email-channels.js';
import {
  GENAUTH_MOCK_ERRORS,
  type GenAuthMockError,
  internationalSmsDisabled,
  invalidField,
  missingField,
} from './responses.js';
import {
  DEFAULT_COUNTRY_CODE,
  type EmailTarget,
  type PhoneTarget,
  type Target,
} from './targets.js';

/** Either the validated value or the error envelope to answer with. */
export type RuleResult<T> = { ok: true; value: T } | { ok: false; error: GenAuthMockError };

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const COUNTRY_CODE = /^\+[1-9]\d{0,3}$/;
const DIGITS = /^\d+$/;
// E.164 caps a full number at 15 digits; no real national mobile number is shorter than 4.
const E164_MAX_DIGITS = 15;
const NATIONAL_MIN_DIGITS = 4;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function reject<T>(error: GenAuthMockError): RuleResult<T> {
  return { ok: false, error };
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Absent, null or the empty string: what GenAuth calls "empty". */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Reads the app id header (the old Authing SDKs' name is accepted too) and checks it. */
export function checkAppId(headers: Headers, expected: string | undefined): RuleResult<string> {
  const appId = headers.get('x-genauth-app-id') || headers.get('x-authing-app-id');
  if (!appId) return reject(GENAUTH_MOCK_ERRORS.missingAppId);
  if (expected !== undefined && appId !== expected) return reject(GENAUTH_MOCK_ERRORS.unknownApp);
  return { ok: true, value: appId };
}

/**
 * Mainland numbers (no country code, or `+86`) must be 11-digit mobiles; other numbers must be
 * digits of a plausible length. With `internationalSms` false, any non-`+86` number is refused.
 */
export function checkPhone(
  phoneNumber: unknown,
  phoneCountryCode: unknown,
  field: string,
  internationalSms = true,
): RuleResult<PhoneTarget> {
  if (isBlank(phoneNumber)) return reject(missingField(field));
  if (typeof phoneNumber !== 'string') return reject(invalidField(field, 'a string'));
  let countryCode = DEFAULT_COUNTRY_CODE;
  if (!isBlank(phoneCountryCode)) {
    if (typeof phoneCountryCode !== 'string' || !COUNTRY_CODE.test(phoneCountryCode)) {
      return reject(invalidField('phoneCountryCode', 'a "+" followed by 1 to 4 digits, e.g. +86'));
    }
    countryCode = phoneCountryCode;
  }
  if (countryCode === DEFAULT_COUNTRY_CODE) {
    if (!MAINLAND_MOBILE.test(phoneNumber)) return reject(GENAUTH_MOCK_ERRORS.invalidPhone);
  } else {
    if (!internationalSms) return reject(internationalSmsDisabled(countryCode));
    const totalDigits = countryCode.length - 1 + phoneNumber.length;
    if (
      !DIGITS.test(phoneNumber) ||
      phoneNumber.length < NATIONAL_MIN_DIGITS ||
      totalDigits > E164_MAX_DIGITS
    ) {
      return reject(GENAUTH_MOCK_ERRORS.invalidPhone);
    }
  }
  return { ok: true, value: { type: 'sms', phoneNumber, phoneCountryCode: countryCode } };
}

/** A syntactically valid address, lower-cased. */
export function checkEmail(email: unknown): RuleResult<EmailTarget> {
  if (isBlank(email)) return reject(missingField('email'));
  if (typeof email !== 'string' || !EMAIL.test(email)) {
    return reject(GENAUTH_MOCK_ERRORS.invalidEmail);
  }
  return { ok: true, value: { type: 'email', email: email.toLowerCase() } };
}

/** A required `channel` that must be one of `channels`. */
function checkChannel<C extends string>(
  value: unknown,
  isChannel: (value: unknown) => value is C,
  channels: readonly C[],
): RuleResult<C> {
  if (isBlank(value)) return reject(missingField('channel'));
  if (!isChannel(value)) {
    return reject(invalidField('channel', `one of the following values: ${channels.join(', ')}`));
  }
  return { ok: true, value };
}

/** Body of `POST /api/v3/send-sms`. */
export function parseSendSms(
  body: Record<string, unknown>,
  internationalSms: boolean,
): RuleResult<{ channel: SmsChannel; target: PhoneTarget }> {
  const channel = checkChannel(body.channel, isSmsChannel, SMS_CHANNELS);
  if (!channel.ok) return channel;
  const phone = checkPhone(
    body.phoneNumber,
    body.phoneCountryCode,
    'phoneNumber',
    internationalSms,
  );
  return phone.ok ? { ok: true, value: { channel: channel.value, target: phone.value } } : phone;
}

/** Body of `POST /api/v3/send-email`. */
export function parseSendEmail(
  body: Record<string, unknown>,
): RuleResult<{ channel: EmailChannel; target: EmailTarget }> {
  const channel = checkChannel(body.channel, isEmailChannel, EMAIL_CHANNELS);
  if (!channel.ok) return channel;
  const email = checkEmail(body.email);
  return email.ok ? { ok: true, value: { channel: channel.value, target: email.value } } : email;
}

/** What `signin`/`signup` with `connection: 'PASSCODE'` carry. */
export interface PassCodeRequest {
  passCode: string;
  target: Target;
  profile: Readonly<Record<string, unknown>>;
  options: Readonly<Record<string, unknown>>;
}

/** Body of `signin`/`signup` for the `PASSCODE` connection, by phone or by email. */
export function parsePassCodeRequest(body: Record<string, unknown>): RuleResult<PassCodeRequest> {
  if (isBlank(body.connection)) return reject(missingField('connection'));
  if (body.connection !== 'PASSCODE') {
    return reject(invalidField('connection', 'one of the following values: PASSCODE, PASSWORD'));
  }
  const payload = body.passCodePayload;
  if (isBlank(payload)) return reject(missingField('passCodePayload'));
  if (!isRecord(payload)) return reject(invalidField('passCodePayload', 'an object'));
  const { passCode } = payload;
  if (isBlank(passCode)) return reject(missingField('passCodePayload.passCode'));
  if (typeof passCode !== 'string')
    return reject(invalidField('passCodePayload.passCode', 'a string'));
  const target: RuleResult<Target> = isBlank(payload.phone)
    ? isBlank(payload.email)
      ? reject(missingField('passCodePayload.phone'))
      : checkEmail(payload.email)
    : checkPhone(payload.phone, payload.phoneCountryCode, 'passCodePayload.phone');
  if (!target.ok) return target;
  const profile = isRecord(body.profile) ? body.profile : {};
  const options = isRecord(body.options) ? body.options : {};
  return { ok: true, value: { passCode, target: target.value, profile, options } };
}
