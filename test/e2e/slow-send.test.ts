/// <reference types="node" />
// Issue 21, item 6, in two real Chromium tabs: GenAuth answers after 14 s and the app allows a
// 30 s timeout. The second tab clicks while the first request is on its way; it must not send
// a second SMS (with a lock held 12 s it did, at 12.3 s), and ends showing the first's cooldown.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, FULL_SPEED_TABS_ARGS } from '../../scripts/chromium-path.mjs';
import { startMultiTabServer } from './multi-tab-server.js';

const ANSWER_MS = 14_000;
const ARGS = [
  ...CHROMIUM_ARGS,
  // Both tabs run at full speed: a background tab would throttle the page's timers.
  ...FULL_SPEED_TABS_ARGS,
];

interface Driver {
  clickAt(at: number): Promise<number>;
  states(): string[];
  remainingMs(phone: string): number;
}
declare const multiTab: Driver;

let outDir = '';
let server: Awaited<ReturnType<typeof startMultiTabServer>>;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'genauth-slow-send-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('./multi-tab-page', import.meta.url)),
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false },
  });
  server = await startMultiTabServer(outDir, { delayMs: ANSWER_MS });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, headless: true });
  context = await browser.newContext();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function show(page: Page, phone: string): Promise<void> {
  await page.goto(`${server.origin}/?phone=${encodeURIComponent(phone)}&timeoutMs=30000`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  await page.waitForFunction(() => multiTab.states().length === 1);
}

/** Polls `check` until it holds, failing after `ms`: waits on the state, not on time. */
async function until(check: () => Promise<boolean> | boolean, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a slow GenAuth and two tabs (real Chromium)', () => {
  it('a second tab clicking during a 14 s request with a 30 s timeout sends no second SMS', async () => {
    const phone = '+8613912345678';
    const [first, second] = [await context.newPage(), await context.newPage()] as [Page, Page];
    await Promise.all([show(first, phone), show(second, phone)]);
    await first.evaluate(() => localStorage.clear());
    const start = await first.evaluate(() => multiTab.clickAt(Date.now()));
    // The second click comes while the first request is at the server (its answer takes 14 s).
    await until(() => server.requestsFor(phone) === 1, 10_000, 'the first request');
    expect(await first.evaluate(() => multiTab.states())).toEqual(['sending']);
    await second.evaluate(() => multiTab.clickAt(Date.now()));
    const bothDone = async () => {
      const states = [
        ...(await first.evaluate(() => multiTab.states())),
        ...(await second.evaluate(() => multiTab.states())),
      ];
      return states.every((state) => state === 'cooldown' || state === 'error');
    };
    // Settled: neither control is sending, so no click of this test can still make a request
    // (a request is made only while its control says `sending`), and every request made was
    // answered, hence counted.
    await until(bothDone, ANSWER_MS + 20_000, 'both tabs to settle');
    const elapsed = Date.now() - start;
    const states = [
      await first.evaluate(() => multiTab.states()),
      await second.evaluate(() => multiTab.states()),
    ];
    console.log(
      `[slow-send] answer ${ANSWER_MS} ms, timeout 30000 ms: requests ${server.requestsFor(phone)}, states ${states.join('/')}, settled after ${elapsed} ms`,
    );
    expect(server.requestsFor(phone)).toBe(1);
    // The second tab sees the cooldown when its turn comes; on a machine so slow that its wait
    // outlasted 15 s it gives up as busy instead: either way it sent nothing.
    expect(states[0]).toEqual(['cooldown']);
    expect(['cooldown', 'error']).toContain(states[1]?.[0]);
    // The minute runs from the answer, not from the click 14 s earlier: measured against the
    // moment the server answered, however long the tabs took to settle since.
    const left = await second.evaluate((p) => multiTab.remainingMs(p), phone);
    const readBy = Date.now();
    const answeredAt = server.answeredAt(phone) ?? Number.NaN;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(60_000);
    expect(left).toBeGreaterThanOrEqual(answeredAt + 60_000 - readBy - 50);
    await Promise.all([first.close(), second.close()]);
  }, 120_000);
});
