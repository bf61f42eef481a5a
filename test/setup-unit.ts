import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { loadSendPath } from '../src/core/send-path/load-send-path.js';
import { installFullPhoneMetadata } from '../src/phone-full.js';

// Testing Library only recognises Jest's fake timers: with a `jest` global whose
// advanceTimersByTime drives Vitest's clock, waitFor advances fake time itself, inside act(),
// so updates that follow a timer (a mock's latency, TanStack Query's batched notifications)
// land inside act instead of in the gaps between two awaited helpers.
(globalThis as { jest?: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};

// waitFor / findBy end as soon as their state is there; their cap (1 s by default) is what a
// busy machine overran on real time. The cap of the browser and story tests (STATE_WAIT).
// On fake time it changes nothing that passes: waitFor stops at the first success.
configure({ asyncUtilTimeout: 20_000 });

// All phone metadata at once: tests judge numbers without waiting for pieces. Tests about
// pieces (loading, arriving late, failing) reset the store themselves (test/helpers/phone-metadata).
installFullPhoneMetadata();

// The send path (transport, cross-tab lock) loads on a page's first send, by dynamic import.
// Loaded once here, as a page has it after that first send, so tests on fake time need not
// wait for real module loading. Tests about the load itself swap the importer.
await loadSendPath();
