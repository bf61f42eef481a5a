import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';
import { createCooldownStore } from '../src/core/cooldown/store.js';
import { GenAuthProvider } from '../src/hooks/GenAuthProvider.js';
import type { GenAuthMessages } from '../src/i18n/messages.js';
import { PageLocaleContext } from '../stories/pages/i18n/use-page-text.js';
import '../src/styles.css';
import { storyClient, storyMock, usesRealGenAuth } from './genauth.js';
import { STORY_LOCALES, storyLocale } from './locales.js';
import { assertNoSidewaysScroll } from './no-sideways-scroll.js';
import { StoryMockContext } from './story-mock.js';

/**
 * Each story gets its own memory-only store, made once per story and cut off from other
 * tabs and stories (no BroadcastChannel), unless it asks for the persisted page-wide store.
 */
function StoryProvider({
  persist,
  messages,
  children,
}: {
  persist: boolean;
  messages: GenAuthMessages;
  children: ReactNode;
}) {
  const [store] = useState(() =>
    persist
      ? undefined
      : createCooldownStore({ storage: null, broadcastChannel: false, storageEvents: null }),
  );
  return (
    <GenAuthProvider client={storyClient} cooldownStore={store} messages={messages}>
      <StoryMockContext.Provider value={storyMock}>{children}</StoryMockContext.Provider>
    </GenAuthProvider>
  );
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
 * (Chosen over Storybook 10's story `.test()` functions: experimental, and only in CSF factories.)
 */
const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach({ msw }) {
    storyMock.reset();
    if (!usesRealGenAuth) msw.use(...storyMock.handlers);
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
  },
  initialGlobals: { locale: 'en-US' },
  // Vitest runs stories in mode 'test'; a person's narrow window is not a failure.
  afterEach() {
    if (import.meta.env.MODE === 'test') assertNoSidewaysScroll();
  },
  decorators: [
    (Story, { parameters, globals }) => {
      const locale = storyLocale(globals.locale);
      return (
        <div lang={locale.value} className="story-locale-root">
          <PageLocaleContext.Provider value={locale.value}>
            <StoryProvider
              persist={Boolean(parameters.persistCooldowns)}
              messages={locale.messages}
            >
              <Story />
            </StoryProvider>
          </PageLocaleContext.Provider>
        </div>
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
