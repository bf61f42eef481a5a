// Browser tests need a real Chromium; nothing here may download its own browser build.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about 40 s)...');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
  }
  if (!chromiumPath()) {
    console.error(
      [
        'Browser tests need Chromium and none was found.',
        '  Debian/Ubuntu: sudo apt-get install -y chromium',
        '  macOS: install Google Chrome, then CHROMIUM_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
        '  Anywhere: set CHROMIUM_PATH to a Chromium or Chrome executable.',
      ].join('\n'),
    );
    process.exit(1);
  }
}
