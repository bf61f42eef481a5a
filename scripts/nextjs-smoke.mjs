// Next.js check: the BUILT package, packed as npm publishes it, installed in a Next.js App
// Router app (test/nextjs: a server component calling genauth-sms-react/core, a client login
// form, the ready <PhoneSignIn> on /sign-in, route handlers standing in for GenAuth), built by
// `next build` and served by `next start`, then driven in Chromium: the button is
// server-rendered, hydrates without a warning, validates a mainland number with its lazily
// loaded piece, and a double click sends one SMS; the sign-in flow is server-rendered, Enter
// sends, a reload comes back to the code step, and the code signs in with one request. Run after `npm run build`; installs Next.js from the registry (npm's cache first).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { installPacked, pinned, root, sh } from './packed-install.mjs';

/** The Next.js release checked; 16 builds with Turbopack by default. */
const NEXT_VERSION = '16.4.6';

// Not under node_modules, where Next.js would treat the app's own files as a dependency's
// and leave their JSX uncompiled.
const work = mkdtempSync(join(tmpdir(), 'genauth-nextjs-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} next.js: ${what}`);
  if (!ok) failures.push(what);
};

/** A free loopback port, for `next start` (the app's GenAuth host is baked in at build). */
function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitUntilServing(origin) {
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`next start did not answer at ${origin}`);
}

installPacked(work, [
  `next@${NEXT_VERSION}`,
  `react@${pinned.react}`,
  `react-dom@${pinned['react-dom']}`,
  `@tanstack/react-query@${pinned['@tanstack/react-query']}`,
]);
cpSync(join(root, 'test', 'nextjs', 'app'), join(work, 'app'), { recursive: true });

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_PUBLIC_APP_HOST: origin };
const next = join(work, 'node_modules', 'next', 'dist', 'bin', 'next');
sh('node', [next, 'build'], work, env);
const server = spawn('node', [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: work,
  env,
  stdio: 'inherit',
});
let browser;
try {
  await waitUntilServing(origin);
  const html = await (await fetch(origin)).text();
  check(html.includes('Send code'), 'the button is server-rendered');
  check(
    html.includes('id="server-verdict">pending<'),
    'core runs in a server component (no metadata there: pending)',
  );

  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // A missing resource also comes as a response below, with its address (the browser's own
    // favicon.ico request comes only here).
    const text = message.text();
    if (['error', 'warning'].includes(message.type()) && !text.startsWith('Failed to load')) {
      problems.push(text);
    }
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(origin);
  const number = page.getByRole('textbox', { name: 'Phone number' });
  await number.pressSequentially('13800138000');
  const valid = await page
    .waitForSelector('.genauth-phone-input[data-state="valid"]', { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  check(valid && (await number.inputValue()) === '138 0013 8000', 'a mainland number validates');
  await page.getByRole('button', { name: 'Send code' }).dblclick();
  const cooling = await page
    .waitForSelector('button[data-state="cooldown"]', { timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const { requests } = await (
    await fetch(`${origin}/api/v3/send-sms?phone=${encodeURIComponent('+8613800138000')}`)
  ).json();
  check(cooling && requests === 1, `a double click sends one SMS (${requests} sent)`);

  // The ready sign-in flow (genauth-sms-react/flows) on its own route.
  const flowHtml = await (await fetch(`${origin}/sign-in`)).text();
  check(flowHtml.includes('>Sign in</h2>'), 'the sign-in flow is server-rendered');
  await page.goto(`${origin}/sign-in`);
  const flowNumber = page.getByRole('textbox', { name: 'Phone number' });
  await flowNumber.pressSequentially('13900139000');
  await page.waitForSelector('.genauth-phone-input[data-state="valid"]', { timeout: 15_000 });
  await flowNumber.press('Enter');
  const codeStep = page.getByRole('heading', { name: 'Enter the code' });
  const toCodeStep = await codeStep.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  check(toCodeStep, 'Enter in the number sends the code and shows the code step');
  await page.reload();
  const resumed = await codeStep.waitFor({ timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  check(resumed, 'a reload comes back to the code step');
  await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially('123456');
  const signedIn = await page
    .getByRole('heading', { name: 'Signed in' })
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  const signIns = (await (await fetch(`${origin}/api/v3/signin`)).json()).requests;
  check(signedIn && signIns === 1, `the code signs in with one request (${signIns} made)`);

  check(
    problems.length === 0,
    `no error or warning in the browser${problems.length ? `: ${problems.join(' | ')}` : ''}`,
  );
} finally {
  await browser?.close();
  server.kill();
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length ? `next.js: ${failures.length} failed` : 'next.js: all passed');
process.exit(failures.length ? 1 : 0);
