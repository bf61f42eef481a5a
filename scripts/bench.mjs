// `npm run bench`: the kit's login button next to the phone inputs it replaces
// (react-phone-number-input, default and /mobile; react-international-phone; mui-tel-input twice,
// with MUI and emotion left out as in an app already on MUI, and bundled as in a page without
// MUI), as a consumer's bundler sees each package (esbuild, minified, code splitting on, react,
// react-dom, TanStack Query and react-hook-form left out; gzip level 9), then the time from
// navigation to an interactive control at 4x CPU throttling, the kit's login page against
// react-phone-number-input, as real pages in Chromium (scripts/interactive-bench.mjs;
// INTERACTIVE_RUNS, default 11 per page, and INTERACTIVE_LATENCY_MS, default 40), then React
// commits per second with 1 and 10 buttons cooling down (React's Profiler, fake timers) and the
// calls to storage they make (20 items of other scripts in it), counted on a fake storage and on
// Chromium's real localStorage (scripts/storage-bench.mjs), with the kit's own code split by
// area. Run after `npm run build`; offline.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kB, PEERS } from './consumer-bundle.mjs';
import { measureInteractive } from './interactive-bench.mjs';
import { ownCodeBreakdown } from './own-code-breakdown.mjs';
import { measureKit, measurePeers } from './size-scenarios.mjs';
import { measureBrowserStorage } from './storage-bench.mjs';

const kit = await measureKit();
const peers = await measurePeers();

const rows = [
  ['genauth-sms-react <SendCodeButton> + <GenAuthProvider>: eager (first paint)', kit.eager.gzip],
  ['  + the phone engine and +86, requested at mount', kit.mainland.total],
  ['  + after then typing a UK number (+44)', kit.uk.total],
  ['  + after then opening the country list', kit.countryList.total],
  ['  + after then pressing send (the whole page)', kit.send.total],
  ['  after +86 and the first send (no list, no +44)', kit.firstSend],
  ["  the kit's own code in the first paint", kit.own],
  ...peers.map((peer) => [peer.name, peer.total]),
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nJavaScript a browser downloads, min+gzip (peers left out: ${PEERS.join(', ')})\n`);
for (const [label, bytes] of rows) console.log(`${label.padEnd(width)}  ${kB(bytes).padStart(8)}`);
const lazy = [kit.mainland.added, kit.uk.added, kit.countryList.added, kit.send.added]
  .map((step) => `${step.name}: ${step.files.length ? step.files.join(', ') : 'nothing'}`)
  .join('; ');
console.log(`\nlazy chunks fetched, step by step: ${lazy}`);

const interactive = await measureInteractive({
  runs: Number(process.env.INTERACTIVE_RUNS ?? 11),
  latencyMs: Number(process.env.INTERACTIVE_LATENCY_MS ?? 40),
});
console.log(
  `\nNavigation to an interactive control, ms since navigation start, Chromium at ${interactive.cpuRate}x CPU throttling, served from 127.0.0.1 with ${interactive.latencyMs} ms before each response (scripts/interactive-bench.mjs; real pages: React, react-dom and TanStack Query bundled in; eager JS ${kB(interactive.eager.kit.gzip)} kit, ${kB(interactive.eager.peer.gzip)} react-phone-number-input; new context per run, pages interleaved, first round discarded)\n`,
);
const timeWidth = Math.max(...interactive.rows.map(({ label }) => label.length));
console.log(`${''.padEnd(timeWidth)}  ${'median'.padStart(6)}  ${'min–max'.padStart(11)}  runs`);
for (const { label, median, min, max, runs } of interactive.rows) {
  const range = `${min.toFixed(0)}–${max.toFixed(0)}`;
  console.log(
    `${label.padEnd(timeWidth)}  ${median.toFixed(0).padStart(6)}  ${range.padStart(11)}  ${String(runs).padStart(4)}`,
  );
}
console.log(
  `\nthe kit's field requests at mount, for +86: ${interactive.lazy.join(', ')}; react-phone-number-input's flag is an <img> on a CDN, refused here at name resolution (no figure waits on it)`,
);

console.log(
  `\nThe kit's own code in the first paint (${kB(kit.own)}) by area: shares of minified bytes in the same page bundled from src/\n`,
);
const areas = await ownCodeBreakdown(kit.own);
const areaWidth = Math.max(...areas.map(({ area }) => area.length));
for (const { area, gzip, share } of areas) {
  console.log(
    `${area.padEnd(areaWidth)}  ${kB(gzip).padStart(8)}  ${(share * 100).toFixed(0).padStart(3)} %`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'genauth-bench-'));
const report = join(dir, 'commits.json');
const run = spawnSync(
  'node_modules/.bin/vitest',
  ['run', '--project', 'unit', 'test/unit/components/commits-per-second.test.tsx'],
  { env: { ...process.env, COMMITS_REPORT: report }, encoding: 'utf8' },
);
let commits = null;
try {
  commits = JSON.parse(readFileSync(report, 'utf8'));
} catch {
  console.error(run.stdout, run.stderr);
}
rmSync(dir, { recursive: true, force: true });
console.log('\nReact commits while buttons cool down (Profiler around the whole page)\n');
console.log(
  'buttons  commits  over (s)  countdown steps  commits per displayed second  storage calls per second (fake)',
);
for (const buttons of [1, 10]) {
  const figures = commits?.[buttons];
  if (!figures) {
    console.log(`${String(buttons).padStart(7)}  n/a`);
    continue;
  }
  const { commits: count, elapsedMs, steps, storageCalls } = figures;
  const cells = [
    String(buttons).padStart(7),
    String(count).padStart(7),
    (elapsedMs / 1000).toFixed(2).padStart(8),
    String(steps).padStart(15),
    (count / steps).toFixed(2).padStart(28),
    (storageCalls / (elapsedMs / 1000)).toFixed(0).padStart(31),
  ];
  console.log(cells.join('  '));
}

console.log(
  "\nThe cooldown store's calls to Chromium's localStorage (20 items of other scripts in it), real time\n",
);
console.log(
  'buttons  over (s)  countdown steps  calls per second  calls per displayed second  calls per start',
);
const browserFigures = await measureBrowserStorage();
for (const { countdowns, calls, elapsedMs, steps, callsPerStart } of browserFigures) {
  const cells = [
    String(countdowns).padStart(7),
    (elapsedMs / 1000).toFixed(2).padStart(8),
    String(steps).padStart(15),
    (calls / (elapsedMs / 1000)).toFixed(0).padStart(16),
    (steps > 0 ? calls / steps : Number.NaN).toFixed(0).padStart(26),
    callsPerStart.toFixed(0).padStart(15),
  ];
  console.log(cells.join('  '));
}
process.exit(run.status === 0 && commits ? 0 : 1);
