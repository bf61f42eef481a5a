import {
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';

/**
 * As-you-type grouping without libphonenumber's `AsYouType` (about 6 kB gzipped, more than the
 * whole send button): the digits typed so far are completed into the shortest number of the
 * plan, that number is formatted the way libphonenumber formats complete numbers, and the
 * result is cut back after the last digit typed. A complete number therefore shows exactly
 * libphonenumber's format; a half-typed one shows the grouping it is heading for
 * (`138 0013` for the first seven digits of `138 0013 8000`).
 */

/** Groupings start from the third digit: `1`, `13` stay as typed. */
const MIN_DIGITS_TO_GROUP = 3;

/** Longest national number in any plan (ITU E.164 allows 15 digits plus a trunk prefix). */
const MAX_DIGITS = 17;

/**
 * Digits tried to complete a number. Plans constrain leading digits, rarely trailing ones, so a
 * few runs of one digit find a valid completion where one exists.
 */
const FILLERS = ['0', '5', '9', '1'];

/** How the digits are to be read and grouped. */
export type PartialLayout =
  /** Digits dialled inside the country, trunk prefix included if the user typed one. */
  | 'national'
  /** A national significant number that followed `+<calling code>`: no trunk prefix. */
  | 'significant';

/**
 * The start of `formatted` holding exactly `digits`, in order, or `undefined` when the format
 * writes other digits (a trunk prefix the user did not type). A bracket opened around the last
 * digits is closed: `(201)`.
 */
function cutAfter(formatted: string, digits: string): string | undefined {
  let seen = 0;
  let end = 0;
  while (end < formatted.length && seen < digits.length) {
    const char = formatted.charAt(end);
    if (char >= '0' && char <= '9') {
      if (char !== digits.charAt(seen)) return undefined;
      seen += 1;
    }
    end += 1;
  }
  if (seen < digits.length) return undefined;
  const cut = formatted.slice(0, end);
  const closes = cut.lastIndexOf('(') > cut.lastIndexOf(')') && formatted.charAt(end) === ')';
  return closes ? `${cut})` : cut;
}

/** The national format of a completed number, or its international one minus `+<code> `. */
function groupedLike(
  candidate: string,
  digits: string,
  country: CountryCode,
  callingCode: string,
  layout: PartialLayout,
  metadata: MetadataJson,
  accept: 'valid' | 'possible',
): string | undefined {
  const text = layout === 'significant' ? `+${callingCode}${candidate}` : candidate;
  const phone = parsePhoneNumberFromString(text, country, metadata);
  if (!phone || !(accept === 'valid' ? phone.isValid() : phone.isPossible())) return undefined;
  const national = cutAfter(phone.formatNational(), digits);
  if (national !== undefined) return national;
  // Many plans (GB, FR, JP, DE...) write a trunk prefix in national format; digits typed
  // without it read the same way in the international grouping.
  const prefix = `+${phone.countryCallingCode} `;
  const international = phone.formatInternational();
  const withoutPrefix = international.startsWith(prefix)
    ? cutAfter(international.slice(prefix.length), digits)
    : undefined;
  return withoutPrefix ?? withTypedTrunkPrefix(phone, candidate, digits, layout);
}

/**
 * Plans whose national format leaves the trunk prefix out (the US and the rest of +1): a
 * number typed with it (`1 213…`) is grouped after it, as people read it: `1 (213) 373-4253`.
 */
function withTypedTrunkPrefix(
  phone: PhoneNumber,
  candidate: string,
  digits: string,
  layout: PartialLayout,
): string | undefined {
  if (layout !== 'national' || !candidate.endsWith(phone.nationalNumber)) return undefined;
  const trunk = candidate.slice(0, candidate.length - phone.nationalNumber.length);
  // Like any grouping, from the third digit after the prefix on: `121` stays as typed.
  if (trunk === '' || digits.length - trunk.length < MIN_DIGITS_TO_GROUP) return undefined;
  const rest = cutAfter(phone.formatNational(), digits.slice(trunk.length));
  return rest === undefined ? undefined : `${trunk} ${rest}`;
}

/**
 * Groups typed digits like libphonenumber formats the number they are heading for.
 * @param digits - ASCII digits only, as typed (national) or after the calling code (significant).
 * @param callingCode - the calling code of `country`, digits only.
 * @returns the grouped text, or `undefined` when no number of the plan starts with these
 *   digits (then the caller shows them as typed).
 * @example formatPartialNumber('1380013', 'CN', '86', 'national', metadata) // '138 0013'
 */
export function formatPartialNumber(
  digits: string,
  country: CountryCode,
  callingCode: string,
  layout: PartialLayout,
  metadata: MetadataJson,
): string | undefined {
  if (digits.length < MIN_DIGITS_TO_GROUP || digits.length > MAX_DIGITS) return undefined;
  // A valid completion picks the format mobiles use; a merely possible one (right length)
  // still groups plans whose valid numbers no run of one digit completes (`268 464…`).
  for (const accept of ['valid', 'possible'] as const) {
    const fillers = accept === 'valid' ? FILLERS : FILLERS.slice(0, 1);
    for (let extra = 0; digits.length + extra <= MAX_DIGITS; extra += 1) {
      for (const filler of extra === 0 ? [''] : fillers) {
        const candidate = digits + filler.repeat(extra);
        const grouped = groupedLike(
          candidate,
          digits,
          country,
          callingCode,
          layout,
          metadata,
          accept,
        );
        if (grouped !== undefined) return grouped;
      }
    }
  }
  return undefined;
}
