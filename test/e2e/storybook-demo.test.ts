// The Storybook a person opens (a real build, served): stories open untouched, and the
// flagship stories' demo is persisted: reload, second tab, and the mock's one-SMS-per-minute.
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium-path.mjs';

const base = inject('storybookUrl');
const NUMBER = '13900139000';
const DEMO_HOST = 'https://persisted-demo.genauth.test';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  tags?: string[];
}

let browser: Browser;
let context: BrowserContext;
let entries: IndexEntry[];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  const index = (await (await fetch(`${base}/index.json`)).json()) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
});
afterAll(() => browser?.close());
// One browser profile per test: its own localStorage, so each test starts from no demo state.
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext();
  // Playwright's 30 s per locator is a cap a page load overran on a loaded machine; the waits
  // still end as soon as the state is there.
  context.setDefaultTimeout(90_000);
});

/**
 * Opens a story as Storybook's canvas does, counting the API requests its page makes that
 * send or change something (every GenAuth call but a GET: a page may read what it shows, e.g.
 * the MFA settings list the enrolled factors).
 */
async function openStory(id: string, page?: Page) {
  const tab = page ?? (await context.newPage());
  const requests: string[] = [];
  tab.on('request', (request) => {
    if (request.url().includes('/api/v3/') && request.method() !== 'GET') {
      requests.push(request.url());
    }
  });
  await tab.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
  await tab.locator('[data-demo-mode]').first().waitFor();
  return { tab, requests };
}

/** What the demo mock "sent", read from its saved state (what every tab's mock loads). */
function savedOutbox(tab: Page): Promise<unknown[]> {
  return tab.evaluate(() => {
    const raw = localStorage.getItem('genauth-sms-storybook:demo-mock');
    return raw ? (JSON.parse(raw).state.outbox.messages as unknown[]) : [];
  });
}

