import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createCooldownStore } from '../src/core/cooldown-store.js';
import { GenAuthProvider } from '../src/hooks/GenAuthProvider.js';
import '../src/styles.css';
import { storyClient, storyMock, usesRealGenAuth } from './genauth.js';

const preview: Preview = {
  loaders: [mswLoader()],
  beforeEach({ msw }) {
    storyMock.reset();
    if (!usesRealGenAuth) msw.use(...storyMock.handlers);
  },
  decorators: [
    (Story, { parameters }) => (
      <GenAuthProvider
        client={storyClient}
        // Each story starts with no cooldown unless it asks for the persisted page-wide store.
        cooldownStore={
          parameters.persistCooldowns ? undefined : createCooldownStore({ storage: null })
        }
      >
        <Story />
      </GenAuthProvider>
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
