import { scanPhoneText } from './normalize-text.js';

/**
 * When a deletion removed only a separator (Backspace over the space in `138 0013`), the
 * digits are unchanged and reformatting would put the separator right back: the key would
 * seem dead. This removes the digit the user meant instead. Only formatted text has
 * separators, so only the phone engine's field editing needs it.
 * @param caretChars - Meaningful characters before the caret in `rawText`.
 * @returns the corrected raw text and caret (in meaningful characters), or `undefined` when
 *   the edit needs no correction.
 */
export function correctSeparatorDeletion(
  previousText: string,
  rawText: string,
  caretChars: number,
  direction: 'backward' | 'forward',
): { rawText: string; caretChars: number } | undefined {
  const before = scanPhoneText(previousText).chars;
  const after = scanPhoneText(rawText).chars;
  if (before !== after || rawText.length >= previousText.length) return undefined;
  const removeAt = direction === 'backward' ? caretChars - 1 : caretChars;
  if (removeAt < 0 || removeAt >= after.length) return undefined;
  return {
    rawText: after.slice(0, removeAt) + after.slice(removeAt + 1),
    caretChars: removeAt,
  };
}
