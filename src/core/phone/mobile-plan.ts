import {
  type CountryCode,
  Metadata,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';

/**
 * What the `mobile` metadata says about a numbering plan beyond libphonenumber's typed API: the
 * plan's overall pattern and its mobile pattern and lengths. They are read duck-typed (the
 * typings do not list them); when missing, the checks below answer conservatively.
 */
interface MobilePlan {
  /** Every number of the plan, any type; `null` when unknown. */
  anyNumber: RegExp | null;
  /** Mobile numbers; `null` when unknown. */
  mobile: RegExp | null;
  /** Lengths a mobile national number can have. */
  mobileLengths: number[];
}

interface DuckTypedPlan {
  nationalNumberPattern?: () => unknown;
  type?: (name: string) => { pattern?: () => unknown; possibleLengths?: () => unknown } | undefined;
}

/** Plans by the metadata object they were read from: a newly merged piece starts afresh. */
const plans = new WeakMap<object, Map<string, MobilePlan>>();

function whole(source: unknown): RegExp | null {
  return typeof source === 'string' && source !== '' ? new RegExp(`^(?:${source})$`) : null;
}

/** The metadata a parsed number was read with (libphonenumber keeps it, untyped). */
function metadataOf(phone: PhoneNumber): MetadataJson {
  return (phone as unknown as { getMetadata: () => MetadataJson }).getMetadata();
}

function planOf(phone: PhoneNumber): MobilePlan {
  const key = phone.country ?? phone.countryCallingCode;
  const json = metadataOf(phone);
  let byKey = plans.get(json);
  if (!byKey) {
    byKey = new Map();
    plans.set(json, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const metadata = new Metadata(json);
  metadata.selectNumberingPlan(key as CountryCode);
  const raw = metadata.numberingPlan as DuckTypedPlan | undefined;
  const mobileType = raw?.type?.('MOBILE');
  const lengths = mobileType?.possibleLengths?.();
  const plan: MobilePlan = {
    anyNumber: whole(raw?.nationalNumberPattern?.()),
    mobile: whole(mobileType?.pattern?.()),
    mobileLengths: Array.isArray(lengths)
      ? lengths.filter((n): n is number => typeof n === 'number')
      : [],
  };
  byKey.set(key, plan);
  return plan;
}

/** True when the mobile metadata describes mobile numbers for the number's plan at all. */
export function hasMobilePlan(phone: PhoneNumber): boolean {
  return planOf(phone).mobile !== null;
}

/**
 * True when the number fits its country's plan at all: what tells a real fixed line
 * (`not_mobile`) from digits that are no number (`invalid`). Assumed true when unknown.
 */
export function fitsNumberingPlan(phone: PhoneNumber): boolean {
  const { anyNumber } = planOf(phone);
  return anyNumber === null || anyNumber.test(phone.nationalNumber);
}

/**
 * True when more digits could still make this a mobile number (`138 0013` in China), so that
 * a half-typed mobile is `too_short` rather than `not_mobile`. Regular expressions cannot test
 * prefixes, so the missing digits are tried as runs of one digit: exact for the usual plans
 * whose constraints sit in the leading digits, and otherwise erring towards `not_mobile`.
 */
export function couldBecomeMobile(phone: PhoneNumber): boolean {
  const { mobile, mobileLengths } = planOf(phone);
  const national = phone.nationalNumber;
  if (!mobile) return false;
  return mobileLengths.some(
    (length) =>
      length > national.length &&
      [...'0123456789'].some((digit) =>
        mobile.test(national + digit.repeat(length - national.length)),
      ),
  );
}

/**
 * True when the number starts with a whole mobile number and goes on (`138 0013 8000 1`): an
 * extra digit typed at the end, better reported as `too_long` than `not_mobile`.
 */
export function overrunsMobile(phone: PhoneNumber): boolean {
  const { mobile, mobileLengths } = planOf(phone);
  const national = phone.nationalNumber;
  return (
    mobile !== null &&
    mobileLengths.some(
      (length) => length < national.length && mobile.test(national.slice(0, length)),
    )
  );
}
