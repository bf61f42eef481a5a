import { asciiDigitOf } from '../digits.js';

/**
 * Longest text looked at, in UTF-16 units. A pasted SMS is a few hundred characters; anything
 * far beyond is cut so that a pasted 10 MB string costs nothing.
 */
const MAX_SCANNED_LENGTH = 2048;

/** Characters that may sit between two digits of one code: `123 456`, `123-456`, `123–456`. */
const DIGIT_GROUP = /\d(?:[\s\u00a0\-\u2010-\u2015\u2212\u30fc]?\d)*/g;

/**
 * Rewrites every decimal digit as ASCII (`１２３` → `123`, `٣` → `3`) and keeps the other
 * characters (NFKC-normalised). Works one code point at a time so that the output can be mapped
 * back to the input's caret positions. Never throws.
 * @example toAsciiDigits('验证码：１２３４５６'); // '验证码:123456'
 */
export function toAsciiDigits(text: string): string {
  const source = typeof text === 'string' ? text.slice(0, MAX_SCANNED_LENGTH) : '';
  let result = '';
  for (const codePoint of source) {
    for (const char of codePoint.normalize('NFKC')) result += asciiDigitOf(char) ?? char;
  }
  return result;
}

/** The ASCII digits of `text` (after {@link toAsciiDigits}), everything else dropped. */
export function codeDigits(text: string): string {
  return toAsciiDigits(text).replace(/\D/g, '');
}

/** The first group of exactly `length` digits in an already normalised text. */
function findExactGroup(normalized: string, length: number): string | undefined {
  for (const match of normalized.matchAll(DIGIT_GROUP)) {
    const group = match[0].replace(/\D/g, '');
    if (group.length === length) return group;
  }
  return undefined;
}

/**
 * The code in a pasted or autofilled text, at most `length` digits. When the text holds more
 * digits than that (`"Your code is 123456, valid for 5 minutes"`), the first group of exactly
 * `length` digits wins, where a group may contain single spaces or dashes (`123 456`); if there
 * is none, the first `length` digits.
 * @example extractCode('【GenAuth】验证码 １２３ ４５６，5 分钟内有效', 6); // '123456'
 */
export function extractCode(text: string, length: number): string {
  const normalized = toAsciiDigits(text);
  const digits = normalized.replace(/\D/g, '');
  if (digits.length <= length) return digits;
  return findExactGroup(normalized, length) ?? digits.slice(0, length);
}

/** A code after an edit, and where the caret belongs in it. */
export interface CodeEdit {
  /** The digits, at most the code's length. */
  code: string;
  /** Caret position in `code`, `0`..`code.length`. */
  caret: number;
}

/**
 * Turns the text of the input after a keystroke, an autofill or a drop into a code. Non-digits
 * are dropped and the caret keeps its place among the digits. Too many digits: an autofilled
 * message yields its code (see {@link extractCode}); otherwise the extra digits just inserted
 * before the caret are refused, as a native `maxlength` would refuse them.
 * @param text the input's new text
 * @param caret the input's `selectionStart` after the edit
 * @param length the number of digits of a complete code
 * @example applyCodeEdit('1234567', 7, 6); // { code: '123456', caret: 6 }
 */
export function applyCodeEdit(text: string, caret: number, length: number): CodeEdit {
  const normalized = toAsciiDigits(text);
  const digits = normalized.replace(/\D/g, '');
  const digitsBeforeCaret = codeDigits(text.slice(0, Math.max(0, caret))).length;
  if (digits.length <= length) return { code: digits, caret: digitsBeforeCaret };
  const group = findExactGroup(normalized, length);
  if (group !== undefined) return { code: group, caret: length };
  // The caret ends what was just inserted: drop the last digits inserted, keep the rest.
  const keptBefore = digitsBeforeCaret - (digits.length - length);
  if (keptBefore < 0) return { code: digits.slice(0, length), caret: length };
  return { code: digits.slice(0, keptBefore) + digits.slice(digitsBeforeCaret), caret: keptBefore };
}

/**
 * Applies a paste over the selection `[start, end)` of `code`. A pasted complete code replaces
 * the whole value wherever the caret was (what people mean when they paste an SMS code);
 * shorter runs of digits are inserted at the selection, as far as room is left, like a native
 * `maxlength` does.
 * @example applyCodePaste('12', 2, 2, 'Your code is 654321', 6); // { code: '654321', caret: 6 }
 */
export function applyCodePaste(
  code: string,
  start: number,
  end: number,
  pasted: string,
  length: number,
): CodeEdit {
  const pastedCode = extractCode(pasted, length);
  if (pastedCode.length === length) return { code: pastedCode, caret: length };
  const before = code.slice(0, Math.max(0, start));
  const after = code.slice(Math.max(start, end));
  const room = Math.max(0, length - before.length - after.length);
  const inserted = pastedCode.slice(0, room);
  return { code: before + inserted + after, caret: before.length + inserted.length };
}
