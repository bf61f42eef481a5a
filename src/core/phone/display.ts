import { getPhoneMetadataSnapshot, type PhoneMetadataSnapshot } from './metadata-store.js';
import { parsePhoneWith } from './parse.js';

/**
 * An E.164 number as people read it, `+86 138 0013 8000`: the calling code, a space, the
 * national significant number grouped like libphonenumber groups it. Until the metadata of its
 * calling code is loaded (or when it is not a valid mobile), the number as given.
 * @example formatPhoneForDisplay('+8613800138000') // '+86 138 0013 8000'
 */
export function formatPhoneForDisplay(
  e164: string,
  snapshot: PhoneMetadataSnapshot = getPhoneMetadataSnapshot(),
): string {
  const parsed = parsePhoneWith(e164, {}, snapshot);
  if (!parsed.valid || !parsed.country) return e164;
  const callingCode = parsed.phoneCountryCode.slice(1);
  // A valid number implies the engine.
  const grouped = snapshot.engine?.formatPartialNumber(
    parsed.phoneNumber,
    parsed.country,
    callingCode,
    'significant',
    snapshot.metadata,
  );
  return `${parsed.phoneCountryCode} ${grouped ?? parsed.phoneNumber}`;
}
