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
