/** One area of the kit's own code in the login button. */
export interface OwnCodeArea {
  /** What the area is, e.g. "cooldown store (persisted, cross-tab)". */
  area: string;
  /** Its minified bytes in the eager chunks of the page bundled from `src/`. */
  bytes: number;
  /** Its modules, relative to the repository root. */
  modules: string[];
}

/** The areas, first match wins, tested on a module's path relative to the repository root. */
export const AREAS: { name: string; match: RegExp }[];

/**
 * The eager chunks' modules of the login page bundled from `src/`, by area, largest first,
 * with each area's share of `ownGzip`, the built figure.
 */
export function ownCodeBreakdown(
  ownGzip: number,
): Promise<(OwnCodeArea & { share: number; gzip: number })[]>;
