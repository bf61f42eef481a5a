// Time from navigation to an interactive control, for `npm run bench`: the kit's README login
// page against react-phone-number-input's <PhoneInput>, each built as a real page (esbuild,
// production, minified, React, react-dom and TanStack Query bundled in, code splitting on, so the
// kit's lazy chunks are files of their own; the entry's static chunks announced by
// modulepreload, as Vite does), served gzipped from memory by node:http on 127.0.0.1 with a
// fixed delay before each response, and opened in Debian's Chromium (playwright-core) at 4x CPU
// throttling, a new context (cold cache) per run, the two pages interleaved. Each moment is
// recorded inside the page, as `performance.now()` (time since navigation start) when its
// condition first holds: a MutationObserver checks the DOM after each change, and
// PerformanceObservers read the first contentful paint and resource timing. Nothing waits on a
// clock.
import { createServer } from 'node:http';
import { basename, extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { interleave, summarize } from './bench-stats.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';
import { chunksOf, downloads, pageBuildOptions, writePage } from './consumer-bundle.mjs';
import { loginPage, metadataPiece, phoneEngine } from './size-scenarios.mjs';

const ARGS = [
  ...CHROMIUM_ARGS,
  // No host but the local server resolves: a page's request elsewhere (a peer's flag image on a
  // CDN) fails at once instead of waiting on a network this machine does not have.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** The two pages, as a consumer writes them: the kit's README login page and the peer's field. */
const PAGES = {
  kit: `import { createRoot } from 'react-dom/client';
import 'genauth-sms-react/send-code-button.css';
${loginPage}
createRoot(document.getElementById('root')).render(page);`,
  peer: `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
const Page = () => {
  const [value, setValue] = useState();
  return <PhoneInput defaultCountry="CN" value={value} onChange={setValue} />;
};
createRoot(document.getElementById('root')).render(<Page />);`,
};

/** What each row reports, by page and the mark the page's probe records. */
const MEASURES = [
  { page: 'kit', mark: 'fcp', label: 'genauth-sms-react login page: first contentful paint' },
  {
    page: 'kit',
    mark: 'interactive',
    label: '  send button and phone field in the DOM, button enabled (React committed)',
  },
  {
    page: 'kit',
    mark: 'engine',
    label: '  phone engine and +86 piece downloaded (resource timing, last responseEnd)',
  },
  { page: 'peer', mark: 'fcp', label: 'react-phone-number-input: first contentful paint' },
  { page: 'peer', mark: 'interactive', label: '  its input in the DOM (React committed)' },
];

/**
 * Builds one page and returns what the server serves for it, under `/<name>/`, and the names of
 * the files the kit's field requests at mount for a mainland number (empty for the peer).
 */
async function buildPage(name, source) {
  const { dir, entry } = writePage(`interactive-${name}`, source);
  const options = pageBuildOptions(dir, entry);
  const outdir = options.outdir ?? join(dir, 'out');
  const result = await build(options);
  const files = new Map();
  const serve = (path, contents) => {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    files.set(`/${name}/${path}`, { body: gzipSync(contents, { level: 9 }), type });
  };
  const outputs = result.outputFiles.map((file) => relative(outdir, file.path));
  for (const [index, file] of result.outputFiles.entries()) serve(outputs[index], file.contents);
  const chunks = chunksOf(result, dir, entry);
  const page = downloads(
    chunks,
    name === 'kit' ? [{ name: '+86', fetches: [phoneEngine, ...metadataPiece(86)] }] : [],
  );
  // The eager chunks the entry imports are announced in the HTML, as Vite's build does, so the
  // browser fetches them alongside the entry instead of one round trip after it.
  const preloads = page.eager.files
    .map((path) => basename(path))
    .filter((file) => file !== 'page.js')
    .map((file) => `<link rel="modulepreload" href="${file}">`)
    .join('');
  const css = outputs.includes('page.css') ? '<link rel="stylesheet" href="page.css">' : '';
  serve(
    'index.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${css}${preloads}</head><body><div id="root"></div><script type="module" src="page.js"></script></body></html>`,
  );
  return {
    files,
    eager: page.eager,
    lazy: (page.steps[0]?.files ?? []).map((path) => basename(path)),
  };
}

/**
 * Runs in the page before its scripts (addInitScript): records each mark once, as time since
 * navigation start, and hands them to `window.__benchReport` once all of them hold.
 * @param {{ page: 'kit' | 'peer', lazy: string[] }} options
 */
function probe({ page, lazy }) {
  const marks = {};
  const wanted = page === 'kit' ? ['fcp', 'interactive', 'engine'] : ['fcp', 'interactive'];
  let reported = false;
  const mark = (name, at = performance.now()) => {
    if (!(name in marks)) marks[name] = at;
    if (!reported && wanted.every((want) => want in marks)) {
      reported = true;
      window.__benchReport(marks);
    }
  };
  const check = () => {
    if (page === 'kit') {
      const button = document.querySelector('button.genauth-send-code__button');
      const field = document.querySelector('.genauth-phone-input input[type="tel"]');
      if (button && field && !field.disabled && button.getAttribute('aria-disabled') !== 'true') {
        mark('interactive');
      }
    } else if (document.querySelector('input.PhoneInputInput')) {
      mark('interactive');
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'first-contentful-paint') mark('fcp', entry.startTime);
    }
  }).observe({ type: 'paint', buffered: true });
  const loaded = new Map();
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const file = new URL(entry.name).pathname.split('/').pop() ?? '';
      if (lazy.includes(file)) loaded.set(file, entry.responseEnd);
    }
    if (lazy.length > 0 && loaded.size === lazy.length) {
      mark('engine', Math.max(...loaded.values()));
    }
  }).observe({ type: 'resource', buffered: true });
}

