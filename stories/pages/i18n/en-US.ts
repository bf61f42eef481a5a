import { enUS } from '../../../src/i18n/en-US.js';
import type { PageText } from './page-text.js';

/** The demo pages in English (United States). */
export const pageTextEnUS: PageText = {
  kit: enUS,
  common: {
    enterCodeSentTo: (to) => `Enter the code we sent to ${to}.`,
    codeIncomplete: (length) => `Enter the ${length}-digit code.`,
    continue: 'Continue',
    back: 'Back',
  },
  login: {
    title: 'Sign in',
    lead: 'We text you a code: no password needed.',
    submit: 'Sign in',
    checking: 'Checking the code…',
    signedIn: 'Signed in',
    signOut: 'Sign out',
    tokenType: 'Token type',
    expiresIn: 'Expires in',
    seconds: (seconds) => `${seconds} s`,
    scope: 'Scope',
    accessToken: 'Access token',
    truncated: 'Truncated',
  },
  registration: {
    title: 'Create your account',
    progress: 'Progress',
    stepTitles: {
      phone: 'Your phone number',
      code: 'Enter the code',
      profile: 'Your profile',
      done: 'Account created',
    },
    stepLabels: { phone: 'Phone', code: 'Code', profile: 'Profile', done: 'Done' },
    phoneLead: 'We text you a code to check that the number is yours.',
    nickname: 'Nickname',
    nicknameRequired: 'Choose a nickname.',
    createAccount: 'Create account',
    welcome: (nickname) =>
      nickname
        ? `Welcome, ${nickname}! You can sign in with your number now.`
        : 'Welcome! You can sign in with your number now.',
    userId: 'User id',
    phone: 'Phone',
  },
  resetPassword: {
    title: 'Reset your password',
    lead: 'Enter the email address of your account and we will send you a code to reset your password.',
    codeSentTo: (email) =>
      `We sent a code to ${email}. It is valid for a few minutes; use it to choose your new password.`,
  },
  outbox: {
    phone: 'Phone (demo)',
    inbox: 'Inbox (demo)',
    empty: 'Nothing received yet.',
    meta: (recipient, time, channel) => `To ${recipient} · ${time} · ${channel}`,
    codeBefore: 'Your GenAuth verification code is ',
    codeAfter: '.',
    resetDemo: 'Reset demo',
    resetDone: 'Demo reset: no cooldowns, no messages, only the demo users.',
  },
  errors: {
    checkInput: 'Check the number and the code, then try again.',
    wrongCode: 'Invalid verification code',
    expiredCode: 'The verification code has expired',
    userNotFound: 'User does not exist',
    userExists: 'User already exists, please do not register again',
  },
};
