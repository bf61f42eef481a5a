// What the consumer checks (React 18, Next.js) share: the repository's package packed as npm
// publishes it and installed in a scratch app next to the packages the check needs.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The versions package.json pins for development, to install the same ones in a scratch app. */
export const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;

/** Runs a command; exits with its status when it fails. */
export function sh(command, args, cwd, env = process.env) {
  const { status } = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

/**
 * Packs the package into `work` (an empty folder), gives it a package.json with `manifest`,
 * and installs the tarball with `packages` (npm's cache first).
 */
export function installPacked(work, packages, manifest = {}) {
  sh('npm', ['pack', '--silent', '--pack-destination', work], root);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ private: true, ...manifest }));
  const install = ['install', '--no-audit', '--no-fund', '--prefer-offline'];
  sh('npm', [...install, ...packages, `./${tarball}`], work);
}
