import { parsePhoneNumberFromString } from 'libphonenumber-js/mobile';

/**
 * The E.164 form GenAuth would store for a (calling code, national number) pair, so that one
 * phone is one recipient however it was written: `+44 07700900123` (with the national trunk
 * prefix) and `+44 7700900123` are the same number, as are numbers with spaces or dashes.
 * libphonenumber-js reads the national part as it would be dialled inside the country, which
 * drops a trunk prefix only where the country's plan has one (Italy's leading 0 is kept).
 * A number it cannot place (an unassigned calling code) keeps its digits as they are.
 */
export function phoneKey(phoneCountryCode: string, phoneNumber: string): string {
  const callingCode = phoneCountryCode.replace(/\D/g, '');
  const digits = phoneNumber.replace(/\D/g, '');
  try {
    const parsed = parsePhoneNumberFromString(digits, { defaultCallingCode: callingCode });
    if (parsed && parsed.countryCallingCode === callingCode) return parsed.number;
  } catch {
    // Not a number libphonenumber-js can read: fall back to the digits.
  }
  return `+${callingCode}${digits}`;
}
