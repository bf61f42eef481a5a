// Types of the modules scripts/build-phone-metadata.mjs writes here (the .js files are build
// output, never committed; this declaration is, so type-checking needs no build step).

import type { PhoneMetadataPiece } from '../metadata-store.js';

/** libphonenumber-js's metadata format version of the pieces. */
export declare const metadataVersion: number;
/**
 * Every calling code (without `+`) followed by its countries' ISO codes, main country first,
 * entries separated by spaces: `"1USAG… 7RUKZ 20EG … 800"` (no country: non-geographic).
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
