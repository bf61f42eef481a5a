// React 18 check: the BUILT package, packed as npm publishes it, installed next to React 18
// (not the repository's React 19) and driven by test/react18/smoke.mjs in jsdom: refs reach
// the inputs, SSR renders, the send button focuses its field. Run after `npm run build`.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { installPacked, pinned, root, sh } from './packed-install.mjs';

const work = join(root, 'node_modules', '.cache', 'react18');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
installPacked(
  work,
  [
    'react@18.3.1',
    'react-dom@18.3.1',
    `@tanstack/react-query@${pinned['@tanstack/react-query']}`,
    `jsdom@${pinned.jsdom}`,
  ],
  { type: 'module' },
);
copyFileSync(join(root, 'test', 'react18', 'smoke.mjs'), join(work, 'smoke.mjs'));
sh('node', ['smoke.mjs', 'ssr'], work);
sh('node', ['smoke.mjs', 'client'], work);
