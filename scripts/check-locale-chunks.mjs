// After `npm run build`: the main entries (the flows' too) must not pull in any catalogue but
// en-US (the built-in default), so a page bundles only the language it imports. Follows chunk imports.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const dist = 'dist';
const entries = ['index.js', 'core.js', 'mock.js', 'form.js', 'flows.js'];
// en-US is built in, for the components and for the flows.
const allowed = new Set(['locales/en-US.js', 'flows/locales/en-US.js']);
let failed = false;

for (const entry of entries) {
  const seen = new Set();
  const pending = [join(dist, entry)];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(join(dirname(file), specifier));
    }
  }
  const catalogues = [...seen]
    .map((file) => relative(dist, file))
    .filter((file) => /^(flows\/)?locales\//.test(file) && !allowed.has(file));
  if (catalogues.length > 0) {
    failed = true;
    console.error(`${entry} pulls in ${catalogues.join(', ')}`);
  } else console.log(`${entry}: no catalogue but en-US (${seen.size} modules)`);
}
process.exit(failed ? 1 : 0);
