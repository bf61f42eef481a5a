// How long a newcomer waits after `npm start`: starts `storybook dev` on a free port, waits
// until it answers, opens a story in Chromium and prints the time from navigation until the
// story's root holds the component, the requests the page made, then the same for a second
// story on the same server. `--cold` first deletes Vite's and Storybook's caches (a fresh
// clone); `--story=<id>` picks the first story. Wall-clock figures: compare runs interleaved on
// the same machine, never one run against a figure from another day.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';

const CACHES = ['node_modules/.cache/storybook', 'node_modules/.cache/sb-vite-plugin-externals'];
const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const firstStory = option('story') ?? 'components-sendcodebutton--default';
const secondStory = 'components-phoneinput--default';
const port = 6090 + Math.floor(Math.random() * 100);
const root = 'http://127.0.0.1';

if (process.argv.includes('--cold')) {
  for (const dir of CACHES) rmSync(dir, { recursive: true, force: true });
}

const started = performance.now();
const server = spawn(
  './node_modules/.bin/storybook',
  ['dev', '-p', String(port), '--ci', '--no-open', '--quiet'],
  { stdio: 'ignore', detached: true },
);

/** True once the dev server serves the preview. */
async function answers() {
  try {
    return (await fetch(`${root}:${port}/iframe.html`)).ok;
  } catch {
    return false;
  }
}

/** Milliseconds from navigation until the story's root holds something, and the requests. */
async function openStory(page, id) {
  let requests = 0;
  const count = () => {
    requests += 1;
  };
  page.on('request', count);
  const from = performance.now();
  await page.goto(`${root}:${port}/iframe.html?id=${id}&viewMode=story`);
  await page.waitForFunction(
    () => (document.querySelector('#storybook-root')?.children.length ?? 0) > 0,
    null,
    { timeout: 180_000 },
  );
  page.off('request', count);
  return { ms: Math.round(performance.now() - from), requests };
}

try {
  while (!(await answers())) {
    if (performance.now() - started > 180_000) throw new Error('no Storybook after 180 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const serverMs = Math.round(performance.now() - started);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const first = await openStory(page, firstStory);
    const second = await openStory(page, secondStory);
    console.log(JSON.stringify({ serverMs, firstStory: first, secondStory: second }));
  } finally {
    await browser.close();
  }
} finally {
  process.kill(-server.pid);
}
