// Controls how the send path chunk loads (at once, held, failing) and counts its loads, the
// way test/helpers/phone-metadata.ts does for phone pieces.
import { afterEach } from 'vitest';
import { loadSendPath, resetSendPath } from '../../src/core/send-path/load-send-path.js';
import * as sendPathChunk from '../../src/core/send-path/send-path.js';

/** How the next loads end: at once, with a browser's chunk failure, or when the test says. */
export type SendPathLoadMode = 'load' | 'fail' | 'hold';

/** What a browser throws when a chunk cannot be fetched (offline, CSP, removed by a deploy). */
export const chunkFailure = () =>
  new TypeError('Failed to fetch dynamically imported module: /assets/send-path-x.js');

/**
 * Swaps the send path importer for one this test drives; restores the real one (already
 * loaded, as the unit setup leaves it) after each test.
 */
export function controlSendPath(initialMode: SendPathLoadMode = 'load') {
  let mode = initialMode;
  const held: { settle: (ok: boolean) => void }[] = [];
  let loads = 0;
  resetSendPath(
    () =>
      new Promise((resolve, reject) => {
        loads += 1;
        const settle = (ok: boolean) => (ok ? resolve(sendPathChunk) : reject(chunkFailure()));
        if (mode === 'hold') held.push({ settle });
        else settle(mode === 'load');
      }),
  );
  return {
    /** How many times the page asked for the chunk. */
    get loads() {
      return loads;
    },
    /** How the next loads end. */
    setMode(next: SendPathLoadMode) {
      mode = next;
    },
    /** Ends every held load, loaded or failed. */
    release(ok = true) {
      for (const load of held.splice(0)) load.settle(ok);
    },
  };
}

/** Registers the restore of the real (loaded) send path after each test of the file. */
export function restoreSendPathAfterEach() {
  afterEach(async () => {
    resetSendPath();
    await loadSendPath();
  });
}
