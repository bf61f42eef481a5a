import type { MetadataJson } from 'libphonenumber-js/core';
import { metadataVersion } from './generated/index.js';
import { importPhoneMetadataPiece } from './import-piece.js';
import { loadPhoneEngine } from './load-phone-engine.js';
import type { PhoneEngine } from './phone-engine.js';

/** The numbering plans of one calling code, in libphonenumber-js's compressed metadata format. */
export interface PhoneMetadataPiece {
  /** The calling code without `+`, e.g. `44`. */
  callingCode: string;
  /** Every country of that calling code (`GB`, `GG`, `IM`, `JE` for `44`). */
  countries: Record<string, unknown>;
  /** The plan of a non-geographic calling code (`800`, `882`...). */
  nonGeographic?: Record<string, unknown>;
}

/**
 * The phone metadata in use: the pieces loaded so far, merged into one libphonenumber-js
 * metadata object. Pieces (one per calling code) arrive by dynamic `import()` the first time
 * a number needs them; concurrent requests for a piece share one load. The first request also
 * loads the phone engine (libphonenumber-js, see `phone-engine.ts`): a calling code is `ready`
 * once its piece and the engine are both there.
 */

/** Where a calling code's numbering plans stand. */
export type PhoneMetadataStatus = 'absent' | 'loading' | 'ready' | 'failed';

/** An immutable view of the metadata in use; a new one is made at every change. */
export interface PhoneMetadataSnapshot {
  /** The merged metadata: only calling codes whose piece is loaded. */
  readonly metadata: MetadataJson;
  /** Status of a calling code (digits, no `+`). */
  statusOf: (callingCode: string) => PhoneMetadataStatus;
  /**
   * The phone engine (libphonenumber-js and what runs on a loaded plan), there whenever a
   * calling code is `ready`; `undefined` until the first piece arrives.
   */
  readonly engine: PhoneEngine | undefined;
}

/** Loads the piece of one calling code. */
export type PhoneMetadataImporter = (callingCode: string) => Promise<PhoneMetadataPiece>;

/** A piece could not be loaded (offline, a missing chunk, a Content Security Policy...). */
export class PhoneMetadataLoadError extends Error {
  /** The calling codes (digits) whose numbering plans are missing. */
  declare readonly callingCodes: readonly string[];

  constructor(callingCodes: readonly string[], options?: { cause?: unknown }) {
    super(`Could not load phone metadata for +${callingCodes.join(', +')}`, options);
    // Set here, not as class fields: see GenAuthError.
    this.name = 'PhoneMetadataLoadError';
    this.callingCodes = callingCodes;
  }
}

const defaultImporter: PhoneMetadataImporter = importPhoneMetadataPiece;

function emptyMetadata(): MetadataJson {
  return {
    version: metadataVersion,
    country_calling_codes: {},
    countries: {},
    nonGeographic: {},
  } as unknown as MetadataJson;
}

function snapshotOf(
  metadata: MetadataJson,
  statuses: ReadonlyMap<string, PhoneMetadataStatus>,
  engine: PhoneEngine | undefined,
): PhoneMetadataSnapshot {
  return { metadata, engine, statusOf: (code: string) => statuses.get(code) ?? 'absent' };
}

/** What the server renders with, and what hydration starts from: nothing loaded. */
export const EMPTY_PHONE_METADATA: PhoneMetadataSnapshot = snapshotOf(
  emptyMetadata(),
  new Map(),
  undefined,
);

let importPiece: PhoneMetadataImporter = defaultImporter;
let statuses = new Map<string, PhoneMetadataStatus>();
let inFlight = new Map<string, Promise<void>>();
let snapshot: PhoneMetadataSnapshot = EMPTY_PHONE_METADATA;
/** Kept across resets: it is code, not data. */
let engine: PhoneEngine | undefined;
const listeners = new Set<() => void>();

function publish(metadata: MetadataJson = snapshot.metadata) {
  snapshot = snapshotOf(metadata, new Map(statuses), engine);
  for (const listener of listeners) listener();
}

type LooseMetadata = {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
};

