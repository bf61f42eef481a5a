// @vitest-environment node
// esbuild checks its output buffers against Node's Uint8Array, which jsdom replaces.
import { describe, expect, it } from 'vitest';
import { AREAS, ownCodeBreakdown } from '../../../scripts/own-code-breakdown.mjs';

// One bundle for the file: the areas' modules do not depend on the figure shared out.
const breakdown = ownCodeBreakdown(17_000);

describe('the own-code breakdown of the login button', () => {
  it('puts every eager module in exactly one named area, and no area is empty', async () => {
    const areas = await breakdown;
    expect(areas.map(({ area }) => area).sort()).toEqual(AREAS.map(({ name }) => name).sort());
    for (const { area, modules, bytes } of areas) {
      expect({ area, modules: modules.length > 0, bytes: bytes > 0 }).toEqual({
        area,
        modules: true,
        bytes: true,
      });
    }
    const modules = areas.flatMap((entry) => entry.modules);
    expect(new Set(modules).size).toBe(modules.length);
    // The shares give back the figure they split (rounding aside).
    const gzip = areas.reduce((sum, entry) => sum + entry.gzip, 0);
    expect(Math.abs(gzip - 17_000)).toBeLessThanOrEqual(areas.length);
  }, 60_000);

  it('counts only what the page loads eagerly: the country list and the send path stay lazy', async () => {
    const modules = (await breakdown).flatMap((entry) => entry.modules);
    expect(modules).toContain('src/components/country-select/CountrySelect.tsx');
    expect(modules).toContain('src/core/cooldown/store.ts');
    for (const lazy of [
      'src/components/country-select/CountryListPopup.tsx',
      'src/core/phone/search-countries.ts',
      'src/core/send-path/send-path.ts',
      'src/core/api/post-json.ts',
      'src/core/cooldown/locks.ts',
      // The phone field's editing with a plan comes with the phone engine.
      'src/core/phone/field-with-plan.ts',
      'src/core/phone/separator-deletion.ts',
      'src/core/phone/format-partial.ts',
    ]) {
      expect(modules).not.toContain(lazy);
    }
    // Generated metadata and libphonenumber-js are not the kit's own code.
    expect(modules.filter((path) => /generated|node_modules/.test(path))).toEqual([]);
  }, 60_000);
});
