// The cooldown store's storage work in a real browser, for `npm run bench`: builds
// scripts/storage-page with Vite, serves it to headless Chromium (playwright-core, the system
// browser) from memory on http://localhost (a secure context, so Web Locks and
// BroadcastChannel are the real ones), and reads how many times the store touched
// localStorage (a counting Proxy around it) while 1 and 10 buttons count down, with 20 items of
// other scripts in localStorage.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { phoneMetadata } from './build-phone-metadata.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const ORIGIN = 'http://localhost';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Storage calls of the cooldown store in Chromium.
 * @param {{ countdowns?: number[], seconds?: number }} [options] - Buttons per scenario, and how
 *   long each scenario is watched (whole seconds of countdown).
 * @returns {Promise<{ countdowns: number, calls: number, elapsedMs: number, steps: number, callsPerStart: number }[]>}
 */
export async function measureBrowserStorage({ countdowns = [1, 10], seconds = 5 } = {}) {
  const outDir = await mkdtemp(join(tmpdir(), 'genauth-storage-page-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root: fileURLToPath(new URL('./storage-page', import.meta.url)),
      plugins: [react(), phoneMetadata()],
      build: { outDir, emptyOutDir: true },
    });
    const results = [];
    for (const count of countdowns) {
      const context = await browser.newContext();
      await context.route(`${ORIGIN}/**`, async (route) => {
        const path = new URL(route.request().url()).pathname;
        const file = join(outDir, path === '/' ? 'index.html' : path);
        try {
          const body = await readFile(file);
          await route.fulfill({ body, contentType: TYPES[extname(file)] ?? 'text/plain' });
        } catch {
          await route.fulfill({ status: 404, body: '' });
        }
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/?countdowns=${count}`);
      // Every button counting down (the phone metadata is lazy), then one tick to settle.
      await page.waitForFunction((n) => {
        const shown = window.storageBench?.shown() ?? [];
        return shown.length === n && shown.every((value) => value > 0);
      }, count);
      await page.waitForTimeout(1_100);
      const before = await page.evaluate(() => {
        window.storageBench.reset();
        return { at: performance.now(), shown: window.storageBench.shown() };
      });
      await page.waitForTimeout(seconds * 1_000);
      const after = await page.evaluate(() => ({
        at: performance.now(),
        shown: window.storageBench.shown(),
        calls: window.storageBench.calls(),
        callsPerStart: window.storageBench.callsPerStart(),
      }));
      results.push({
        countdowns: count,
        calls: after.calls,
        elapsedMs: after.at - before.at,
        steps: (before.shown[0] ?? 0) - (after.shown[0] ?? 0),
        callsPerStart: after.callsPerStart,
      });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
