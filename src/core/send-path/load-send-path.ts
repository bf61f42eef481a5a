import { GenAuthLoadError } from '../api/errors.js';
import type * as SendPathModule from './send-path.js';

/**
 * Loads the send path (see `send-path.ts`) the first time something is sent, not with the
 * page: a login page shows its field, its button and any persisted countdown without it.
 * Every caller shares one load; a failed load is forgotten, so the next send tries again.
 *
 * @internal Used by the transport, the cooldown store, `requestCode`, the endpoints that check
 * a phone body, and the send buttons.
 */

/** What the send path chunk exports. */
export type SendPath = typeof SendPathModule;

/** Loads the send path chunk. */
export type SendPathImporter = () => Promise<SendPath>;

const importChunk: SendPathImporter = () => import('./send-path.js');

let importer: SendPathImporter = importChunk;
let loading: Promise<SendPath> | undefined;

/**
 * The send path, loading it on first use.
 * @throws {GenAuthLoadError} (as a rejection) when the chunk cannot be loaded; nothing was sent.
 */
export function loadSendPath(): Promise<SendPath> {
  if (loading) return loading;
  const load: Promise<SendPath> = importer().catch((cause: unknown) => {
    if (loading === load) loading = undefined;
    throw new GenAuthLoadError({ cause });
  });
  loading = load;
  return load;
}

/** Starts loading the send path ahead of a likely send (pointer over, or focus on, a send button). */
export function preloadSendPath(): void {
  // A failure here is not the user's concern yet: the send itself loads again and reports it.
  loadSendPath().catch(() => undefined);
}

/**
 * @internal Forgets the loaded send path and, for tests, swaps the importer (to delay or fail
 * the load, or count loads). Not part of the package's API.
 */
export function resetSendPath(next: SendPathImporter = importChunk): void {
  importer = next;
  loading = undefined;
}
