import type { VerificationCodeMessages } from '../messages.js';

/** `<VerificationCodeInput>`'s built-in English texts (part of `enUS`). */
export const enUSVerificationCode: VerificationCodeMessages = {
  codeLabel: 'Verification code',
};
