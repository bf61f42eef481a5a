// `npm test`: every check a change must pass, ending with one plain summary line.
// Each static check (types, lint, package exports, size budgets) counts as one test;
// every Vitest test (unit, browser, Storybook stories) counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, { countAsTest = true } = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const ok = status === 0;
  if (countAsTest) {
    if (ok) results.passed += 1;
    else results.failed += 1;
  }
  if (!ok) failures.push(label);
  return ok;
}

const bin = (name) => `node_modules/.bin/${name}`;

run('msw worker', 'node', ['scripts/msw-worker.mjs'], { countAsTest: false });
run('lockfile', 'node', ['scripts/check-lockfile.mjs']);
run('type-check', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
run('lint', bin('biome'), ['check', '.']);
// Built before Vitest: the webpack consumer test (test/e2e) bundles the built package.
const isBuilt = run('build', 'npm', ['run', 'build', '--silent']);
const hasBrowser = run('chromium', 'node', ['scripts/ensure-chromium.mjs'], { countAsTest: false });

const report = '.vitest-results.json';
rmSync(report, { force: true });
const projects = hasBrowser ? [] : ['--project', 'unit'];
const vitestOk = run(
  'vitest',
  bin('vitest'),
  ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { countAsTest: false },
);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const failedBefore = results.failed;
  results.passed += json.numPassedTests ?? 0;
  results.failed += (json.numFailedTests ?? 0) + suitesThatFailedToLoad(json);
  // Vitest failed outside any test (a browser project that never connected, an unhandled
  // error): its files did not run, so the summary must not read "0 failed".
  if (!vitestOk && results.failed === failedBefore) results.failed += 1;
} else {
  results.failed += 1;
}
if (!hasBrowser) results.failed += 1;

if (isBuilt) {
  run('locale entries', 'node', ['scripts/check-locale-chunks.mjs']);
  run('react 18', 'node', ['scripts/react18-smoke.mjs']);
  run('next.js', 'node', ['scripts/nextjs-smoke.mjs']);
  run('vite', 'node', ['scripts/vite-smoke.mjs']);
  run('publint', bin('publint'), ['--strict']);
  run('attw', bin('attw'), [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--exclude-entrypoints',
    './styles.css',
    './send-code-button.css',
    './flows.css',
  ]);
  for (const budget of [
    'first-paint',
    'kit-own-code',
    'first-send',
    'button-css',
    'core-entry',
    'login-button-contents',
    'sign-in-flow-eager',
    'sign-in-flow-first-send',
  ]) {
    run(`size budget ${budget}`, 'node', ['scripts/check-size.mjs', budget]);
  }
}

/** A test file that failed to load has no failed tests of its own; count it as one failure. */
function suitesThatFailedToLoad(json) {
  return (json.testResults ?? []).filter(
    (suite) =>
      suite.status === 'failed' && !suite.assertionResults?.some((t) => t.status === 'failed'),
  ).length;
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`tests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