function merge(base: MetadataJson, pieces: readonly PhoneMetadataPiece[]): MetadataJson {
  const current = base as unknown as LooseMetadata;
  const next: LooseMetadata = {
    version: current.version,
    country_calling_codes: { ...current.country_calling_codes },
    countries: { ...current.countries },
    nonGeographic: { ...current.nonGeographic },
  };
  for (const piece of pieces) {
    const countries = Object.keys(piece.countries);
    // libphonenumber's own metadata lists no country for non-geographic codes.
    if (countries.length > 0) next.country_calling_codes[piece.callingCode] = countries;
    Object.assign(next.countries, piece.countries);
    Object.assign(next.nonGeographic ?? {}, piece.nonGeographic);
  }
  return next as unknown as MetadataJson;
}

/** The metadata in use now. */
export function getPhoneMetadataSnapshot(): PhoneMetadataSnapshot {
  return snapshot;
}

/** Calls `listener` after every change (a piece started loading, arrived or failed). */
export function subscribePhoneMetadata(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Makes sure the piece of a calling code (digits) is merged, loading it once however many
 * callers ask at the same time. A failed piece is tried again on the next request.
 * @throws {PhoneMetadataLoadError} (as a rejection) when the piece cannot be loaded.
 */
export function requirePhoneMetadata(callingCode: string): Promise<void> {
  if (statuses.get(callingCode) === 'ready') return Promise.resolve();
  const running = inFlight.get(callingCode);
  if (running) return running;
  const importer = importPiece;
  // The engine comes with the first piece: both are needed before anything is judged.
  const load: Promise<void> = Promise.all([
    importer(callingCode),
    engine ?? loadPhoneEngine(),
  ]).then(
    ([piece, loaded]) => {
      if (inFlight.get(callingCode) === load) inFlight.delete(callingCode);
      if (importer !== importPiece) return; // the store was reset meanwhile (tests)
      engine = loaded;
      statuses.set(callingCode, 'ready');
      publish(merge(snapshot.metadata, [piece]));
    },
    (cause: unknown) => {
      if (inFlight.get(callingCode) === load) inFlight.delete(callingCode);
      if (importer !== importPiece) return;
      statuses.set(callingCode, 'failed');
      publish();
      throw new PhoneMetadataLoadError([callingCode], { cause });
    },
  );
  inFlight.set(callingCode, load);
  statuses.set(callingCode, 'loading');
  publish();
  return load;
}

/**
 * Merges whole metadata (e.g. libphonenumber-js's `mobile` metadata) at once, with the engine
 * that reads it: every calling code it holds becomes ready without any loading. Used by
 * `genauth-sms-react/phone-full`.
 */
export function installPhoneMetadata(metadata: MetadataJson, withEngine: PhoneEngine): void {
  engine = withEngine;
  const full = metadata as unknown as LooseMetadata;
  const entries = Object.entries(full.country_calling_codes);
  for (const code of Object.keys(full.nonGeographic ?? {})) entries.push([code, ['001']]);
  const pieces: PhoneMetadataPiece[] = entries.map(([callingCode, countries]) => {
    const piece: PhoneMetadataPiece = { callingCode, countries: {} };
    for (const country of countries) {
      if (country !== '001') piece.countries[country] = full.countries[country];
    }
    const nonGeographic = full.nonGeographic?.[callingCode];
    if (nonGeographic) piece.nonGeographic = { [callingCode]: nonGeographic };
    return piece;
  });
  for (const piece of pieces) statuses.set(piece.callingCode, 'ready');
  publish(merge(snapshot.metadata, pieces));
}

/**
 * @internal Forgets every loaded piece and, for tests, swaps the importer (to delay or fail
 * pieces, or count loads). The engine stays unless `forgetEngine` (tests of its own load, with
 * `resetPhoneEngineLoader`). Not part of the package's API.
 */
export function resetPhoneMetadataStore(
  importer: PhoneMetadataImporter = defaultImporter,
  forgetEngine = false,
): void {
  importPiece = importer;
  if (forgetEngine) engine = undefined;
  statuses = new Map();
  inFlight = new Map();
  publish(emptyMetadata());
}
