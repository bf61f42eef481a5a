// Vite check: the BUILT package, packed as npm publishes it, installed in a Vite + React app
// (test/vite-app: <PhoneSignIn> from genauth-sms-react/flows), built by `vite build` and served
// with a stand-in for GenAuth (send-sms, and signin where 123456 is the code), then driven in
// Chromium: Enter sends the code, a reload and a second tab come back to the code step, the
// code signs in with one request, nothing is logged. Run after `npm run build`.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { installPacked, pinned, root, sh } from './packed-install.mjs';

const work = mkdtempSync(join(tmpdir(), 'genauth-vite-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} vite: ${what}`);
  if (!ok) failures.push(what);
};

installPacked(
  work,
  ['vite', '@vitejs/plugin-react', 'react', 'react-dom', '@tanstack/react-query'].map(
    (name) => `${name}@${pinned[name]}`,
  ),
  { type: 'module' },
);
cpSync(join(root, 'test', 'vite-app'), work, { recursive: true });
sh('node', [join(work, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], work);

/** GenAuth's answers, as the stand-in gives them; counts what it was asked. */
const asked = { sendSms: 0, signIn: 0 };
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
async function answer(request, response) {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (request.method === 'POST') {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const body = JSON.parse(text);
    let envelope = { statusCode: 404, message: 'Not found' };
    if (path === '/api/v3/send-sms') {
      asked.sendSms += 1;
      envelope = { statusCode: 200, message: 'ok' };
    } else if (path === '/api/v3/signin') {
      asked.signIn += 1;
      envelope =
        body.passCodePayload?.passCode === '123456'
          ? {
              statusCode: 200,
              message: 'ok',
              data: { access_token: 'vite-token', token_type: 'Bearer', expires_in: 7200 },
            }
          : { statusCode: 400, apiCode: 2001, message: 'Invalid code' };
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(envelope));
    return;
  }
  // The browser asks for one on its own; an empty answer keeps the console clean.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  const dist = join(work, 'dist');
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  try {
    if (!file.startsWith(dist)) throw new Error('outside');
    const content = readFileSync(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(content);
  } catch {
    response.writeHead(404).end();
  }
}
const server = createServer((request, response) => {
  answer(request, response).catch(() => response.writeHead(500).end());
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const seen = (locator) =>
    locator.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    );
  const codeStep = (tab) => tab.getByRole('heading', { name: 'Enter the code' });

  await page.goto(origin);
  const number = page.getByRole('textbox', { name: 'Phone number' });
  await number.pressSequentially('13800138000');
  await page.waitForSelector('.genauth-phone-input[data-state="valid"]', { timeout: 15_000 });
  await number.press('Enter');
  check(await seen(codeStep(page)), 'Enter in the number sends the code and shows the code step');
  check(asked.sendSms === 1, `one SMS (${asked.sendSms} asked)`);
  await page.reload();
  check(await seen(codeStep(page)), 'a reload comes back to the code step');
  const other = await context.newPage();
  await other.goto(origin);
  check(await seen(codeStep(other)), 'a second tab opens on the code step');
  await other.getByRole('textbox', { name: 'Verification code' }).pressSequentially('123456');
  const signedIn = await seen(other.getByRole('heading', { name: 'Signed in' }));
  check(signedIn && asked.signIn === 1, `the code signs in with one request (${asked.signIn})`);
  check(
    problems.length === 0,
    `no error or warning in the browser${problems.length ? `: ${problems.join(' | ')}` : ''}`,
  );
} finally {
  await browser?.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length ? `vite: ${failures.length} failed` : 'vite: all passed');
process.exit(failures.length ? 1 : 0);
