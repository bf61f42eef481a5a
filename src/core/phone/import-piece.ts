import { pieceTables } from './generated/index.js';
import type { PhoneMetadataPiece } from './metadata-store.js';

/**
 * Imports the metadata piece of one calling code, in two small steps: the table of its world
 * zone (the calling codes sharing its first digit, one `import()` each), then the piece. The
 * page itself holds only nine table addresses: all 215 piece addresses, hashed by the app's
 * bundler, would cost it about 3 kB gzipped before any number is typed.
 * @throws {Error} for a calling code without a piece, or when a chunk cannot be fetched.
 */
export async function importPhoneMetadataPiece(callingCode: string): Promise<PhoneMetadataPiece> {
  const table = pieceTables[callingCode.charAt(0)];
  const load = table ? (await table()).default[callingCode] : undefined;
  if (!load) throw new Error(`No phone metadata piece for +${callingCode}`);
  return (await load()).default;
}
