import type { CountryCode } from 'libphonenumber-js/core';
import { isSmsChannel, type SmsChannel } from '../api/channels.js';
import { GenAuthInputError } from '../api/errors.js';
import type { SendSmsInput } from '../api/types.js';
import { countriesOfCallingCode } from './metadata-index.js';
import { isCallingCodeAllowed, isCountryAllowed, neededCallingCode } from './metadata-needs.js';
import { getPhoneMetadataSnapshot, type PhoneMetadataSnapshot } from './metadata-store.js';
import { scanPhoneText, toInternationalForm } from './normalize-text.js';
import { requireE164Parts, splitE164 } from './split-e164.js';

export type { CountryCode } from 'libphonenumber-js/core';

/**
 * Why {@link parsePhone} refused a number. `pending`: the numbering plans of its calling code
 * are still loading (no verdict yet, see `loadPhoneMetadata`); `unavailable`: they could not be
 * loaded (offline, blocked): no verdict can be given and nothing may be sent.
 */
export type PhoneInvalidReason =
  | 'pending'
  | 'unavailable'
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
  /** Only set on pending refusals. */
  pendingE164?: undefined;
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
  /**
   * While `reason` is `pending`, the number when it was written in international form (`+` or
   * `00`, then digits), e.g. `+8613800138000`. Not a verdict: it may still be refused once its
   * metadata arrives. A send control keys its cooldown by it, so that a running cooldown shows
   * from the first paint (a number from props, a resumed flow), before the metadata is there.
   */
  pendingE164?: string | undefined;
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
  /**
   * Allow-list: a number of another country is `invalid_country`, and the metadata of calling
   * codes without an allowed country is never asked for. All countries when omitted or empty.
   */
  countries?: readonly CountryCode[] | undefined;
}

function refuse(reason: PhoneInvalidReason): InvalidParsedPhone {
  return { valid: false, reason };
}

function refuseBeforeParsing(
  reason: PhoneInvalidReason,
  callingCode: string,
  country: CountryCode | undefined,
): InvalidParsedPhone {
  return { valid: false, reason, phoneCountryCode: `+${callingCode}`, country };
}

function parseChecked(
  input: string,
  options: ParsePhoneOptions,
  snapshot: PhoneMetadataSnapshot,
): ParsedPhone {
  const { defaultCountry = 'CN', countries: allowed } = options;
  const scanned = scanPhoneText(input);
  if (scanned.isOverflowing) return refuse('too_long');
  if (scanned.hasForeignCharacters) return refuse('invalid');
  const text = toInternationalForm(scanned.chars);
  if (text.replace('+', '') === '') return refuse('empty');
  const international = text.startsWith('+');

  const needed = neededCallingCode(text, defaultCountry, snapshot);
  if (needed !== undefined) {
    const family = countriesOfCallingCode(needed);
    const guess = family.includes(defaultCountry) ? defaultCountry : family[0];
    if (!isCallingCodeAllowed(needed, allowed)) {
      return refuseBeforeParsing('invalid_country', needed, guess);
    }
    const status = snapshot.statusOf(needed);
    if (status === 'failed') return refuseBeforeParsing('unavailable', needed, guess);
    if (status !== 'ready') {
      const pending = refuseBeforeParsing('pending', needed, guess);
      return splitE164(text) ? { ...pending, pendingE164: text } : pending;
    }
  }
  const { engine } = snapshot;
  // Only a number that names no known calling code (nor a known default country) gets here
  // without the engine: libphonenumber's answer, without it. A `ready` code implies the engine.
  if (!engine) return refuse(international && text.length < 4 ? 'too_short' : 'invalid_country');
  const isAllowed = (country: CountryCode | undefined) => isCountryAllowed(country, allowed);
  return engine.judgePhone(text, defaultCountry, isAllowed, snapshot.metadata);
}

/**
 * Parses what a user typed, pasted or autofilled into a phone number GenAuth can text.
 *
 * Accepts national and international forms with spaces, dashes, dots, parentheses, `tel:` URIs,
 * a leading `+` or `00`, full-width digits and `＋`, bidi marks and surrounding whitespace.
 * Validation uses libphonenumber's `mobile` metadata: `MOBILE` and `FIXED_LINE_OR_MOBILE`
 * numbers are valid; a fixed line (Beijing `010 1234 5678`) or a toll-free number is
 * `not_mobile`. An extension (`ext. 123`, `x123`, `#123`) is dropped: an SMS cannot reach one.
 * Never throws, whatever the input.
 *
 * Metadata is loaded per calling code: until the piece a number needs is there, the result is
 * `{ valid: false, reason: 'pending' }`. Components load pieces themselves; direct callers
 * `await loadPhoneMetadata(['CN'])` first (or use {@link parsePhoneAsync}, or install all of it
 * with `genauth-sms-react/phone-full`).
 *
 * @example
 * parsePhone('+86 138 0013 8000');
 * // { valid: true, e164: '+8613800138000', phoneNumber: '13800138000', phoneCountryCode: '+86', country: 'CN' }
 * parsePhone('010 1234 5678'); // { valid: false, reason: 'not_mobile', ... }
 */
export function parsePhone(input: string, options: ParsePhoneOptions = {}): ParsedPhone {
  return parsePhoneWith(input, options, getPhoneMetadataSnapshot());
}

/** @internal {@link parsePhone} against a given metadata snapshot (what a render saw). */
export function parsePhoneWith(
  input: string,
  options: ParsePhoneOptions,
  snapshot: PhoneMetadataSnapshot,
): ParsedPhone {
  try {
    return parseChecked(input, options, snapshot);
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
  return { channel, ...requireE164Parts(parsed, 'Cannot send an SMS to this number') };
}
