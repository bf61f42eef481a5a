import type { PhoneEngine } from './phone-engine.js';

/**
 * Loads the phone engine (see `phone-engine.ts`), the lazy chunk that holds libphonenumber-js:
 * the metadata store asks for it with the first calling code's piece, so a page requests both
 * at mount and paints without either. Every caller shares one load; a failed load is
 * forgotten, so the next piece request tries again.
 *
 * @internal Used by the metadata store only.
 */

/** Loads the engine chunk. Replaceable in tests. */
export type PhoneEngineImporter = () => Promise<PhoneEngine>;

const importChunk: PhoneEngineImporter = () =>
  import('./phone-engine.js').then((chunk) => chunk.phoneEngine);

let importer: PhoneEngineImporter = importChunk;
let loading: Promise<PhoneEngine> | undefined;

/**
 * The phone engine, loading it on first use.
 * @throws {Error} (as a rejection) when the chunk cannot be loaded.
 */
export function loadPhoneEngine(): Promise<PhoneEngine> {
  if (loading) return loading;
  const load = importer().catch((cause: unknown) => {
    if (loading === load) loading = undefined;
    throw cause;
  });
  loading = load;
  return load;
}

/**
 * @internal For tests: forget the loaded engine and load it with `next` from now on (the real
 * `import()` when omitted), to delay or fail it. Not part of the package's API.
 */
export function resetPhoneEngineLoader(next: PhoneEngineImporter = importChunk): void {
  importer = next;
  loading = undefined;
}
