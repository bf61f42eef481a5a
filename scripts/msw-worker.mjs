// Copies MSW's service worker into public/ so Storybook can serve it; generated, not committed,
// so it always matches the installed msw version.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
mkdirSync('public', { recursive: true });
copyFileSync(source, join('public', 'mockServiceWorker.js'));
