/// <reference types="node" />
// The built package in a webpack 5 app (also what `next build --webpack` uses), driven in
// real Chromium: the lazy chunks the kit relies on (phone metadata per calling code, the
// country list, the send path) must come out as separate files webpack loads on demand, and
// the page must work with them. Needs `dist/` (`npm test` builds it before running Vitest).
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpack from 'webpack';
import { chromiumPath } from '../../scripts/chromium-path.mjs';
import { startMultiTabServer } from './multi-tab-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = fileURLToPath(new URL('./webpack-page', import.meta.url));

let outDir = '';
let server: Awaited<ReturnType<typeof startMultiTabServer>>;
let browser: Browser;

/** Builds the page as a webpack user would (production mode), chunk files named after their source. */
async function buildWithWebpack(path: string): Promise<string[]> {
  const compiler = webpack({
    mode: 'production',
    context: ROOT,
    entry: join(PAGE, 'main.js'),
    output: { path, publicPath: '/' },
    // Named ids ("dist_phone-metadata_86_js.js") so the test can tell which chunk is which.
    optimization: { chunkIds: 'named' },
    devtool: false,
    performance: { hints: false },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) => (error || !result ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  const info = stats.toJson({ all: false, errors: true, warnings: true, assets: true });
  const problems = [...(info.errors ?? []), ...(info.warnings ?? [])].map((p) => p.message);
  if (problems.length > 0) throw new Error(`webpack reported:\n${problems.join('\n')}`);
  return (info.assets ?? []).map((asset) => asset.name);
}

let assets: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist/index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  outDir = await mkdtemp(join(tmpdir(), 'genauth-webpack-'));
  assets = await buildWithWebpack(outDir);
  await copyFile(join(PAGE, 'index.html'), join(outDir, 'index.html'));
  server = await startMultiTabServer(outDir, { delayMs: 50 });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
    headless: true,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** Scripts the page fetched, by file name, in order. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.slice(1));
  });
  return scripts;
}

const metadataChunks = (scripts: string[]) =>
  scripts.filter((name) => name.startsWith('dist_phone-metadata_')).sort();

describe('the built package under webpack 5', () => {
  it('emits one chunk per calling code, per zone table, the country list and the send path', () => {
    expect(assets).toContain('main.js');
    expect(assets).toContain('dist_phone-metadata_86_js.js');
    expect(assets).toContain('dist_phone-metadata_zone-8_js.js');
    expect(assets.filter((name) => /^dist_country-list-ui-.*\.js$/.test(name))).toHaveLength(1);
    expect(assets.filter((name) => /^dist_send-path-.*\.js$/.test(name))).toHaveLength(1);
    expect(assets.filter((name) => /^dist_phone-engine-.*\.js$/.test(name))).toHaveLength(1);
    expect(metadataChunks(assets).length).toBeGreaterThan(200);
  });

  it('validates a mainland number with only its piece, sends once, and loads the rest on demand', async () => {
    const page = await browser.newPage();
    const scripts = recordScripts(page);
    await page.goto(server.origin);
    const number = page.getByRole('textbox', { name: 'Phone number' });
    const send = page.getByRole('button', { name: 'Send code' });

    // The default country's piece loads on mount; nothing sends before a valid number.
    await expect
      .poll(() => metadataChunks(scripts))
      .toEqual(['dist_phone-metadata_86_js.js', 'dist_phone-metadata_zone-8_js.js']);
    // The phone engine (libphonenumber-js) comes with it, after the first paint (issue 22).
    expect(scripts.filter((name) => name.startsWith('dist_phone-engine-'))).toHaveLength(1);
    await number.pressSequentially('13800138000');
    await expect.poll(() => number.inputValue()).toBe('138 0013 8000');
    expect(scripts.some((name) => name.startsWith('dist_send-path-'))).toBe(false);
    expect(scripts.some((name) => name.startsWith('dist_country-list-ui-'))).toBe(false);

    // A double click is one SMS; the send path chunk arrives with the first send.
    await send.dblclick();
    await expect.poll(() => server.requestsFor('+8613800138000')).toBe(1);
    await expect.poll(() => send.getAttribute('data-state')).toBe('cooldown');
    expect(scripts.filter((name) => name.startsWith('dist_send-path-'))).toHaveLength(1);

    // A pasted UK number fetches +44 (and its zone's table) and selects the country.
    await number.fill('');
    await number.focus();
    await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      const clipboardData = new DataTransfer();
      clipboardData.setData('text', '+44 7400 123456');
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }),
      );
    });
    await expect.poll(() => number.inputValue()).toBe('7400 123456');
    const country = page.getByRole('combobox', { name: 'Country/region' });
    await expect.poll(() => country.inputValue()).toBe('+44');

    // The country list is fetched when first opened (held back here, like a slow network:
    // meanwhile its place says it is coming), and works.
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/dist_country-list-ui-/, async (route) => {
      await released;
      await route.continue();
    });
    await country.click();
    const loading = page.getByText('Loading countries and regions…');
    await expect.poll(() => loading.isVisible()).toBe(true);
    release();
    await expect.poll(() => page.getByRole('listbox').count()).toBe(1);
    expect(await loading.count()).toBe(0);
    expect(scripts.filter((name) => name.startsWith('dist_country-list-ui-'))).toHaveLength(1);

    expect(metadataChunks(scripts)).toEqual([
      'dist_phone-metadata_44_js.js',
      'dist_phone-metadata_86_js.js',
      'dist_phone-metadata_zone-4_js.js',
      'dist_phone-metadata_zone-8_js.js',
    ]);
    await page.close();
  }, 60_000);
});
