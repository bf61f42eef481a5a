/**
 * GenAuth's password strength levels, as its hosted login (Guard) checks them before sending:
 * - `none`: anything non-empty;
 * - `low`: at least 6 characters;
 * - `medium`: at least 6 characters, with two of letters, digits and symbols;
 * - `high`: at least 6 characters, with letters, digits and symbols.
 * No level allows spaces. The user pool's setting (console: Security → Password) is the real
 * rule; pick the level that matches it.
 */
export type PasswordStrength = 'none' | 'low' | 'medium' | 'high';

/** One rule a password must meet. */
export type PasswordRule = 'required' | 'minLength' | 'noSpaces' | 'twoKinds' | 'threeKinds';

/** A rule and whether `password` meets it. */
export interface PasswordRuleCheck {
  /** Which rule. */
  rule: PasswordRule;
  /** True when the password meets it. */
  met: boolean;
}

/** Shortest password the `low`, `medium` and `high` levels accept. */
export const PASSWORD_MIN_LENGTH = 6;

const KINDS = [/[A-Za-z]/, /\d/, /[^A-Za-z\d\s]/];

/** How many of letters, digits and symbols `password` uses (0 to 3). */
export function passwordKinds(password: string): number {
  return KINDS.filter((kind) => kind.test(password)).length;
}

/** The rules of a level, in the order a form lists them. */
export function passwordRules(strength: PasswordStrength): readonly PasswordRule[] {
  switch (strength) {
    case 'none':
      return ['required', 'noSpaces'];
    case 'low':
      return ['minLength', 'noSpaces'];
    case 'medium':
      return ['minLength', 'twoKinds', 'noSpaces'];
    case 'high':
      return ['minLength', 'threeKinds', 'noSpaces'];
  }
}

function meets(rule: PasswordRule, password: string): boolean {
  switch (rule) {
    case 'required':
      return password.length > 0;
    case 'minLength':
      return [...password].length >= PASSWORD_MIN_LENGTH;
    case 'noSpaces':
      return !/\s/.test(password);
    case 'twoKinds':
      return passwordKinds(password) >= 2;
    case 'threeKinds':
      return passwordKinds(password) >= 3;
  }
}

/**
 * Each rule of `strength` with whether `password` meets it.
 * @example checkPassword('abc', 'low'); // [{ rule: 'minLength', met: false }, { rule: 'noSpaces', met: true }]
 */
export function checkPassword(password: string, strength: PasswordStrength): PasswordRuleCheck[] {
  return passwordRules(strength).map((rule) => ({ rule, met: meets(rule, password) }));
}

/** True when `password` meets every rule of `strength`. */
export function isPasswordAccepted(password: string, strength: PasswordStrength): boolean {
  return checkPassword(password, strength).every((check) => check.met);
}
