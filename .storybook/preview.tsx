import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createCooldownStore } from '../src/core/cooldown/store.js';
import { createFlowResumeStore } from '../src/core/flow-resume/store.js';
import { GenAuthProvider } from '../src/hooks/GenAuthProvider.js';
import type { GenAuthFlowMessages } from '../src/i18n/flow-messages.js';
import type { GenAuthMessages } from '../src/i18n/messages.js';
import { PageLocaleContext } from '../stories/pages/i18n/use-page-text.js';
import '../src/styles.css';
import '../src/flows/flows.css';
import './preview.css';
import {
  demoClient,
  demoCooldownStore,
  demoMock,
  demoResumeStore,
  onDemoResetElsewhere,
  resetDemo,
  storyClient,
  storyMock,
  usesRealGenAuth,
} from './genauth.js';
import { STORY_LOCALES, storyLocale } from './locales.js';
import { assertNoSidewaysScroll } from './no-sideways-scroll.js';
import { type StoryDemo, StoryDemoContext, type StoryDemoMode } from './story-demo.js';
import { isTestOnlyStory } from './test-only.js';
import {
  applyCanvasTheme,
  DEFAULT_STORY_THEME,
  dataThemeOf,
  STORY_THEMES,
  type StoryTheme,
  storyTheme,
} from './theme.js';

/** Which mock and store a story gets (see {@link StoryDemoMode}). */
function demoMode(tags: readonly string[], parameters: Record<string, unknown>): StoryDemoMode {
  if (isTestOnlyStory(tags)) return 'test';
  return parameters.persistedDemo ? 'persisted' : 'sandbox';
}

/**
 * The flagship stories get the persisted demo (mock and cooldowns in localStorage, shared by
 * tabs); the others an in-memory store made once per story, cut off from other tabs and
 * stories (no BroadcastChannel), and the story mock.
 */
function StoryProvider(props: {
  mode: StoryDemoMode;
  messages: GenAuthMessages;
  flowMessages: GenAuthFlowMessages;
  children: ReactNode;
}) {
  const { mode, messages, flowMessages, children } = props;
  const [isolatedStore] = useState(() =>
    createCooldownStore({ storage: null, broadcastChannel: false, storageEvents: null }),
  );
  const [isolatedResume] = useState(() => createFlowResumeStore({ storage: null }));
  const [generation, setGeneration] = useState(0);
  // A reset in another tab starts this tab's story over too.
  useEffect(
    () =>
      mode === 'persisted' ? onDemoResetElsewhere(() => setGeneration((n) => n + 1)) : undefined,
    [mode],
  );
  const demo = useMemo<StoryDemo>(() => {
    const bump = () => setGeneration((count) => count + 1);
    return mode === 'persisted'
      ? {
          mode,
          mock: demoMock,
          client: demoClient,
          cooldownStore: demoCooldownStore,
          resumeStore: demoResumeStore,
          generation,
          reset: () => {
            resetDemo();
            bump();
          },
        }
      : {
          mode,
          mock: storyMock,
          client: storyClient,
          cooldownStore: isolatedStore,
          resumeStore: isolatedResume,
          generation,
          reset: () => {
            isolatedStore.clearAll();
            isolatedResume.clearAll();
            storyMock.reset();
            bump();
          },
        };
  }, [mode, isolatedStore, isolatedResume, generation]);
  return (
    <GenAuthProvider
      client={demo.client}
      cooldownStore={demo.cooldownStore}
      messages={messages}
      flowMessages={flowMessages}
    >
      <StoryDemoContext.Provider value={demo}>{children}</StoryDemoContext.Provider>
    </GenAuthProvider>
  );
}

/**
 * Themes the page (see theme.ts) before the browser paints; on a docs page the decorator's root
 * carries the theme instead.
 */
function CanvasTheme(props: {
  theme: StoryTheme;
  viewMode: string | undefined;
  children: ReactNode;
}) {
  const { theme, viewMode, children } = props;
  useLayoutEffect(
    () => applyCanvasTheme(document.documentElement, theme, viewMode),
    [theme, viewMode],
  );
  return children;
}

/*
 * Stories open in their starting state: a story a person sees has NO `play`. Each behaviour
 * check is a separate test-only story next to it, hidden from the sidebar and the docs but run
 * by `npm test` (Vitest `storybook` project, with axe):
 *
 *   export const Default: Story = { args: { ... } };
 *   export const DefaultBehaviour: Story = {
 *     ...Default,
 *     tags: ['!dev', '!autodocs'], // inline: Storybook reads tags from the source
 *     play: async ({ canvasElement }) => { ... },
 *   };
 *
 * (Chosen over Storybook 10's story `.test()`: it exists only on CSF factories, `definePreview`
 * and `meta.story()`, which every story file and this preview would have to adopt.)
 *
 * Test-only stories (and visible non-flagship ones) talk to `storyMock`, reset before each, with
 * an in-memory cooldown store. The flagship stories (`parameters: { persistedDemo: true }`) talk
 * to the persisted `demoMock` with the persisted, cross-tab `demoCooldownStore`, never reset on
 * open: a person's sends survive reloads and show in other tabs ("Reset demo" clears them).
 */
const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach({ msw, tags, parameters }) {
    if (demoMode(tags, parameters) !== 'persisted') storyMock.reset();
    // Each mock answers only its own host, so both can be installed (docs pages mix stories).
    if (!usesRealGenAuth) msw.use(...storyMock.handlers, ...demoMock.handlers);
  },
  // The `locale` toolbar: every story speaks the chosen locale (the kit through the provider's
  // catalogue, the demo pages through their own texts), under an element with its `lang`.
  globalTypes: {
    locale: {
      description: 'Language of every story',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: STORY_LOCALES.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
    // The `theme` toolbar: the kit's `data-theme` on <html>, as a host page sets it (theme.ts).
    theme: {
      description: "The kit's theme (data-theme on <html>)",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: STORY_THEMES.map(({ value, title, icon }) => ({ value, title, icon })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: DEFAULT_STORY_THEME },
  // Vitest runs stories in mode 'test'; a person's narrow window is not a failure.
  afterEach() {
    if (import.meta.env.MODE === 'test') assertNoSidewaysScroll();
  },
  decorators: [
    (Story, { parameters, globals, tags, viewMode }) => {
      const locale = storyLocale(globals.locale);
      const mode = demoMode(tags, parameters);
      const theme = storyTheme(globals.theme);
      // On a docs page Storybook's blocks stay light, so a dark story brings its own page.
      const docsTheme = viewMode === 'docs' ? dataThemeOf(theme) : undefined;
      // `data-demo-mode` lets the end-to-end test check that every flagship story is persisted.
      return (
        <CanvasTheme theme={theme} viewMode={viewMode}>
          <div
            lang={locale.value}
            data-demo-mode={mode}
            data-theme={docsTheme}
            className="story-root"
          >
            <PageLocaleContext.Provider value={locale.value}>
              <StoryProvider
                mode={mode}
                messages={locale.messages}
                flowMessages={locale.flowMessages}
              >
                <Story />
              </StoryProvider>
            </PageLocaleContext.Provider>
          </div>
        </CanvasTheme>
      );
    },
  ],
  parameters: {
    layout: 'centered',
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
