/**
 * The phone engine: every call into libphonenumber-js (about 10 kB gzipped) and the code that
 * only runs once a numbering plan is loaded (grouping as you type, the mobile checks, the
 * phone field's editing). It is a lazy chunk of its own, loaded by `load-phone-engine.ts` at
 * the first request of a calling code's piece, together with it: a page paints its field and
 * button without it, the digits as typed and the verdict `pending`, exactly as the server
 * renders them.
 *
 * The eager modules (`parse.ts`, `text.ts`, `metadata-needs.ts`) keep the decisions that need
 * no numbering plan and call this engine through the metadata snapshot (`snapshot.engine`),
 * which is there whenever a calling code is `ready`.
 *
 * @internal Only `load-phone-engine.ts` imports it, dynamically (and `phone-full.ts`, which
 * installs everything at once). The page's modules it imports values from (the text reading,
 * the calling-code index, the field's state in `field-state.ts`) are in the chunk the build
 * shares with the lazy chunks (`vite.config.ts`): any other would make a consumer's bundler
 * cut the files it shares into an extra eager chunk.
 */
import {
  type CountryCode,
  isSupportedCountry,
  Metadata,
  type MetadataJson,
  type PhoneNumber,
  type PhoneNumberType,
  parsePhoneNumberFromString,
  type ValidatePhoneNumberLengthResult,
  validatePhoneNumberLength,
} from 'libphonenumber-js/core';
import {
  editPhoneField,
  phoneFieldValue,
  refreshPhoneField,
  selectFieldCountry,
} from './field-with-plan.js';
import { formatPartialNumber } from './format-partial.js';
import {
  couldBecomeMobile,
  fitsNumberingPlan,
  hasMobilePlan,
  overrunsMobile,
} from './mobile-plan.js';
import type { ParsedPhone, PhoneInvalidReason } from './parse.js';

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

function refuse(reason: PhoneInvalidReason, phone?: PhoneNumber): ParsedPhone {
  if (!phone) return { valid: false, reason };
  return {
    valid: false,
    reason,
    phoneCountryCode: `+${phone.countryCallingCode}`,
    country: phone.country,
  };
}

/**
 * A mobile, or a number whose plan does not tell fixed lines and mobiles apart. Some plans
 * (Tristan da Cunha) carry no type at all in the mobile metadata although the full metadata
 * calls their numbers "fixed line or mobile": a valid number there counts like one in the US.
 */
function canReceiveSms(phone: PhoneNumber): boolean {
  const type = phone.getType();
  if (type !== undefined) return SMS_CAPABLE_TYPES.has(type);
  return !hasMobilePlan(phone) && phone.isValid();
}

/**
 * The verdict on a number whose numbering plans are loaded (`parsePhone` has already refused
 * what needs no plan: empty, foreign characters, a calling code off the allow-list).
 * @param text - Meaningful characters in international form (`+44…`) or national digits.
 * @param defaultCountry - Country of national digits.
 * @param isAllowed - Whether a country passes the caller's allow-list.
 */
function judgePhone(
  text: string,
  defaultCountry: CountryCode,
  isAllowed: (country: CountryCode | undefined) => boolean,
  metadata: MetadataJson,
): ParsedPhone {
  const country = isSupportedCountry(defaultCountry, metadata) ? defaultCountry : undefined;
  if (!text.startsWith('+') && country === undefined) return refuse('invalid_country');
  const lengthProblem = validatePhoneNumberLength(text, { defaultCountry: country }, metadata);
  const phone = parsePhoneNumberFromString(text, { defaultCountry: country }, metadata);
  if (phone && !isAllowed(phone.country)) return refuse('invalid_country', phone);
  if (lengthProblem) return refuse(LENGTH_REASONS[lengthProblem] ?? 'invalid', phone);
  if (!phone) return refuse('invalid');
  if (!canReceiveSms(phone)) {
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
 * What follows the international call prefix of `country`'s plan (`011` in the US) at the
 * start of national `digits`, or `undefined` when they do not start with it: national text
 * that dials abroad (`011 44…`) needs the other calling code's plan.
 */
function afterInternationalPrefix(
  digits: string,
  country: CountryCode,
  json: MetadataJson,
): string | undefined {
  try {
    const metadata = new Metadata(json);
    metadata.selectNumberingPlan(country);
    const prefix = (
      metadata.numberingPlan as { IDDPrefix?: () => unknown } | undefined
    )?.IDDPrefix?.();
    if (typeof prefix !== 'string' || prefix === '') return undefined;
    const match = new RegExp(`^(?:${prefix})`).exec(digits);
    return match ? digits.slice(match[0].length) : undefined;
  } catch {
    return undefined;
  }
}

/** What the engine offers the eager modules (see the module comment). */
export const phoneEngine = {
  judgePhone,
  formatPartialNumber,
  afterInternationalPrefix,
  /** The phone field's editing with the plans (see `field-with-plan.ts`; `text.ts` calls it). */
  field: {
    edit: editPhoneField,
    refresh: refreshPhoneField,
    selectCountry: selectFieldCountry,
    value: phoneFieldValue,
  },
};

/** The phone engine's functions (see {@link phoneEngine}). */
export type PhoneEngine = typeof phoneEngine;
