import { describe, expect, it } from 'vitest';
import {
  applyCodeEdit,
  applyCodePaste,
  codeDigits,
  extractCode,
  toAsciiDigits,
} from '../../../../src/core/code/normalize-code.js';

describe('toAsciiDigits', () => {
  it('folds full-width digits and punctuation', () => {
    expect(toAsciiDigits('１２３４５６')).toBe('123456');
    expect(toAsciiDigits('验证码：１２３')).toBe('验证码:123');
  });

  it('folds Arabic-Indic, Persian and Devanagari digits', () => {
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toAsciiDigits('۱۲۳')).toBe('123');
    expect(toAsciiDigits('४२')).toBe('42');
  });

  it('keeps other characters and survives odd input', () => {
    expect(toAsciiDigits('a-b')).toBe('a-b');
    expect(toAsciiDigits('')).toBe('');
    expect(toAsciiDigits(undefined as unknown as string)).toBe('');
  });

  it('reads only the beginning of a huge text', () => {
    expect(toAsciiDigits('1'.repeat(1_000_000))).toHaveLength(2048);
  });
});

describe('codeDigits', () => {
  it('drops everything but digits', () => {
    expect(codeDigits(' 1a2-3 ４ ')).toBe('1234');
  });
});

describe('extractCode', () => {
  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    ['１２３ ４５６', '123456'],
    ['Your code is 123456', '123456'],
    ['Your code is 123456, valid for 5 minutes.', '123456'],
    ['【GenAuth】验证码 654321，5 分钟内有效。', '654321'],
    ['Order 2026: use 112233 to sign in', '112233'],
    ['123456\n\n@example.com #123456', '123456'],
  ])('finds the code in %j', (text, code) => {
    expect(extractCode(text, 6)).toBe(code);
  });

  it('returns the digits of a partial code', () => {
    expect(extractCode('12 3', 6)).toBe('123');
    expect(extractCode('no digits', 6)).toBe('');
  });

  it('falls back to the first digits when no group has the right size', () => {
    expect(extractCode('12345678', 6)).toBe('123456');
  });

  it('honours other lengths', () => {
    expect(extractCode('PIN 9876 (valid 10 min)', 4)).toBe('9876');
  });
});

describe('applyCodeEdit', () => {
  it('drops refused characters and keeps the caret among the digits', () => {
    expect(applyCodeEdit('12a3', 3, 6)).toEqual({ code: '123', caret: 2 });
    expect(applyCodeEdit('1２3', 2, 6)).toEqual({ code: '123', caret: 2 });
  });

  it('refuses digits typed into a complete code, like maxlength', () => {
    expect(applyCodeEdit('1234567', 7, 6)).toEqual({ code: '123456', caret: 6 });
    expect(applyCodeEdit('9123456', 1, 6)).toEqual({ code: '123456', caret: 0 });
    expect(applyCodeEdit('1293456', 3, 6)).toEqual({ code: '123456', caret: 2 });
  });

  it('keeps what fits of a long insertion', () => {
    expect(applyCodeEdit('1234567', 7, 6)).toEqual({ code: '123456', caret: 6 });
    expect(applyCodeEdit('12345678', 8, 6)).toEqual({ code: '123456', caret: 6 });
  });

  it('takes the code out of an autofilled message', () => {
    expect(applyCodeEdit('Your code is 654321, valid 5 min', 32, 6)).toEqual({
      code: '654321',
      caret: 6,
    });
  });
});

describe('applyCodePaste', () => {
  it('replaces the value with a pasted complete code wherever the caret is', () => {
    expect(applyCodePaste('12', 1, 1, '654 321', 6)).toEqual({ code: '654321', caret: 6 });
    expect(applyCodePaste('111111', 0, 6, 'Code: ６５４３２１', 6)).toEqual({
      code: '654321',
      caret: 6,
    });
  });

  it('inserts a partial paste at the selection', () => {
    expect(applyCodePaste('16', 1, 1, '2-3', 6)).toEqual({ code: '1236', caret: 3 });
    expect(applyCodePaste('1996', 1, 3, '23', 6)).toEqual({ code: '1236', caret: 3 });
  });

  it('inserts only as many digits as there is room for', () => {
    expect(applyCodePaste('12345', 5, 5, '78', 6)).toEqual({ code: '123457', caret: 6 });
    expect(applyCodePaste('123456', 0, 0, '9', 6)).toEqual({ code: '123456', caret: 0 });
  });

  it('ignores a paste without digits', () => {
    expect(applyCodePaste('12', 2, 2, 'hello', 6)).toEqual({ code: '12', caret: 2 });
  });
});
