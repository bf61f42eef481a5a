import type { PhoneMessages } from '../messages.js';

/** The phone field's built-in English texts (part of `enUS`). */
export const enUSPhone: PhoneMessages = {
  phoneLabel: 'Phone number',
  phoneEmpty: 'Enter your phone number.',
  phoneTooShort: 'This phone number is too short.',
  phoneTooLong: 'This phone number is too long.',
  phoneInvalidCountry: 'This country code is not supported.',
  phoneInvalid: 'Enter a valid phone number.',
  phoneNotMobile: 'Enter a mobile number that can receive text messages.',
  phonePending: 'Checking the phone number…',
  phoneUnavailable:
    "Phone numbers can't be checked right now. Check your connection and try again.",
  invalidPhone: 'Enter a valid mobile number.',
};
