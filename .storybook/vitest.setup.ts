// Setup of the Storybook test project (see vitest.config.ts).
import { configure } from 'storybook/test';
import { afterEach } from 'vitest';
import { checkLightAndNarrow, type VisitedStory } from './same-visit-checks.js';

// The story project runs every story on CI's two cores beside the other projects, and a lazy
// chunk (the country list, a metadata piece) comes from Vite's dev server, compiled on first
// request: under that load it can take longer than testing-library's default 1 s to arrive. A
// real failure still fails, 20 s later (see waits.ts).
configure({ asyncUtilTimeout: 20_000 });

// Each story's light and 320 px checks, in the same visit as its dark one (same-visit-checks.ts).
// The Vitest plugin leaves the story on screen, and on the test context, until the next one.
afterEach(async (context) => {
  const story = (context as { story?: VisitedStory }).story;
  const result = context.task.result;
  if (!story || result?.state === 'skip') return;
  const [error] = result?.errors ?? [];
  // The story's own run failed (its play, or axe): say in which theme, and check no further.
  if (error) {
    error.message = `[theme: ${String(story.globals.theme)}] ${error.message}`;
    return;
  }
  await checkLightAndNarrow(story);
});
