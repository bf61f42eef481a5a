import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { parsePhone } from '../../src/index.js';

/** The E.164 number as GenAuth's two fields; `null` when it is not a valid number. */
export function phoneFields(
  e164: string,
): { phoneNumber: string; phoneCountryCode: string } | null {
  const parsed = parsePhone(e164);
  return parsed.valid
    ? { phoneNumber: parsed.phoneNumber, phoneCountryCode: parsed.phoneCountryCode }
    : null;
}

/**
 * The E.164 number as people read it (`+86 138 0013 8000`), for showing a bound number. A page
 * may format with libphonenumber-js's full metadata: what it shows is not on the send path.
 */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
