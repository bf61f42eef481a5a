// Types of the modules scripts/build-phone-metadata.mjs writes here (the .js files are build
// output, never committed; this declaration is, so type-checking needs no build step).

/** The numbering plans of one calling code, in libphonenumber-js's compressed metadata format. */
export interface PhoneMetadataPiece {
  /** The calling code without `+`, e.g. `44`. */
  callingCode: string;
  /** Every country of that calling code (`GB`, `GG`, `IM`, `JE` for `44`). */
  countries: Record<string, unknown>;
  /** The plan of a non-geographic calling code (`800`, `882`...). */
  nonGeographic?: Record<string, unknown>;
}

/** libphonenumber-js's metadata format version of the pieces. */
export declare const metadataVersion: number;
/**
 * Every calling code (without `+`) followed by its countries' ISO codes, main country first,
 * entries separated by spaces: `"1USAG… 7RUKZ 20EG … 800"` (no country: non-geographic).
 */
export declare const callingCodeIndex: string;
/** One dynamic `import()` per calling code. */
export declare const pieceLoaders: Readonly<
  Record<string, () => Promise<{ default: PhoneMetadataPiece }>>
>;
