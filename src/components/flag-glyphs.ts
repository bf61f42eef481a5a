/**
 * Whether this platform draws flag emoji. Windows, and Linux without an emoji font, draw a
 * flag's two regional-indicator letters side by side (or two empty boxes) instead of one
 * glyph, so the kit shows the ISO code in a badge there. Detected once, lazily, on first use
 * in a browser; nothing is downloaded.
 */

/** How flags are drawn: the emoji, or the ISO code in a small badge. */
export type FlagGlyphs = 'emoji' | 'badge';

let override: FlagGlyphs | undefined;
let detected: FlagGlyphs | undefined;
const listeners = new Set<() => void>();

/**
 * Picks the drawing from two text widths: a platform with flag glyphs draws `🇨🇳` as one glyph,
 * about as wide as a lone regional indicator; without them it is two glyphs, twice as wide.
 * Unknown widths (0, NaN: nothing was drawn) mean the badge.
 * @example flagGlyphsFromWidths(40, 40); // 'emoji'
 */
export function flagGlyphsFromWidths(flagWidth: number, letterWidth: number): FlagGlyphs {
  if (!(flagWidth > 0 && letterWidth > 0)) return 'badge';
  return flagWidth < letterWidth * 1.5 ? 'emoji' : 'badge';
}

/** Measures on a detached canvas (no layout, no DOM change); the badge when it cannot draw. */
function detectFlagGlyphs(): FlagGlyphs {
  if (typeof document === 'undefined') return 'badge';
  // jsdom has no canvas and logs an error when asked for one.
  if (typeof navigator !== 'undefined' && /\bjsdom\//.test(navigator.userAgent)) return 'badge';
  try {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return 'badge';
    context.font = '32px sans-serif';
    return flagGlyphsFromWidths(
      context.measureText('\u{1F1E8}\u{1F1F3}').width,
      context.measureText('\u{1F1E8}').width,
    );
  } catch {
    return 'badge';
  }
}

/** @internal The drawing in use: the override, else the (cached) detection. */
export function getFlagGlyphs(): FlagGlyphs {
  if (override) return override;
  detected ??= detectFlagGlyphs();
  return detected;
}

/**
 * @internal What the server renders and what hydration starts from: the override, else the
 * badge, which reads fine everywhere. The client switches to emoji after hydrating if it can.
 */
export function getServerFlagGlyphs(): FlagGlyphs {
  return override ?? 'badge';
}

/** @internal Re-render flags when the override changes. */
export function subscribeFlagGlyphs(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Overrides the detection for the whole page: `'emoji'` when your page ships a flag font
 * (detection only sees the platform's fonts), `'badge'` to always show ISO codes, `'auto'`
 * (the default) to detect again. Call it on the server too, so both render the same.
 * @example setFlagGlyphs('emoji'); // e.g. after loading a flag-emoji font yourself
 */
export function setFlagGlyphs(glyphs: FlagGlyphs | 'auto'): void {
  override = glyphs === 'auto' ? undefined : glyphs;
  for (const listener of listeners) listener();
}
