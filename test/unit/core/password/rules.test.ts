import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  isPasswordAccepted,
  passwordKinds,
} from '../../../../src/core/password/rules.js';

describe('password levels', () => {
  it.each([
    ['none', 'a', true],
    ['none', '', false],
    ['low', 'abcde', false],
    ['low', 'abcdef', true],
    ['low', 'abc def', false],
    ['medium', 'abcdefgh', false],
    ['medium', 'abcdef1', true],
    ['medium', '123456!', true],
    ['high', 'abcdef1', false],
    ['high', 'abc12!', true],
    ['high', 'ab 12!x', false],
  ] as const)('%s accepts %j: %s', (strength, password, accepted) => {
    expect(isPasswordAccepted(password, strength)).toBe(accepted);
  });

  it('lists each rule with its verdict, in display order', () => {
    expect(checkPassword('ab1', 'medium')).toEqual([
      { rule: 'minLength', met: false },
      { rule: 'twoKinds', met: true },
      { rule: 'noSpaces', met: true },
    ]);
  });

  it('counts characters, not UTF-16 units, and any non-alphanumeric as a symbol', () => {
    expect(isPasswordAccepted('密码🔒🔒🔒x', 'low')).toBe(true);
    expect(passwordKinds('密1')).toBe(2);
  });
});
