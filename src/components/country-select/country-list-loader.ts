'use client';
import { useSyncExternalStore } from 'react';

/**
 * The country list's code (search, list building, options, keyboard) is a chunk of its own,
 * fetched with `import()` the first time someone interacts with a country selector: a page
 * whose users only type a number never downloads it. One load for the whole page; a failed
 * load is tried again at the next request.
 */

/** What the lazy chunk exports. */
export type CountryListModule = typeof import('./country-list-ui.js');

/** Loads the chunk. Replaceable in tests. */
export type CountryListImporter = () => Promise<CountryListModule>;

/** Where the chunk stands; `module` once it is `ready`. */
export type CountryListLoad =
  | {
      status: 'idle' | 'loading' | 'failed';
      module?: undefined;
      /** The last load failed (a retry may be on its way): the selector keeps saying so. */
      hasFailed?: boolean;
    }
  | { status: 'ready'; module: CountryListModule; hasFailed?: undefined };

const defaultImporter: CountryListImporter = () => import('./country-list-ui.js');

const IDLE: CountryListLoad = { status: 'idle' };
let importList: CountryListImporter = defaultImporter;
let current: CountryListLoad = IDLE;
const listeners = new Set<() => void>();

function publish(next: CountryListLoad) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * Starts loading the country list unless it is loaded or on its way. Safe to call on every
 * interaction: it is how a failed load is retried.
 */
export function loadCountryList(): void {
  if (current.status === 'ready' || current.status === 'loading') return;
  const importer = importList;
  publish({ status: 'loading', hasFailed: current.status === 'failed' });
  importer().then(
    (module) => {
      if (importer === importList) publish({ status: 'ready', module });
    },
    () => {
      // Offline, a missing chunk after a deploy, a Content Security Policy: the selector says
      // so and the next interaction tries again.
      if (importer === importList) publish({ status: 'failed', hasFailed: true });
    },
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const snapshot = () => current;
// The server, and the hydrating client, render the closed selector, which needs no list.
const serverSnapshot = () => IDLE;

/** @internal Where the country list's chunk stands, re-rendering when that changes. */
export function useCountryListLoad(): CountryListLoad {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

/**
 * @internal For tests: forget the loaded chunk and load it with `importer` from now on (the
 * real `import()` when omitted). A load still on its way is ignored when it settles.
 */
export function resetCountryListLoader(importer: CountryListImporter = defaultImporter): void {
  importList = importer;
  publish(IDLE);
}
