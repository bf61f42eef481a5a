import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { CooldownStore } from '../../src/core/cooldown/store.js';
import { createFlowResumeStore } from '../../src/core/flow-resume/store.js';
import { createGenAuthClient } from '../../src/core/index.js';
import { GenAuthProvider } from '../../src/hooks/GenAuthProvider.js';
import type { GenAuthFlowMessages } from '../../src/i18n/flow-messages.js';
import type { GenAuthMessages } from '../../src/i18n/messages.js';
import type { GenAuthMock, GenAuthMockOptions } from '../../src/mock/index.js';
import { isolatedStore, memoryStorage } from './cooldown-fakes.js';
import { APP_ID, HOST, setupMockServer } from './mock-server.js';

/** What one "browser" keeps between two renders of a flow (a reload, a second tab). */
export interface FlowBrowser {
  /** The localStorage stand-in the resume store writes to. */
  storage: ReturnType<typeof memoryStorage>;
  /** The cooldown store, shared like localStorage-backed stores are. */
  cooldownStore: CooldownStore;
}

/**
 * A resume store on `browser`'s storage whose clock a test moves (`clock.now += 61_000`), with
 * codes that last `codeLifetimeMs`: to check that a flow ages codes by its store, not the page.
 */
export function resumeStoreOnClock(browser: FlowBrowser, codeLifetimeMs = 60_000) {
  const clock = { now: Date.now() };
  const store = createFlowResumeStore({
    storage: browser.storage.storage,
    now: () => clock.now,
    codeLifetimeMs,
  });
  return { clock, store };
}

/**
 * Renders a flow inside a provider talking to the GenAuth mock over MSW (real timers, no
 * latency), with a resume store and a cooldown store that outlive an unmount, as a reload or a
 * second tab of one browser sees them.
 */
export function flowHarness() {
  const { server, install } = setupMockServer();
  let mock: GenAuthMock;
  return {
    server,
    get mock() {
      return mock;
    },
    install(options?: GenAuthMockOptions) {
      mock = install({ latencyMs: 0, ...options });
      return mock;
    },
    browser(): FlowBrowser {
      return { storage: memoryStorage(), cooldownStore: isolatedStore() };
    },
    render(
      ui: (resumeStore: ReturnType<typeof createFlowResumeStore>) => ReactElement,
      browser: FlowBrowser,
      catalogues: { messages?: GenAuthMessages; flowMessages?: GenAuthFlowMessages } = {},
    ) {
      const client = createGenAuthClient({ appId: APP_ID, appHost: HOST });
      const resumeStore = createFlowResumeStore({ storage: browser.storage.storage });
      const user = userEvent.setup();
      const view = render(
        <GenAuthProvider client={client} cooldownStore={browser.cooldownStore} {...catalogues}>
          {ui(resumeStore)}
        </GenAuthProvider>,
      );
      return { user, resumeStore, ...view };
    },
  };
}
