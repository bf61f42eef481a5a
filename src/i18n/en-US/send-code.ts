import type { SendCodeMessages } from '../messages.js';

/** "1 second", "2 seconds": English has one singular form, for exactly one. */
const secondsText = (seconds: number) => `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;

/** A send-code control's built-in English texts, for SMS and email alike (part of `enUS`). */
export const enUSSendCode: SendCodeMessages = {
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
  sendUnavailable:
    "The code can't be sent right now. Check your connection or reload the page, then try again.",
  sendBusy:
    'A code is already being sent from another tab or window. Check your messages, or try again in a moment.',
};
