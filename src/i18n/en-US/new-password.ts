import type { NewPasswordMessages } from '../messages.js';

/** `<NewPasswordInput>`'s built-in English texts (part of `enUS`). */
export const enUSNewPassword: NewPasswordMessages = {
  newPasswordLabel: 'New password',
  showPassword: 'Show password',
  passwordRulesTitle: 'Your password needs',
  passwordRuleRequired: 'At least one character',
  passwordRuleMinLength: (length) => `At least ${length} characters`,
  passwordRuleNoSpaces: 'No spaces',
  passwordRuleTwoKinds: 'Two of these: letters, numbers, symbols',
  passwordRuleThreeKinds: 'Letters, numbers and symbols',
  passwordRuleMet: 'done',
  passwordRuleNotMet: 'not yet',
  passwordIncomplete: 'Your password does not meet all the requirements yet.',
  passwordRejected: 'This password is not allowed here. Choose a stronger one.',
};
