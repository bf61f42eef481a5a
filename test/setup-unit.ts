import '@testing-library/jest-dom/vitest';
import { vi } from 'vitest';

// Testing Library only recognises Jest's fake timers: with a `jest` global whose
// advanceTimersByTime drives Vitest's clock, waitFor advances fake time itself, inside act(),
// so updates that follow a timer (a mock's latency, TanStack Query's batched notifications)
// land inside act instead of in the gaps between two awaited helpers.
(globalThis as { jest?: unknown }).jest = {
  advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms),
};
