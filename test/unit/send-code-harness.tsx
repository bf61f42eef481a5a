import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createCooldownStore } from '../../src/core/cooldown-store.js';
import { createGenAuthClient } from '../../src/core/index.js';
import { GenAuthProvider } from '../../src/hooks/GenAuthProvider.js';
import type { GenAuthMockOptions } from '../../src/mock/index.js';
import { HOST, setupMockServer } from './mock-server.js';

/**
 * Renders UI inside a provider that talks to the GenAuth mock over MSW, with a fresh
 * memory cooldown store. Time is faked (Date included) so cooldowns can be walked through.
 */
export function sendCodeHarness() {
  const server = setupMockServer();
  return {
    server,
    setup(ui: ReactElement, mockOptions?: GenAuthMockOptions) {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const mock = server.install({ now: () => Date.now(), ...mockOptions });
      const client = createGenAuthClient({ appId: 'app-123', appHost: HOST });
      const store = createCooldownStore({
        storage: null,
        broadcastChannel: false,
        storageEvents: null,
      });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      const view = render(
        <GenAuthProvider client={client} cooldownStore={store}>
          {ui}
        </GenAuthProvider>,
      );
      return { mock, store, user, ...view };
    },
  };
}
