import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';
import { installFullPhoneMetadata } from '../src/phone-full.js';

// Testing Library only recognises Jest's fake timers: with a `jest` global whose
// advanceTimersByTime drives Vitest's clock, waitFor advances fake time itself, inside act(),
// so updates that follow a timer (a mock's latency, TanStack Query's batched notifications)
// land inside act instead of in the gaps between two awaited helpers.
(globalThis as { jest?: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};

// All phone metadata at once: tests judge numbers without waiting for pieces. Tests about
// pieces (loading, arriving late, failing) reset the store themselves (test/helpers/phone-metadata).
installFullPhoneMetadata();
