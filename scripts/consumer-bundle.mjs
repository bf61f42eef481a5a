// What a consumer's bundler makes of a page: bundle a tiny page with esbuild (minified, code
// splitting on, peers external, as an app that already ships React would), then size what a
// browser downloads: the entry chunk with everything it imports statically, plus a lazy chunk
// only when the page's scenario fetches it. Sizes are gzip (level 9) of the minified output.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules', '.cache', 'consumer-bundle');

/** The repository's `node_modules`, where a page's other packages resolve from. */
export const repoModules = join(root, 'node_modules');

/** Peers a page already has: never counted for any package. */
export const PEERS = ['react', 'react-dom', '@tanstack/react-query', 'react-hook-form'];

/**
 * esbuild's options for a consumer page in production: bundled, minified, code splitting on,
 * `process.env.NODE_ENV` replaced, output kept in memory with its metafile.
 * @param {string} dir - The page's folder (from {@link writePage}).
 * @param {string} entry - The page's file.
 * @returns {import('esbuild').BuildOptions}
 */
export function pageBuildOptions(dir, entry) {
  return {
    entryPoints: [entry],
    absWorkingDir: dir,
    nodePaths: [repoModules],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    platform: 'browser',
    target: 'es2020',
    outdir: join(dir, 'out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  };
}

/**
 * Bundles `source` as a consumer page would and returns its chunks.
 * @param {string} name - A file name for the page.
 * @param {string} source - The page's code (JSX allowed), importing packages by name.
 * @param {{ external?: string[], externalFiles?: RegExp, alias?: Record<string, string> }} [options] -
 *   Extra packages, and files of the package (matched on their path), left out of the count;
 *   `alias` goes to esbuild (the own-code breakdown bundles the sources, not dist/).
 */
export async function bundlePage(name, source, { external = [], externalFiles, alias } = {}) {
  const { dir, entry } = writePage(name, source);
  const result = await build({
    ...pageBuildOptions(dir, entry),
    external: [...PEERS.flatMap((peer) => [peer, `${peer}/*`]), ...external],
    loader: { '.css': 'empty' },
    ...(alias ? { alias } : {}),
    plugins: externalFiles ? [leaveOut(externalFiles)] : [],
  });
  return chunksOf(result, dir, entry);
}

/**
 * Writes `source` as `page.jsx` in a fresh folder of the cache whose `node_modules` holds the
 * package itself: the page imports `genauth-sms-react` by name, so its package.json `exports`
 * decide what loads, the built dist exactly as published. Other packages resolve from the
 * repository's `node_modules` (esbuild's `nodePaths`, {@link repoModules}).
 * @param {string} name - The folder's name.
 * @param {string} source - The page's code.
 * @returns {{ dir: string, entry: string }}
 */
export function writePage(name, source) {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules', 'genauth-sms-react'), 'dir');
  const entry = join(dir, 'page.jsx');
  writeFileSync(entry, source);
  return { dir, entry };
}

/**
 * The JavaScript chunks of an esbuild result (built with `metafile`, `write: false`), keyed by
 * their path relative to `dir`, in the shape {@link downloads} reads.
 */
export function chunksOf(result, dir, entry) {
  const chunks = new Map();
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    const path = relative(dir, file.path);
    const meta = result.metafile.outputs[path];
    chunks.set(path, {
      path,
      gzip: gzipSync(file.contents, { level: 9 }).length,
      raw: file.contents.length,
      text: file.text,
      // esbuild also names each dynamic import's target an entry point: only the page is one.
      isEntry: meta.entryPoint === relative(dir, entry),
      inputs: meta.inputs,
      imports: meta.imports.filter((i) => !i.external),
    });
  }
  return chunks;
}

/** An esbuild plugin that leaves files whose resolved path matches `pattern` out of the bundle. */
function leaveOut(pattern) {
  return {
    name: 'leave-out',
    setup(b) {
      b.onResolve({ filter: /^\./ }, ({ path, resolveDir }) => {
        const file = resolve(resolveDir, path);
        return pattern.test(file) ? { path: file, external: true } : undefined;
      });
    },
  };
}

/** The chunks loaded with `path`: it and its static imports, transitively. */
function withStaticImports(chunks, path, seen = new Set()) {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const imported of chunks.get(path)?.imports ?? []) {
    if (imported.kind === 'import-statement') withStaticImports(chunks, imported.path, seen);
  }
  return seen;
}

/** The chunks a dynamic `import()` of a module matching `test` brings, beyond `loaded`. */
function lazyChunks(chunks, loaded, test) {
  const added = new Set();
  for (const chunk of chunks.values()) {
    for (const imported of chunk.imports) {
      if (imported.kind !== 'dynamic-import' || !loaded.has(chunk.path)) continue;
      const target = chunks.get(imported.path);
      if (!target || !Object.keys(target.inputs).some(test)) continue;
      for (const path of withStaticImports(chunks, imported.path)) {
        if (!loaded.has(path)) added.add(path);
      }
    }
  }
  return added;
}

/**
 * What a browser downloads for a page: its eager chunks, then each step's lazy chunks in turn.
 * @param chunks - From {@link bundlePage}.
 * @param {{ name: string, fetches: ((input: string) => boolean)[] }[]} steps - What the user
 *   does, each naming, in order, the source modules whose dynamic import it triggers (a piece
 *   behind its zone's table: the table, then the piece). A fetch that adds nothing throws: the
 *   scenario no longer matches the package, and a figure would silently miss a download.
 */
export function downloads(chunks, steps = []) {
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  const loaded = withStaticImports(chunks, entry.path);
  const sum = (paths) => [...paths].reduce((total, path) => total + chunks.get(path).gzip, 0);
  const eager = { files: [...loaded], gzip: sum(loaded) };
  const after = [];
  for (const step of steps) {
    const added = new Set();
    for (const fetches of step.fetches) {
      const more = lazyChunks(chunks, loaded, fetches);
      if (more.size === 0) throw new Error(`"${step.name}": a fetch of this step loads nothing`);
      for (const path of more) {
        loaded.add(path);
        added.add(path);
      }
    }
    after.push({ name: step.name, files: [...added], gzip: sum(added), total: sum(loaded) });
  }
  return { eager, steps: after, total: sum(loaded) };
}

/** `bytes` as kB with one decimal (1 kB = 1000 bytes). */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
