import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { type ReactNode, useState } from 'react';
import { createCooldownStore } from '../src/core/cooldown/store.js';
import { GenAuthProvider } from '../src/hooks/GenAuthProvider.js';
import '../src/styles.css';
import { storyClient, storyMock, usesRealGenAuth } from './genauth.js';

/**
 * Each story gets its own memory-only store, made once per story and cut off from other
 * tabs and stories (no BroadcastChannel), unless it asks for the persisted page-wide store.
 */
function StoryProvider({ persist, children }: { persist: boolean; children: ReactNode }) {
  const [store] = useState(() =>
    persist
      ? undefined
      : createCooldownStore({ storage: null, broadcastChannel: false, storageEvents: null }),
  );
  return (
    <GenAuthProvider client={storyClient} cooldownStore={store}>
      {children}
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
  decorators: [
    (Story, { parameters }) => (
      <StoryProvider persist={Boolean(parameters.persistCooldowns)}>
        <Story />
      </StoryProvider>
    ),
  ],
  parameters: {
    layout: 'centered',
    controls: { matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
