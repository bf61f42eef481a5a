import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import {
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
} from '../../src/index.js';
import { STATE_WAIT } from '../helpers/state-wait.js';

// A fresh page per test file: nothing of the send path is loaded until a real click asks for
// it, and a burst of real clicks made while it loads still sends one SMS.

/** Source modules of the send path this page fetched over the network. */
function fetchedSendPath(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) =>
      /\/src\/core\/(send-path\/send-path|api\/post-json|api\/read-body|cooldown\/locks)\.ts$/.test(
        path,
      ),
    );
}

// Chromium keeps 250 resource entries by default and drops later ones: a full buffer would make
// "nothing fetched yet" pass for the wrong reason (see phone-pieces).
beforeAll(() => performance.setResourceTimingBufferSize(10_000));
afterEach(() => cleanup());

describe('the send path in Chromium', () => {
  it('loads on the first click, not with the page, and a burst sends one SMS', async () => {
    let release: (response: Response) => void = () => {};
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    const client = createGenAuthClient({ appId: 'app', appHost: 'https://x.genauth.test', fetch });
    render(
      <GenAuthProvider client={client} cooldownStore={createCooldownStore({ storage: null })}>
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" />
      </GenAuthProvider>,
    );
    const button = screen.getByRole('button', { name: 'Send code' });
    expect(button).toHaveAttribute('data-state', 'idle');
    expect(fetchedSendPath()).toEqual([]);

    // Real clicks through Chromium: the first one starts the load, the others come during it.
    const locator = page.getByRole('button', { name: 'Send code' });
    await locator.tripleClick({ force: true });
    await page.getByRole('button').dblClick({ force: true });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled(), STATE_WAIT);
    expect(fetchedSendPath()).toContain('/src/core/send-path/send-path.ts');
    release(Response.json({ statusCode: 200, message: 'ok' }));
    await vi.waitFor(() => expect(button).toHaveAccessibleName('Resend code'), STATE_WAIT);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