/** One visit in a new context: the marks the page recorded. */
async function visit(browser, url, options, cpuRate) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    let report = () => {};
    const marks = new Promise((resolve) => {
      report = resolve;
    });
    await page.exposeFunction('__benchReport', (recorded) => report(recorded));
    await page.addInitScript(probe, options);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(url, { waitUntil: 'commit' });
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${url}: the page never became interactive`)),
        60_000,
      );
    });
    try {
      return await Promise.race([marks, timeout]);
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await context.close();
  }
}

/**
 * Navigation to interactive control, kit against react-phone-number-input.
 * @param {{ runs?: number, latencyMs?: number, cpuRate?: number }} [options] - Measured runs per
 *   page (one more round runs first as a warm-up and is discarded), the delay before each
 *   response, and Chromium's CPU slow-down factor.
 */
export async function measureInteractive({ runs = 11, latencyMs = 40, cpuRate = 4 } = {}) {
  const kit = await buildPage('kit', PAGES.kit);
  const peer = await buildPage('peer', PAGES.peer);
  const files = new Map([...kit.files, ...peer.files]);
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    setTimeout(() => {
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip' });
      response.end(file.body);
    }, latencyMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ARGS,
    headless: true,
  });
  const pages = { kit, peer };
  const marks = { kit: [], peer: [] };
  try {
    for (const [index, name] of interleave(['kit', 'peer'], runs + 1).entries()) {
      const options = { page: name, lazy: pages[name].lazy };
      const recorded = await visit(browser, `${origin}/${name}/index.html`, options, cpuRate);
      if (index >= 2) marks[name].push(recorded);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {
    latencyMs,
    cpuRate,
    eager: { kit: kit.eager, peer: peer.eager },
    lazy: kit.lazy,
    rows: [
      ...MEASURES.map(({ page, mark, label }) => ({
        label,
        ...summarize(marks[page].map((recorded) => recorded[mark])),
      })),
      {
        // Each round's two runs saw the same spell of the shared machine: their difference is
        // steadier than the difference of the medians.
        label: 'kit minus react-phone-number-input, committed, same round (paired)',
        ...summarize(
          marks.kit.map(
            (recorded, round) =>
              recorded.interactive - (marks.peer[round]?.interactive ?? Number.NaN),
          ),
        ),
      },
    ],
  };
}
