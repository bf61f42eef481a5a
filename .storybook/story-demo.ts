import { createContext, useContext } from 'react';
import type { GenAuthClient } from '../src/core/api/client.js';
import type { CooldownStore } from '../src/core/cooldown/store.js';
import { getDefaultCooldownStore } from '../src/core/cooldown/store.js';
import { createFlowResumeStore, type FlowResumeStore } from '../src/core/flow-resume/store.js';
import type { GenAuthMock } from '../src/mock/index.js';
import { storyClient, storyMock } from './genauth.js';

/**
 * What a story runs against, chosen by the preview per story:
 * - `persisted`: the flagship stories (`parameters: { persistedDemo: true }`): the demo mock
 *   and cooldown store, both in localStorage, shared by tabs and reloads, never reset on open;
 * - `sandbox`: other visible stories: a fresh mock and an in-memory store, so each shows its
 *   own state (a failure, a 3 s cooldown) whatever was clicked elsewhere;
 * - `test`: the test-only stories: like `sandbox`, so tests never touch what a person sees.
 */
export type StoryDemoMode = 'persisted' | 'sandbox' | 'test';

/** The mock and cooldown store of the story on screen, and how to reset both. */
export interface StoryDemo {
  mode: StoryDemoMode;
  mock: GenAuthMock;
  /** The client that talks to `mock` (or to the real app when one is configured). */
  client: GenAuthClient;
  cooldownStore: CooldownStore;
  /**
   * Where the flows remember their code step: the persisted demo's in localStorage (a reload or
   * a second tab comes back to it), else one in memory per story.
   */
  resumeStore: FlowResumeStore;
  /** Clears the cooldowns and the mock's memory ("Reset demo"). */
  reset: () => void;
  /** Counts the resets made on this page, so that views of the mock re-read it. */
  generation: number;
}

/** @internal Set by the preview's decorator. */
export const StoryDemoContext = createContext<StoryDemo>({
  mode: 'sandbox',
  mock: storyMock,
  client: storyClient,
  cooldownStore: getDefaultCooldownStore(),
  resumeStore: createFlowResumeStore({ storage: null }),
  reset: () => storyMock.reset(),
  generation: 0,
});

/** The mock and cooldown store the current story talks to. */
export function useStoryDemo(): StoryDemo {
  return useContext(StoryDemoContext);
}
