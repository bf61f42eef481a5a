import { allCallingCodes, callingCodeOfCountry, isKnownCallingCode } from './metadata-index.js';
import { isCallingCodeAllowed, neededCallingCode } from './metadata-needs.js';
import {
  getPhoneMetadataSnapshot,
  PhoneMetadataLoadError,
  type PhoneMetadataStatus,
  requirePhoneMetadata,
} from './metadata-store.js';
import { scanPhoneText, toInternationalForm } from './normalize-text.js';
import { type ParsedPhone, type ParsePhoneOptions, parsePhone } from './parse.js';

/** A calling code (`+44`, `44`) or an ISO country code (`GB`) to digits, if known. */
function callingCodeOf(entry: string): string | undefined {
  const digits = entry.trim().replace(/^\+/, '');
  if (/^\d{1,3}$/.test(digits)) return isKnownCallingCode(digits) ? digits : undefined;
  return callingCodeOfCountry(entry.trim().toUpperCase());
}

/**
 * Loads the phone metadata of some countries or calling codes (every one when omitted), so
 * that {@link parsePhone} can judge their numbers. Each calling code's piece is downloaded
 * once (concurrent calls share it); unknown entries are ignored.
 * @throws {PhoneMetadataLoadError} (as a rejection) naming every piece that could not load.
 * @example
 * await loadPhoneMetadata(['CN', '+44']);
 * parsePhone('+44 7400 123456'); // { valid: true, ... }
 */
export async function loadPhoneMetadata(
  countriesOrCallingCodes?: readonly string[],
): Promise<void> {
  const codes = countriesOrCallingCodes
    ? countriesOrCallingCodes.map(callingCodeOf).filter((code) => code !== undefined)
    : allCallingCodes();
  const results = await Promise.allSettled([...new Set(codes)].map(requirePhoneMetadata));
  const failed = [...new Set(codes)].filter((_, index) => results[index]?.status === 'rejected');
  if (failed.length > 0) {
    const cause = results.find((result) => result.status === 'rejected');
    throw new PhoneMetadataLoadError(failed, { cause: cause?.reason });
  }
}

/**
 * Where the metadata of a country (`GB`) or calling code (`+44`) stands: `absent` (never
 * asked for), `loading`, `ready` or `failed`.
 */
export function getPhoneMetadataStatus(countryOrCallingCode: string): PhoneMetadataStatus {
  const code = callingCodeOf(countryOrCallingCode);
  return code === undefined ? 'absent' : getPhoneMetadataSnapshot().statusOf(code);
}

/**
 * {@link parsePhone}, once the metadata the number needs is loaded: never `pending`. A piece
 * that cannot load gives `{ valid: false, reason: 'unavailable' }`, not a rejection.
 * @example const parsed = await parsePhoneAsync('+44 7400 123456');
 */
export async function parsePhoneAsync(
  input: string,
  options: ParsePhoneOptions = {},
): Promise<ParsedPhone> {
  const chars = toInternationalForm(scanPhoneText(input).chars);
  // Twice at most: national text may name another calling code once its own plan is known
  // (`011 44…` in the US).
  for (let round = 0; round < 2; round += 1) {
    const code = neededCallingCode(
      chars,
      options.defaultCountry ?? 'CN',
      getPhoneMetadataSnapshot(),
    );
    if (code === undefined || !isCallingCodeAllowed(code, options.countries)) break;
    try {
      await requirePhoneMetadata(code);
    } catch {
      break;
    }
  }
  return parsePhone(input, options);
}
