import { type CountryCode, Metadata, type PhoneNumber } from 'libphonenumber-js/mobile';

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

const plans = new Map<string, MobilePlan>();

function whole(source: unknown): RegExp | null {
  return typeof source === 'string' && source !== '' ? new RegExp(`^(?:${source})$`) : null;
}

function planOf(phone: PhoneNumber): MobilePlan {
  const key = phone.country ?? phone.countryCallingCode;
  const cached = plans.get(key);
  if (cached) return cached;
  const metadata = new Metadata();
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
  plans.set(key, plan);
  return plan;
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
