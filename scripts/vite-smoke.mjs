// Vite check: the BUILT package, packed as npm publishes it, installed in a Vite + React app
// (test/vite-app: <PhoneSignIn> from genauth-sms-react/flows), built by `vite build` and served
// with a stand-in for GenAuth (send-sms, and signin where 123456 is the code), then driven in
// Chromium: Enter sends the code, a reload and a second tab come back to the code step, the
// code signs in with one request, nothing is logged.
// The same app and build also hold the README's Quick start, copied verbatim at run time (with the
// packages its Install line names): it must type-check as a Vite React-TS app checks it, render
// without a console error, send one SMS on a click (GenAuth answered by page.route at the
// README's appHost), count down and log its onSent line. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';
import { installPacked, pinned, root, sh } from './packed-install.mjs';

const work = mkdtempSync(join(tmpdir(), 'genauth-vite-'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} vite: ${what}`);
  if (!ok) failures.push(what);
};

// VITE_SMOKE_README points the check at another README, to see it fail on a broken quick start.
const readme = readFileSync(process.env.VITE_SMOKE_README ?? join(root, 'README.md'), 'utf8');
/** The first ```lang block under the README's `## heading`, exactly as written. */
function readmeBlock(heading, lang) {
  const start = readme.indexOf(`\n## ${heading}\n`);
  const end = start === -1 ? -1 : readme.indexOf('\n## ', start + 1);
  const section = start === -1 ? '' : readme.slice(start, end === -1 ? undefined : end);
  const block = new RegExp(`\n\`\`\`${lang}\n([\\s\\S]*?)\n\`\`\`\n`).exec(section)?.[1];
  if (block === undefined) {
    console.error(`FAIL vite: README.md has no \`\`\`${lang} block under "## ${heading}"`);
    process.exit(1);
  }
  return block;
}
/** What a quick start must spell out for the check to follow it; exits when it is missing. */
function quoted(source, pattern, what) {
  const value = pattern.exec(source)?.[1];
  if (value === undefined) {
    console.error(`FAIL vite: the README Quick start has no ${what}`);
    process.exit(1);
  }
  return value;
}

const quickStart = readmeBlock('Quick start', 'tsx');
const appHost = quoted(quickStart, /appHost="([^"]+)"/, 'appHost="..."');
const appId = quoted(quickStart, /appId="([^"]+)"/, 'appId="..."');
const channel = quoted(quickStart, /channel="([^"]+)"/, 'channel="..."');
const sentLine = quoted(quickStart, /console\.log\((?:'|")([^'"]*)/, "console.log('...')");
// The README's install line, with the versions package.json pins (the kit itself is the tarball).
const installLine = readmeBlock('Install', 'sh')
  .split('\n')
  .find((line) => line.startsWith('npm install '));
const readmePackages = installLine?.split(/\s+/).slice(2) ?? [];
if (
  !readmePackages.includes('genauth-sms-react') ||
  readmePackages.some((n) => n !== 'genauth-sms-react' && !pinned[n])
) {
  console.error(
    `FAIL vite: README install line "${installLine}" must name genauth-sms-react and pinned packages`,
  );
  process.exit(1);
}
// What `npm create vite` (react-ts) brings, then what the README says to install.
const scaffold = [
  'vite',
  '@vitejs/plugin-react',
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
];
installPacked(
  work,
  [...scaffold, ...readmePackages.filter((name) => name !== 'genauth-sms-react')].map(
    (name) => `${name}@${pinned[name]}`,
  ),
  { type: 'module' },
);
cpSync(join(root, 'test', 'vite-app'), work, { recursive: true });
writeFileSync(join(work, 'src', 'quick-start.tsx'), `${quickStart}\n`);
// The compiler options of Vite's react-ts template (tsconfig.app.json), on the Quick start alone:
// a wrong prop or a missing import fails here even where the page would still render.
writeFileSync(
  join(work, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      types: ['vite/client'],
      skipLibCheck: true,
      moduleResolution: 'bundler',
      allowImportingTsExtensions: true,
      verbatimModuleSyntax: true,
      moduleDetection: 'force',
      noEmit: true,
      jsx: 'react-jsx',
      strict: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      erasableSyntaxOnly: true,
      noFallthroughCasesInSwitch: true,
      noUncheckedSideEffectImports: true,
    },
    files: ['src/quick-start.tsx'],
  }),
);
const typeCheck = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', work], {
  stdio: 'inherit',
});
check(
  typeCheck.status === 0,
  'the README Quick start type-checks as written (react-ts template options)',
);
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

  await quickStartPage(browser);
} finally {
  await browser?.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

/**
 * The README's Quick start page, in a context of its own (the sign-in page above left a
 * cooldown for the same number): GenAuth is page.route at the README's appHost.
 */
async function quickStartPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const logs = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) problems.push(message.text());
    else if (message.type() === 'log') logs.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  const sends = [];
  const strays = [];
  await page.route(`${appHost}/**`, async (route) => {
    const request = route.request();
    const cors = {
      'access-control-allow-origin': origin,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers':
        (await request.headerValue('access-control-request-headers')) ?? '',
      vary: 'origin',
    };
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (request.method() === 'POST' && request.url() === `${appHost}/api/v3/send-sms`) {
      sends.push({
        body: request.postDataJSON(),
        appId: await request.headerValue('x-genauth-app-id'),
      });
      return route.fulfill({
        status: 200,
        headers: { ...cors, 'content-type': 'application/json' },
        body: JSON.stringify({ statusCode: 200, message: 'ok' }),
      });
    }
    strays.push(`${request.method()} ${request.url()}`);
    return route.fulfill({ status: 404, headers: cors });
  });
  const seen = (locator) =>
    locator.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => false,
    );

  await page.goto(`${origin}/quick-start.html`);
  const number = page.getByRole('textbox', { name: 'Phone number' });
  const button = page.getByRole('button', { name: 'Send code' });
  const shown = (await seen(number)) && (await seen(button));
  check(shown, 'quick start: the phone field and the Send code button are there');
  if (!shown) {
    // Nothing to drive: say what the page said instead of timing out on every step.
    check(
      false,
      `quick start: the page rendered (browser said: ${problems.join(' | ') || 'nothing'})`,
    );
    await context.close();
    return;
  }
  await number.pressSequentially('13800138000');
  await page.waitForSelector('.genauth-phone-input[data-state="valid"]', { timeout: 15_000 });
  const phone = '+8613800138000';
  const logged = page
    .waitForEvent('console', {
      predicate: (message) => message.text() === `${sentLine} ${phone}`,
      timeout: 15_000,
    })
    .then(
      () => true,
      () => logs.some((text) => text === `${sentLine} ${phone}`),
    );
  await button.click();
  check(await logged, `quick start: onSent logs "${sentLine} ${phone}"`);
  const waiting = page.getByRole('button', { name: 'Send code', disabled: true });
  const countdownAt = async () =>
    Number(/(\d+) s/.exec(await button.innerText())?.[1] ?? Number.NaN);
  const first = (await seen(waiting)) ? await countdownAt() : Number.NaN;
  const ticked = await page
    .waitForFunction(
      ([element, from]) => Number(/(\d+) s/.exec(element.textContent ?? '')?.[1]) < from,
      [await button.elementHandle(), first],
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
  check(first > 0 && ticked, `quick start: the button waits and counts down (from ${first} s)`);
  const expected = { channel, phoneNumber: '13800138000', phoneCountryCode: '+86' };
  check(
    sends.length === 1 &&
      isDeepStrictEqual(sends[0].body, expected) &&
      sends[0].appId === appId &&
      strays.length === 0,
    `quick start: one POST ${appHost}/api/v3/send-sms with ${JSON.stringify(expected)} and ` +
      `x-genauth-app-id ${appId} (sent ${JSON.stringify(sends)}; other requests: ${strays.join(', ') || 'none'})`,
  );
  check(
    problems.length === 0,
    `quick start: no error or warning in the browser${problems.length ? `: ${problems.join(' | ')}` : ''}`,
  );
  await context.close();
}

console.log(failures.length ? `vite: ${failures.length} failed` : 'vite: all passed');
process.exit(failures.length ? 1 : 0);
