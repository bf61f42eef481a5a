// Types of the modules scripts/build-phone-metadata.mjs writes here (the .js files are build
// output, never committed; this declaration is, so type-checking needs no build step).

import type { PhoneMetadataPiece } from '../metadata-store.js';

/** libphonenumber-js's metadata format version of the pieces. */
export declare const metadataVersion: number;
/**
 * Every calling code with its countries, ascending, entries separated by commas: the step from
 * the previous calling code (absent when 1), then the countries' ISO codes in lower
 * case, main country first (none: non-geographic), e.g. `"usagai…,6rukz,13eg,7za"` for
 * +1 (US, AG, AI…), +7 (RU, KZ), +20 (EG), +27 (ZA).
 */
export declare const callingCodeIndex: string;
/**
 * One dynamic `import()` per world zone (first digit of the calling code), giving that zone's
 * table: one dynamic `import()` per calling code.
 */
export declare const pieceTables: Readonly<
  Record<
    string,
    () => Promise<{
      default: Readonly<Record<string, () => Promise<{ default: PhoneMetadataPiece }>>>;
    }>
  >
>;
