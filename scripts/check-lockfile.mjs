// A fresh `npm install` must not rewrite package-lock.json: the lockfile has to agree with
// package.json (versions, peer flags, optional peers). Re-resolves the lockfile alone, offline
// from npm's cache (filled by `npm ci`), in a scratch copy, and compares.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'genauth-lockfile-'));
try {
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(file, join(scratch, file));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status, stderr } = spawnSync(
    npm,
    ['install', '--package-lock-only', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'],
    { cwd: scratch, encoding: 'utf8' },
  );
  if (status !== 0) {
    console.error(`npm install --package-lock-only failed:\n${stderr}`);
    process.exit(1);
  }
  const before = readFileSync('package-lock.json', 'utf8');
  const after = readFileSync(join(scratch, 'package-lock.json'), 'utf8');
  if (before !== after) {
    console.error('npm install would rewrite package-lock.json: run `npm install` and commit it.');
    process.exit(1);
  }
  console.log('package-lock.json agrees with package.json');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
