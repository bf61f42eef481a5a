import type { GenAuthMessages } from '../../../src/index.js';

/**
 * Every text the demo pages show themselves (the kit's components bring their own catalogue).
 * One group per page; a new page adds its group here and to every locale file next to this one.
 */
export interface PageText {
  /** The kit's catalogue of the same locale, for wording the kit already has. */
  kit: GenAuthMessages;
  /** Shared by the pages. */
  common: {
    /** Hint above the code boxes; `to` is the E.164 number or the address. */
    enterCodeSentTo: (to: string) => string;
    /** Refusal of an incomplete code, `length` digits expected. */
    codeIncomplete: (length: number) => string;
    continue: string;
    back: string;
  };
  /** `Pages/LoginPage`. */
  login: {
    title: string;
    lead: string;
    submit: string;
    checking: string;
    signedIn: string;
    signOut: string;
    tokenType: string;
    expiresIn: string;
    /** A duration in seconds, e.g. `7200 s`. */
    seconds: (seconds: number) => string;
    scope: string;
    accessToken: string;
    /** Tooltip of the shortened token. */
    truncated: string;
  };
  /** `Pages/RegistrationFlow`. */
  registration: {
    title: string;
    /** Accessible name of the step list. */
    progress: string;
    /** Heading of each step. */
    stepTitles: { phone: string; code: string; profile: string; done: string };
    /** Short names in the step list. */
    stepLabels: { phone: string; code: string; profile: string; done: string };
    phoneLead: string;
    nickname: string;
    nicknameRequired: string;
    createAccount: string;
    /** The welcome on the last step; `nickname` may be empty. */
    welcome: (nickname: string) => string;
    userId: string;
    phone: string;
  };
  /** `Pages/ResetPassword`. */
  resetPassword: {
    title: string;
    lead: string;
    codeSentTo: (email: string) => string;
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
  };
  /** What GenAuth's refusals mean to the user (by `apiCode`), and bad input. */
  errors: {
    checkInput: string;
    wrongCode: string;
    expiredCode: string;
    userNotFound: string;
    userExists: string;
  };
}
