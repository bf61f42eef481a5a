import { importPhoneMetadataPiece } from '../../src/core/phone/import-piece.js';
import { loadPhoneMetadata } from '../../src/core/phone/load-metadata.js';
import {
  type PhoneMetadataImporter,
  resetPhoneMetadataStore,
} from '../../src/core/phone/metadata-store.js';

/** Loads every calling code's piece through the real loader (dynamic imports of the pieces). */
export function loadAllPhoneMetadata(): Promise<void> {
  return loadPhoneMetadata();
}

/** A piece request a test holds, to let it arrive or fail when the test says. */
export interface HeldPiece {
  callingCode: string;
  arrive: () => Promise<void>;
  fail: (error?: unknown) => void;
}

/**
 * Empties the metadata store and routes every piece through a gate the test opens: `held`
 * lists the requests in order (a piece requested twice at once appears once: loads are shared).
 */
export function holdPhoneMetadata(): { held: HeldPiece[]; requested: () => string[] } {
  const held: HeldPiece[] = [];
  const importer: PhoneMetadataImporter = (callingCode) =>
    new Promise((resolve, reject) => {
      held.push({
        callingCode,
        arrive: async () => {
          resolve(await importPhoneMetadataPiece(callingCode));
          // let the store merge and React commit
          await new Promise((done) => setTimeout(done, 0));
        },
        fail: (error = new TypeError('Failed to fetch dynamically imported module')) =>
          reject(error),
      });
    });
  resetPhoneMetadataStore(importer);
  return { held, requested: () => held.map((piece) => piece.callingCode) };
}

/** Puts the real importer back, with nothing loaded. */
export function resetPhoneMetadata(): void {
  resetPhoneMetadataStore();
}
