// Where the kit's own code in the login button goes, by area: the figure the "kit-own-code"
// budget checks, split so a size decision can be taken on facts (`npm run bench` prints it).
// The built package is bundled in chunks that mix modules, so the split bundles the same page
// from the sources (same esbuild settings, libphonenumber-js and generated metadata left out)
// and shares the built figure out in proportion to each module's minified bytes.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundlePage, downloads } from './consumer-bundle.mjs';
import { loginPage } from './size-scenarios.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
/** Where {@link bundlePage} writes its pages; module paths in its metafile are relative to them. */
const PAGES = resolve(root, 'node_modules/.cache/consumer-bundle');

/**
 * The areas, first match wins; every module of the button's eager chunks must fall in one
 * (an unassigned module fails the breakdown, so a new file cannot hide in "other").
 */
export const AREAS = [
  {
    name: 'phone field logic before the engine (parse, text, caret, metadata loader)',
    match: /^src\/core\/(phone\/|digits\.ts)/,
  },
  {
    name: 'phone field (PhoneInput, usePhoneInput)',
    match: /^src\/(components\/PhoneInput|hooks\/usePhone)/,
  },
  {
    name: 'closed country selector (lazy list excluded)',
    match: /^src\/components\/(country-select\/|Flag\.tsx|flag-glyphs\.ts)/,
  },
  { name: 'cooldown store (persisted, cross-tab)', match: /^src\/core\/cooldown\// },
  {
    name: 'button and its send control',
    match:
      /^src\/(components\/(SendCode|CooldownCountdown)|hooks\/(useCode|useSend|useCooldown|useAnnouncement)|core\/send-path\/)/,
  },
  {
    name: 'client and provider (options, host, errors)',
    match: /^src\/(core\/api\/|hooks\/(GenAuthProvider|context))/,
  },
  { name: 'texts (en-US part, error wording)', match: /^src\/i18n\// },
  {
    name: 'shared helpers (class names, refs, effects)',
    match:
      /^src\/(components\/(join-class-names|merge-refs)|hooks\/(useClientLayoutEffect|useControlModeWarning))/,
  },
  { name: 'entries (index re-exports, the page itself)', match: /^(src\/index\.ts|page\.jsx)$/ },
];

/**
 * The eager chunks' modules of the login page bundled from `src/`, grouped by {@link AREAS}.
 * @returns {Promise<{ area: string, bytes: number, modules: string[] }[]>} minified bytes per
 *   area, largest first.
 * @throws {Error} when a module belongs to no area.
 */
async function ownCodeByArea() {
  const name = 'kit-login-own-src';
  const chunks = await bundlePage(name, loginPage, {
    alias: { 'genauth-sms-react': resolve(root, 'src/index.ts') },
    external: ['libphonenumber-js', 'libphonenumber-js/*'],
    externalFiles: /src\/core\/phone\/generated\//,
  });
  const areas = new Map(AREAS.map(({ name }) => [name, { area: name, bytes: 0, modules: [] }]));
  const unassigned = [];
  for (const path of downloads(chunks).eager.files) {
    for (const [input, { bytesInOutput }] of Object.entries(chunks.get(path).inputs)) {
      // The page's own file is named as the page names it; modules, from the repository root.
      const file = input === 'page.jsx' ? input : relative(root, resolve(PAGES, name, input));
      const area = AREAS.find(({ match }) => match.test(file));
      if (!area) {
        unassigned.push(file);
        continue;
      }
      const entry = areas.get(area.name);
      entry.bytes += bytesInOutput;
      entry.modules.push(file);
    }
  }
  if (unassigned.length > 0) {
    throw new Error(`Modules in no area of scripts/own-code-breakdown.mjs: ${unassigned}`);
  }
  return [...areas.values()].sort((a, b) => b.bytes - a.bytes);
}

/**
 * {@link ownCodeByArea} with each area's share of `ownGzip` (the built figure), for printing.
 * @param {number} ownGzip - The kit's own code, min+gzip bytes, as the budget measures it.
 */
export async function ownCodeBreakdown(ownGzip) {
  const areas = await ownCodeByArea();
  const minified = areas.reduce((sum, { bytes }) => sum + bytes, 0);
  return areas.map((entry) => ({
    ...entry,
    share: entry.bytes / minified,
    gzip: Math.round((entry.bytes / minified) * ownGzip),
  }));
}
