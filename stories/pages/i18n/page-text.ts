import type { GenAuthMessages } from '../../../src/index.js';

/**
 * Every text the story scaffolding shows itself (the flows and components bring their own
 * catalogues): the token panel and the demo phone or inbox. A new piece of scaffolding adds its
 * group here and to every locale file next to this one.
 */
export interface PageText {
  /** The kit's catalogue of the same locale, for wording the kit already has. */
  kit: GenAuthMessages;
  /** What `SignedInPanel` shows of a token set. */
  tokens: {
    tokenType: string;
    expiresIn: string;
    /** A duration in seconds, e.g. `7200 s`. */
    seconds: (seconds: number) => string;
    scope: string;
    accessToken: string;
    /** Tooltip of the shortened token. */
    truncated: string;
  };
  /** The pretend phone and inbox next to the pages. */
  outbox: {
    phone: string;
    inbox: string;
    empty: string;
    /** The line above each message. */
    meta: (recipient: string, time: string, channel: string) => string;
    /** The message text around the code. */
    codeBefore: string;
    codeAfter: string;
    /** The button that clears the demo's cooldowns and the mock's memory. */
    resetDemo: string;
    /** Said once the demo was reset. */
    resetDone: string;
    /** `Pages/PhoneSecurity` after the demo account was deleted. */
    accountDeleted: string;
  };
}
