import type { EmailMessages } from '../messages.js';

/** `<SendEmailCodeButton>`'s own built-in English texts (part of `enUS`). */
export const enUSEmail: EmailMessages = {
  emailLabel: 'Email',
  invalidEmail: 'Enter a valid email address.',
};
