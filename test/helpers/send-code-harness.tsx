import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createGenAuthClient } from '../../src/core/index.js';
import { GenAuthProvider } from '../../src/hooks/GenAuthProvider.js';
import type { GenAuthMockOptions } from '../../src/mock/index.js';
import { isolatedStore } from './cooldown-fakes.js';
import { APP_ID, HOST, setupMockServer } from './mock-server.js';

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
      const mock = server.install(mockOptions);
      const client = createGenAuthClient({ appId: APP_ID, appHost: HOST });
      const store = isolatedStore();
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
