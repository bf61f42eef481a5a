'use client';
import { useSyncExternalStore } from 'react';
import { getCountryFlag } from '../core/phone/countries.js';
import {
  type FlagGlyphs,
  getFlagGlyphs,
  getServerFlagGlyphs,
  subscribeFlagGlyphs,
} from './flag-glyphs.js';
import { joinClassNames } from './join-class-names.js';

/** Props of {@link Flag}. */
export interface FlagProps {
  /** ISO 3166-1 alpha-2 code of the country or region, e.g. `CN`. */
  code: string;
  /** Class on the wrapper, next to the kit's `genauth-flag`. */
  className?: string | undefined;
  /** Drop the kit's `genauth-*` classes, keeping only yours. @default false */
  unstyled?: boolean | undefined;
}

/** @internal The flag drawing for this platform; the badge on the server and while hydrating. */
function useFlagGlyphs(): FlagGlyphs {
  return useSyncExternalStore(subscribeFlagGlyphs, getFlagGlyphs, getServerFlagGlyphs);
}

/**
 * A country's flag, decorative (`aria-hidden`: the country's name or code is said elsewhere).
 * The emoji where the platform draws flag emoji, else the ISO code in a small badge, never two
 * bare letters or empty boxes. `data-glyphs` (`emoji` | `badge`) tells which, for styling.
 * @example <Flag code="CN" />
 */
export function Flag({ code, className, unstyled = false }: FlagProps) {
  const glyphs = useFlagGlyphs();
  return (
    <span
      aria-hidden="true"
      data-glyphs={glyphs}
      className={joinClassNames(!unstyled && 'genauth-flag', className)}
    >
      {glyphs === 'emoji' ? (
        getCountryFlag(code)
      ) : (
        <span className={unstyled ? undefined : 'genauth-flag__badge'}>{code.toUpperCase()}</span>
      )}
    </span>
  );
}
