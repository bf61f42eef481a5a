import type { GenAuthMessages } from './messages.js';

/** "1 second", "2 seconds": English has one singular form, for exactly one. */
const secondsText = (seconds: number) => `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

/** Built-in English (United States) messages. */
export const enUS: GenAuthMessages = {
  locale: 'en-US',
  countryLabel: 'Country/region',
  phoneLabel: 'Phone number',
  countrySearchPlaceholder: 'Search country or code',
  countryListLabel: 'Countries and regions',
  countryNoResults: 'No results',
  countryListUnavailable:
    "Couldn't load the list of countries. Check your connection and try again.",
  phoneEmpty: 'Enter your phone number.',
  phoneTooShort: 'This phone number is too short.',
  phoneTooLong: 'This phone number is too long.',
  phoneInvalidCountry: 'This country code is not supported.',
  phoneInvalid: 'Enter a valid phone number.',
  phoneNotMobile: 'Enter a mobile number that can receive text messages.',
  phonePending: 'Checking the phone number…',
  phoneUnavailable:
    "Phone numbers can't be checked right now. Check your connection and try again.",
  sendCode: 'Send code',
  resendCode: 'Resend code',
  sending: 'Sending…',
  countdown: (seconds) => `${seconds} s`,
  cooldownStarted: (seconds) => `Code sent. You can request a new one in ${secondsText(seconds)}.`,
  cooldownEnded: 'You can request a new code now.',
  rateLimited: (seconds) => `Too many requests. Try again in ${secondsText(seconds)}.`,
  networkError: 'Could not reach the server. Check your connection and try again.',
  timeoutError: 'The server took too long to answer. Try again.',
  serverError: 'The service is unavailable right now. Try again later.',
  genericError: 'The code could not be sent. Try again.',
  invalidPhone: 'Enter a valid mobile number.',
  emailLabel: 'Email',
  invalidEmail: 'Enter a valid email address.',
  codeLabel: 'Verification code',
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
  sendUnavailable:
    "The code can't be sent right now. Check your connection or reload the page, then try again.",
};
