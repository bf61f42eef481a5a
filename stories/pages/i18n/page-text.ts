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
    /** Legend of the phone/email choice. */
    methodLabel: string;
    byPhone: string;
    byEmail: string;
    /** Heading of each step. */
    stepTitles: { request: string; code: string; password: string; done: string };
    /** Hint under the send button; `to` is the E.164 number or the address. */
    codeSentTo: (to: string) => string;
    checking: string;
    submit: string;
    saving: string;
    done: string;
    backToSignIn: string;
  };
  /** `Pages/AccountSecurity`. */
  accountSecurity: {
    title: string;
    /** Who is signed in. */
    signedInAs: (who: string) => string;
    phoneTitle: string;
    noPhone: string;
    /** The bound number, E.164. */
    currentPhone: (phone: string) => string;
    bindLead: string;
    bind: string;
    change: string;
    remove: string;
    cancel: string;
    changeLead: string;
    oldCodeLabel: string;
    newPhoneLabel: string;
    newCodeLabel: string;
    removeLead: string;
    bound: string;
    changed: string;
    removed: string;
    deleteTitle: string;
    deleteLead: string;
    deleteStart: string;
    /** Where the confirmation code goes (a number or an address). */
    deleteCodeTo: (to: string) => string;
    deleteConfirm: string;
    deleted: string;
    working: string;
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
    /** `Pages/AccountSecurity` after the demo account was deleted. */
    accountDeleted: string;
  };
  /** What GenAuth's refusals mean to the user (by `apiCode`), and bad input. */
  errors: {
    checkInput: string;
    wrongCode: string;
    expiredCode: string;
    userNotFound: string;
    userExists: string;
    /** 401: the session is gone. */
    signInAgain: string;
    /** 409: the number belongs to another account. */
    phoneTaken: string;
    /** 403: a reset, change or delete request expired or was already used. */
    requestExpired: string;
  };
}
