import { enUS } from '../../../src/i18n/en-US.js';
import type { PageText } from './page-text.js';

/** The demo pages in English (United States). */
export const pageTextEnUS: PageText = {
  kit: enUS,
  tokens: {
    tokenType: 'Token type',
    expiresIn: 'Expires in',
    seconds: (seconds) => `${seconds} s`,
    scope: 'Scope',
    accessToken: 'Access token',
    truncated: 'Truncated',
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
    accountDeleted: "Ada's account was deleted in this demo. Reset the demo to bring it back.",
  },
};
