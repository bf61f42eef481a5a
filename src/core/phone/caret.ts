import { scanPhoneText } from './normalize-text.js';

/**
 * Caret bookkeeping for as-you-type formatting. Formatting moves separators around, so the
 * caret is remembered as "after N meaningful characters" (digits and a leading `+`) rather than
 * as an index, and put back after the same N characters in the reformatted text. (A deletion
 * that removed only a separator is the engine's to correct: see `separator-deletion.ts`.)
 */

const MEANINGFUL = /[0-9+]/;

/** How many meaningful characters (digits, leading `+`) precede `index` in `text`. */
export function meaningfulCharsBefore(text: string, index: number): number {
  return scanPhoneText(text.slice(0, Math.max(0, index))).chars.length;
}

/**
 * The index in formatted `text` just after its `count`-th meaningful character (0 → start).
 * Formatted text holds ASCII only, so a plain scan is enough.
 */
export function indexAfterMeaningfulChars(text: string, count: number): number {
  if (count <= 0) return 0;
  let seen = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (MEANINGFUL.test(text.charAt(index))) {
      seen += 1;
      if (seen === count) return index + 1;
    }
  }
  return text.length;
}
