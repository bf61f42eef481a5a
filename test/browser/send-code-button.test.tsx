import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { readCountdown } from '../../src/core/cooldown/countdown.js';
import { cooldownKey } from '../../src/core/cooldown/key.js';
import { loadSendPath } from '../../src/core/send-path/load-send-path.js';
import {
  type CooldownStorage,
  type CooldownStore,
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
} from '../../src/index.js';
import { STATE_WAIT } from '../helpers/state-wait.js';

const LOGIN = cooldownKey('CHANNEL_LOGIN', '+8613800138000');

/** Everything in localStorage, as text. */
const storedText = () =>
  Array.from({ length: localStorage.length }, (_, i) => {
    const name = localStorage.key(i) ?? '';
    return `${name}=${localStorage.getItem(name)}`;
  }).join('\n');

function okFetch() {
  return vi.fn(async () => Response.json({ statusCode: 200, message: 'ok', requestId: 'r' }));
}

function App({
  store,
  fetch,
  label,
}: {
  store: CooldownStore;
  fetch: typeof globalThis.fetch;
  label: string;
}) {
  const client = createGenAuthClient({ appId: 'app', appHost: 'https://x.genauth.test', fetch });
  return (
    <section aria-label={label}>
      <GenAuthProvider client={client} cooldownStore={store}>
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" />
      </GenAuthProvider>
    </section>
  );
}

// The sending code loads on the first send; a cold dev server under CI load can take seconds
// to serve it. Its loading has tests of its own (send-path-load.test.tsx); here the subjects are
// the cooldown and its timing, so the chunk is there before the first click.
beforeAll(() => loadSendPath());
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  localStorage.clear();
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
});

describe('<SendCodeButton> in Chromium', () => {
  it('keeps the cooldown across a reload, without the number in storage', async () => {
    const fetch = okFetch();
    const first = render(<App store={createCooldownStore()} fetch={fetch} label="before" />);
    // Real clicks through Chromium (CDP), located like a user finds them.
    await page.getByRole('button', { name: 'Send code' }).click();
    await vi.waitFor(
      () =>
        expect(screen.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
          'aria-disabled',
          'true',
        ),
      STATE_WAIT,
    );
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(storedText()).toMatch(/^genauth-sms:cd:[0-9a-f]{9}:[0-9a-z]+=\{"s":\d+,"d":60000\}$/);
    expect(storedText()).not.toContain('13800138000');
    first.unmount();

    // A reload: a new store over the same localStorage, a new React tree.
    // It shows the stored deadline's seconds, however long the page took since the send: read
    // before and after the render, so a whole second passing in between cannot fail the check.
    const reloaded = createCooldownStore();
    const upper = readCountdown(reloaded, LOGIN).seconds;
    render(<App store={reloaded} fetch={fetch} label="after" />);
    const button = screen.getByRole('button', { name: 'Resend code' });
    const lower = readCountdown(reloaded, LOGIN).seconds;
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBeLessThanOrEqual(60);
    const shown = Number(button.textContent?.match(/(\d+) s/)?.[1]);
    expect(shown).toBeGreaterThanOrEqual(lower);
    expect(shown).toBeLessThanOrEqual(upper);
    // Playwright refuses aria-disabled targets; force the click to prove it does nothing.
    await page.getByRole('button', { name: 'Resend code' }).click({ force: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows a code sent in another tab', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const otherTab = frame.contentWindow;
    if (!otherTab) throw new Error('no iframe window');
    const fetch = okFetch();
    // The second "tab" reads the same origin's storage through its own window's events.
    const otherStore = createCooldownStore({
      storage: otherTab.localStorage as CooldownStorage,
      storageEvents: otherTab,
      broadcastChannel: false,
    });
    render(
      <>
        <App store={createCooldownStore({ broadcastChannel: false })} fetch={fetch} label="tab 1" />
        <App store={otherStore} fetch={fetch} label="tab 2" />
      </>,
    );
    const tab2 = within(screen.getByRole('region', { name: 'tab 2' }));
    await page
      .getByRole('region', { name: 'tab 1' })
      .getByRole('button', { name: 'Send code' })
      .click();
    await vi.waitFor(
      () =>
        expect(tab2.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
          'aria-disabled',
          'true',
        ),
      STATE_WAIT,
    );
    await page
      .getByRole('region', { name: 'tab 2' })
      .getByRole('button', { name: 'Resend code' })
      .click({ force: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('sends once for a burst of real clicks', async () => {
    let release: (r: Response) => void = () => {};
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)));
    render(<App store={createCooldownStore({ storage: null })} fetch={fetch} label="burst" />);
    const button = screen.getByRole('button', { name: 'Send code' });
    const locator = page.getByRole('button', { name: 'Send code' });
    await locator.tripleClick({ force: true });
    await page.getByRole('button').dblClick({ force: true });
    // The send path may still be loading (it loads on the first send): answer once it asked.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled(), STATE_WAIT);
    release(Response.json({ statusCode: 200, message: 'ok' }));
    await vi.waitFor(() => expect(button).toHaveAccessibleName('Resend code'), STATE_WAIT);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