/** Asks the demo mock for another SMS from inside the page, as a second click would. */
function sendAgain(tab: Page): Promise<number> {
  return tab.evaluate(async (host) => {
    const response = await fetch(`${host}/api/v3/send-sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-genauth-app-id': 'demo-app-id' },
      body: JSON.stringify({ channel: 'CHANNEL_LOGIN', phoneNumber: '13900139000' }),
    });
    return ((await response.json()) as { statusCode: number }).statusCode;
  }, DEMO_HOST);
}

const sendButton = (tab: Page) => tab.getByRole('button', { name: /^(Send|Resend) code$/ });

/** A cooldown the persisted demo stored: its storage item and the deadline it sets. */
interface StoredCooldown {
  item: string;
  startedAt: number;
  durationMs: number;
}

/**
 * In one synchronous look at the page (no time passes between the reads): the persisted demo's
 * cooldowns, the seconds the send button shows, and the page's clock.
 */
function countdownState(tab: Page) {
  return tab.evaluate(() => {
    const cooldowns: StoredCooldown[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const item = localStorage.key(i) ?? '';
      if (!item.startsWith('genauth-sms-storybook-demo') || !item.includes(':cd:')) continue;
      const { s, d } = JSON.parse(localStorage.getItem(item) ?? '{}') as { s: number; d: number };
      cooldowns.push({ item, startedAt: s, durationMs: d });
    }
    const button = [...document.querySelectorAll('button')].find((b) =>
      /^(Send|Resend) code/.test(b.textContent ?? ''),
    );
    const shown = Number(button?.textContent?.match(/(\d+) s/)?.[1] ?? Number.NaN);
    return { cooldowns, shown, now: Date.now() };
  });
}

/**
 * Waits until the button shows the countdown of the one stored cooldown: the whole seconds left
 * by the stored deadline, rounded up, or one more (the countdowns of a page step together at the
 * clock's whole seconds, so a display may lead the exact value by up to a second). A state, not a
 * time: however long a reload took, the number shown must be the stored deadline's.
 */
async function expectCountdownOfStoredCooldown(tab: Page): Promise<StoredCooldown> {
  let stored: StoredCooldown | undefined;
  await expect
    .poll(async () => {
      const { cooldowns, shown, now } = await countdownState(tab);
      stored = cooldowns[0];
      if (cooldowns.length !== 1 || !stored) return `${cooldowns.length} stored cooldowns`;
      const exact = Math.ceil((stored.startedAt + stored.durationMs - now) / 1000);
      return shown === exact || shown === exact + 1
        ? 'consistent'
        : `shown ${shown}, left ${exact}`;
    })
    .toBe('consistent');
  if (!stored) throw new Error('no stored cooldown');
  return stored;
}

describe('Storybook as a person opens it', () => {
  it('no story a person can open has a play function', () => {
    const visible = entries.filter(
      (entry) => entry.type === 'story' && entry.tags?.includes('dev'),
    );
    expect(visible.length).toBeGreaterThan(20);
    expect(visible.filter((entry) => entry.tags?.includes('play-fn')).map((e) => e.id)).toEqual([]);
  });

  it('every flagship story opens on the persisted demo and sends nothing', async () => {
    const flagship = entries.filter(
      (entry) =>
        entry.type === 'story' &&
        entry.tags?.includes('dev') &&
        (entry.id.startsWith('pages-') || entry.id === 'components-sendcodebutton--default'),
    );
    expect(flagship.length).toBeGreaterThanOrEqual(6);
    // Four tabs at a time: each story is still opened alone in its tab and watched as long.
    const tabs = await Promise.all([1, 2, 3, 4].map(() => context.newPage()));
    const queue = [...flagship];
    const seen: { id: string; requests: string[]; mode: string | null }[] = [];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let entry = queue.shift(); entry; entry = queue.shift()) {
          const { requests } = await openStory(entry.id, tab);
          const mode = await tab.locator('[data-demo-mode]').first().getAttribute('data-demo-mode');
          // Nothing left to load or send: every chunk the story asked for has arrived and no
          // request has started for half a second (Playwright's `networkidle`), so a send made
          // on open, even one waiting for a slow chunk first, has been seen by now.
          await tab.waitForLoadState('networkidle');
          seen.push({ id: entry.id, requests: [...requests], mode });
          tab.removeAllListeners('request');
        }
      }),
    );
    expect(seen.filter((story) => story.mode !== 'persisted' || story.requests.length > 0)).toEqual(
      [],
    );
    expect(seen).toHaveLength(flagship.length);
    expect(await savedOutbox(tabs[0] as Page)).toEqual([]);
  });

  it('send once: the countdown carries on after a reload, shows in a second tab, and the mock refuses within the minute', async () => {
    const story = 'components-sendcodebutton--default';
    const { tab: first, requests: firstRequests } = await openStory(story);
    const { tab: second, requests: secondRequests } = await openStory(story);
    await second.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);

    await first.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await sendButton(first).click();
    await expect.poll(() => sendButton(first).getAttribute('data-state')).toBe('cooldown');
    expect(await savedOutbox(first)).toHaveLength(1);
    expect(firstRequests).toHaveLength(1);

    // The other tab follows at once, showing the same stored deadline.
    await expect.poll(() => sendButton(second).getAttribute('data-state')).toBe('cooldown');
    const stored = await expectCountdownOfStoredCooldown(first);
    expect(stored.durationMs).toBe(60_000);
    expect(await expectCountdownOfStoredCooldown(second)).toEqual(stored);
    expect(secondRequests).toEqual([]);

    // Reload: the same number is cooling down before anything is sent, on the same deadline
    // (not a new minute), however long the reload took.
    await first.reload();
    await first.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await expect.poll(() => sendButton(first).getAttribute('data-state')).toBe('cooldown');
    expect(await sendButton(first).getAttribute('aria-disabled')).toBe('true');
    expect(await expectCountdownOfStoredCooldown(first)).toEqual(stored);
    const { shown } = await countdownState(first);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(60);
    expect(firstRequests).toHaveLength(1);

    // The reloaded page's mock and the second tab's mock both still refuse a second SMS.
    expect(await sendAgain(first)).toBe(429);
    expect(await sendAgain(second)).toBe(429);
    expect(await savedOutbox(second)).toHaveLength(1);
  });

  it('"Reset demo" clears the cooldowns, the code steps and the mock, for every tab', async () => {
    const { tab } = await openStory('pages-phonesignin--default');
    await tab.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
    await sendButton(tab).click();
    const phone = tab.getByRole('complementary', { name: 'Phone (demo)' });
    await expect.poll(() => phone.getByRole('listitem').count()).toBe(1);
    const { tab: other } = await openStory('pages-phonesignin--default');
    // The second tab opens on the code step of the number, its resend cooling down.
    await other.getByRole('heading', { name: 'Enter the code' }).waitFor();
    await expect.poll(() => sendButton(other).getAttribute('data-state')).toBe('cooldown');

    await tab.getByRole('button', { name: 'Reset demo' }).click();
    await expect.poll(() => phone.getByRole('listitem').count()).toBe(0);
    // Both tabs' flows start over, with no countdown on the number.
    for (const page of [tab, other]) {
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await page.getByRole('textbox', { name: 'Phone number' }).fill(NUMBER);
      await expect.poll(() => sendButton(page).getAttribute('data-state')).toBe('idle');
    }
    expect(await sendAgain(other)).toBe(200);
  });

  it('sign-in by keyboard: the code step survives a reload and opens in a second tab, and its code signs in there', async () => {
    const story = 'pages-phonesignin--default';
    const { tab } = await openStory(story);
    await tab.getByRole('textbox', { name: 'Phone number' }).focus();
    await tab.keyboard.type('138 0013 8000');
    await tab.keyboard.press('Enter');
    const codeHeading = (page: Page) => page.getByRole('heading', { name: 'Enter the code' });
    await codeHeading(tab).waitFor();
    await expect.poll(() => tab.evaluate(() => document.activeElement?.tagName)).toBe('H2');

    await tab.reload();
    await codeHeading(tab).waitFor();
    await expect.poll(() => sendButton(tab).getAttribute('aria-disabled')).toBe('true');
    expect(await tab.getByText(/Enter the code we sent to/).textContent()).toContain('+86');

    const { tab: other } = await openStory(story);
    await codeHeading(other).waitFor();
    const outbox = (await savedOutbox(other)) as { code: string }[];
    expect(outbox).toHaveLength(1);
    // Nothing secret was stored: not the code, in any of the page's storage.
    const stored = await other.evaluate(() => JSON.stringify({ ...localStorage }));
    const withoutMock = stored.replace(/"genauth-sms-storybook:demo-mock":"(?:[^"\\]|\\.)*"/, '');
    expect(withoutMock).not.toContain(outbox[0]?.code);

    // Keyboard only: the first Tab of the page reaches the code boxes.
    await other.keyboard.press('Tab');
    const codeInput = other.getByRole('textbox', { name: 'Verification code' });
    await expect.poll(() => codeInput.evaluate((el) => el === document.activeElement)).toBe(true);
    await other.keyboard.type(outbox[0]?.code ?? '');
    await other.getByRole('heading', { name: 'Signed in' }).waitFor();

    // Spent: a reload of the first tab starts at the number again.
    await tab.reload();
    await tab.getByRole('heading', { name: 'Sign in' }).waitFor();
  });

  it.each([
    ['pages-phonesignup--default', '139 0013 9000'],
    ['pages-resetpassword--default', '138 0013 8000'],
  ])(
    '%s: by keyboard, the code step survives a reload and opens in a second tab',
    async (story, typed) => {
      const { tab } = await openStory(story);
      await tab.getByRole('textbox', { name: 'Phone number' }).focus();
      await tab.keyboard.type(typed);
      await tab.keyboard.press('Enter');
      const codeHeading = (page: Page) => page.getByRole('heading', { name: 'Enter the code' });
      await codeHeading(tab).waitFor();
      await expect.poll(() => tab.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      await tab.reload();
      await codeHeading(tab).waitFor();
      await expect.poll(() => sendButton(tab).getAttribute('aria-disabled')).toBe('true');
      const { tab: other } = await openStory(story);
      await codeHeading(other).waitFor();
      await expect.poll(() => sendButton(other).getAttribute('aria-disabled')).toBe('true');
      expect(await savedOutbox(other)).toHaveLength(1);
    },
  );
});
