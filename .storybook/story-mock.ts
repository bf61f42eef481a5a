import { createContext, useContext } from 'react';
import type { GenAuthMock } from '../src/mock/index.js';
import { storyMock } from './genauth.js';

/** The GenAuth mock the story on screen talks to (the preview decides which, per story). */
export const StoryMockContext = createContext<GenAuthMock>(storyMock);

/** The mock the current story talks to: read its outbox, as a person would read their phone. */
export function useStoryMock(): GenAuthMock {
  return useContext(StoryMockContext);
}
