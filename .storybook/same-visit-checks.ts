/**
 * Under Vitest only (see vitest.setup.ts): the light and 320 px checks of a story, in the same
 * visit as its dark one. The story project opens every story with the `theme` toolbar global on
 * dark (vitest.config.ts), so the story renders and plays once, themed by the preview's
 * decorator as a person's toolbar click would theme it, and is checked by axe and the
 * no-sideways-scroll check at Storybook's default 1200 px. Then, on what it left on screen:
 * the page must be dark (see dark-canvas.ts); the global switches to light, the kit as it ships
 * (no `data-theme`, with the OS in dark mode: the kit must ignore it) and axe runs again; then
 * the window narrows to 320 CSS px (WCAG 1.4.10 reflow, Storybook's `mobile1` viewport) and
 * axe and the no-sideways-scroll check run again. One visit instead of a project per check:
 * the plays, most of the time a story test takes, run once.
 */
import { afterEach as axeCheck } from '@storybook/addon-a11y/preview';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import { page } from 'vitest/browser';
import { assertDarkCanvas } from './dark-canvas.js';
import { assertNoSidewaysScroll } from './no-sideways-scroll.js';
import { applyCanvasTheme, type StoryTheme, storyTheme } from './theme.js';

/** What of the composed story the checks read (the Vitest plugin puts it on the test context). */
export interface VisitedStory {
  id: string;
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  reporting: unknown;
}

/** The narrow window of the reflow check: Storybook's `mobile1` viewport (320 x 568). */
export const NARROW_VIEWPORT = {
  width: Number.parseInt(MINIMAL_VIEWPORTS.mobile1.styles.width, 10),
  height: Number.parseInt(MINIMAL_VIEWPORTS.mobile1.styles.height, 10),
};

/** Runs `check` and names the pass in its error, so a failure says which check it was. */
export async function named(pass: string, check: () => unknown): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof Error) error.message = `[${pass}] ${error.message}`;
    throw error;
  }
}

/** The a11y addon's own check (the story's `a11y` parameters), with `globals` as given. */
function runAxe(story: VisitedStory, globals: Record<string, unknown>): Promise<unknown> {
  const context = { ...story, globals, viewMode: 'story' };
  return Promise.resolve(axeCheck(context as unknown as Parameters<typeof axeCheck>[0]));
}

/** A frame for the layout (and any ResizeObserver) to catch up with a new width or theme. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Switches the story on screen to `theme` as the toolbar's global does (the same function the
 * preview's decorator runs on a new global), without rendering it again.
 */
async function switchTheme(
  story: VisitedStory,
  theme: StoryTheme,
): Promise<Record<string, unknown>> {
  const globals = { ...story.globals, theme };
  applyCanvasTheme(document.documentElement, storyTheme(globals.theme), 'story');
  await nextFrame();
  return globals;
}

/**
 * The checks after a story's own run (see the file's comment). Leaves the theme as the story
 * had it; the next story sets its own viewport.
 */
export async function checkLightAndNarrow(story: VisitedStory): Promise<void> {
  const ownTheme = storyTheme(story.globals.theme);
  if (ownTheme === 'dark') await named('theme: dark', assertDarkCanvas);
  try {
    const light = await switchTheme(story, 'light');
    await named('theme: light', () => runAxe(story, light));
    await page.viewport(NARROW_VIEWPORT.width, NARROW_VIEWPORT.height);
    await nextFrame();
    await named('theme: light, 320 px', () => runAxe(story, light));
    await named('theme: light, 320 px', assertNoSidewaysScroll);
  } finally {
    await switchTheme(story, ownTheme);
  }
}
