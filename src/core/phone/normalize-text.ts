import { asciiDigitOf } from '../digits.js';

/**
 * Most digits a phone text may hold before it is refused as too long. E.164 allows 15; the
 * margin leaves room for national prefixes and trunk codes people type by habit.
 */
const MAX_PHONE_DIGITS = 64;

/**
 * Longest raw text looked at, in UTF-16 units. Beyond it the text is reported as overflowing
 * without being read, so a pasted 10 MB string costs nothing.
 */
const MAX_SCANNED_LENGTH = 4096;

/** Characters people put between digits: whitespace, dashes of every width, dots, brackets, slashes. */
const SEPARATOR = /^[\s\-.()/\u2010-\u2015\u2212\u30fc]$/u;
/** Invisible formatting: bidi marks and isolates, zero-width spaces and joiners, BOM. */
const INVISIBLE = /^\p{Cf}$/u;
const TEL_URI = /^tel:(?:%2b)?/i;
/**
 * An extension after the number: `ext. 123`, `extension 123`, `x123`, `#123`, `~123`,
 * `доб. 123`, `anexo 123`, `内线 123`. An SMS cannot reach an extension, so it is dropped
 * rather than read as more digits of the number.
 */
const EXTENSION =
  /^[\s,;]*(?:e?xt(?:ension|n)?\.?|ext=|x|#|~|доб\.?|anexo|ramal|内线|內線|分机|分機|転|転送)[\s.:=#-]*\d/iu;

/** What {@link scanPhoneText} found in a piece of text. */
export interface ScannedPhoneText {
  /**
   * The meaningful characters: ASCII digits, preceded by `+` when the text began with a plus
   * (ASCII, full-width `＋`, or a `tel:+` URI). A leading `00` is kept as typed: see
   * {@link toInternationalForm}.
   */
  chars: string;
  /** Something other than digits, separators, invisible marks and one leading `+` was found. */
  hasForeignCharacters: boolean;
  /** More than {@link MAX_PHONE_DIGITS} digits, or an absurdly long text: reading stopped. */
  isOverflowing: boolean;
  /** The digits of an extension written after the number (dropped from `chars`), or `''`. */
  extension: string;
}

/** Strips `tel:` (and a percent-encoded plus) and the URI's `;parameters`. */
function stripTelUri(text: string): string {
  const trimmed = text.trimStart();
  const match = TEL_URI.exec(trimmed);
  if (!match) return text;
  const rest = trimmed.slice(match[0].length);
  const body = rest.split(';', 1)[0] ?? '';
  return match[0].length > 4 ? `+${body}` : body;
}

/**
 * Reads what a person typed, pasted or autofilled into a phone field and keeps its digits and
 * leading plus. Full-width characters (Chinese and Japanese IMEs) are folded to ASCII with
 * NFKC, one character at a time so that the work stops early on huge input, and the digits of
 * other scripts (Arabic-Indic, Devanagari, Thai, ...) are read as ASCII too. Never throws.
 */
export function scanPhoneText(text: string): ScannedPhoneText {
  const source = typeof text === 'string' ? text : '';
  if (source.length > MAX_SCANNED_LENGTH) {
    return { chars: '', hasForeignCharacters: false, isOverflowing: true, extension: '' };
  }
  let chars = '';
  let digitCount = 0;
  let hasForeignCharacters = false;
  const body = stripTelUri(source);
  let offset = 0;
  for (const codePoint of body) {
    offset += codePoint.length;
    for (const char of codePoint.normalize('NFKC')) {
      const digit = asciiDigitOf(char);
      if (digit !== undefined) {
        digitCount += 1;
        if (digitCount > MAX_PHONE_DIGITS) {
          return { chars, hasForeignCharacters, isOverflowing: true, extension: '' };
        }
        chars += digit;
      } else if (char === '+' && chars === '') {
        chars = '+';
      } else if (!SEPARATOR.test(char) && !INVISIBLE.test(char)) {
        // Looked at once, at the first stray character after the number.
        if (digitCount > 0 && !hasForeignCharacters) {
          const rest = body.slice(offset - codePoint.length).normalize('NFKC');
          if (EXTENSION.test(rest)) {
            const extension = scanPhoneText(rest.replace(/^\D+/u, '')).chars.replace('+', '');
            return { chars, hasForeignCharacters, isOverflowing: false, extension };
          }
        }
        hasForeignCharacters = true;
      }
    }
  }
  return { chars, hasForeignCharacters, isOverflowing: false, extension: '' };
}

/** True when scanned characters start like an international number: `+` or the `00` prefix. */
export function isInternationalForm(chars: string): boolean {
  return chars.startsWith('+') || chars.startsWith('00');
}

/**
 * Rewrites a leading `00` (the international call prefix of most of the world, including China
 * and Europe) as `+`. Other prefixes such as `011` are left to libphonenumber, which knows the
 * default country's own.
 */
export function toInternationalForm(chars: string): string {
  return chars.startsWith('00') ? `+${chars.slice(2)}` : chars;
}
