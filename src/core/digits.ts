/**
 * Code points of the digit zero in scripts whose phone keyboards type their own digits
 * (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Myanmar, ...). NFKC does not fold these,
 * while full-width and mathematical digits are folded by NFKC already.
 */
const NATIVE_DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810,
];

/**
 * @internal The ASCII digit of one (NFKC-normalised) character: `'7'` for `7`, `٧`, `७` or `๗`;
 * `undefined` when the character is not a decimal digit of a known script.
 */
export function asciiDigitOf(char: string): string | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint >= 0x30 && codePoint <= 0x39) return char;
  for (const zero of NATIVE_DIGIT_ZEROS) {
    if (codePoint >= zero && codePoint <= zero + 9) return String(codePoint - zero);
  }
  return undefined;
}
