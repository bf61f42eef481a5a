// React 18 check: the BUILT package, packed as npm publishes it, installed next to React 18
// (not the repository's React 19) and driven by test/react18/smoke.mjs in jsdom: refs reach
// the inputs, SSR renders, the send button focuses its field. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'node_modules', '.cache', 'react18');
const pinned = JSON.parse(
  spawnSync('node', ['-p', 'JSON.stringify(require("./package.json").devDependencies)'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout,
);

function sh(command, args, cwd) {
  const { status } = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
sh('npm', ['pack', '--silent', '--pack-destination', work], root);
const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
copyFileSync(join(root, 'test', 'react18', 'smoke.mjs'), join(work, 'smoke.mjs'));
sh(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    'react@18.3.1',
    'react-dom@18.3.1',
    `@tanstack/react-query@${pinned['@tanstack/react-query']}`,
    `jsdom@${pinned.jsdom}`,
    `./${tarball}`,
  ],
  work,
);
sh('node', ['smoke.mjs', 'ssr'], work);
sh('node', ['smoke.mjs', 'client'], work);
