import { scanPhoneText } from './normalize-text.js';

/**
 * Caret bookkeeping for as-you-type formatting. Formatting moves separators around, so the
 * caret is remembered as "after N meaningful characters" (digits and a leading `+`) rather than
 * as an index, and put back after the same N characters in the reformatted text.
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

/**
 * When a deletion removed only a separator (Backspace over the space in `138 0013`), the
 * digits are unchanged and reformatting would put the separator right back: the key would
 * seem dead. This removes the digit the user meant instead.
 * @returns the corrected raw text and caret (in meaningful characters), or `undefined` when
 *   the edit needs no correction.
 */
export function correctSeparatorDeletion(
  previousText: string,
  rawText: string,
  caretIndex: number,
  direction: 'backward' | 'forward',
): { rawText: string; caretChars: number } | undefined {
  const before = scanPhoneText(previousText).chars;
  const after = scanPhoneText(rawText).chars;
  if (before !== after || rawText.length >= previousText.length) return undefined;
  const caretChars = meaningfulCharsBefore(rawText, caretIndex);
  const removeAt = direction === 'backward' ? caretChars - 1 : caretChars;
  if (removeAt < 0 || removeAt >= after.length) return undefined;
  return {
    rawText: after.slice(0, removeAt) + after.slice(removeAt + 1),
    caretChars: removeAt,
  };
}
