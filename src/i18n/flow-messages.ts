/**
 * Every string the ready flows (`genauth-sms-react/flows`) show, one group per flow plus the
 * shared ones. The phone field, send button, code boxes and password field keep speaking the
 * kit's own catalogue (`GenAuthMessages`); this one holds only what the flows add. Each locale
 * is its own entry (`genauth-sms-react/flows/locales/<tag>`), given to
 * `<GenAuthProvider flowMessages>`.
 */
export interface GenAuthFlowMessages {
  /** BCP 47 tag of this catalogue; should match the kit catalogue's `locale`. */
  locale: string;
  /** Shared by every flow. */
  common: {
    /** Hint above the code boxes; `to` is the number as people read it, or the address. */
    enterCodeSentTo: (to: string) => string;
    /** Refusal of an incomplete code, `length` digits expected. */
    codeIncomplete: (length: number) => string;
    /** Goes to the next step. */
    continue: string;
    /** Goes to the previous step. */
    back: string;
    /** Leaves the code step for another number (forgets the code sent). */
    useAnotherNumber: string;
    /** Goes to the code step for a number whose code is still valid (no new SMS). */
    haveCode: string;
    /** Heading of a code step. */
    codeStepTitle: string;
    /** Heading shown while a code is on its way (reserved for custom renderings). */
    sentHeading: string;
  };
  /** What GenAuth's refusals mean to the user, and bad input. */
  errors: {
    /** Any other failure. */
    generic: string;
    /** The number or the code was refused before any request. */
    checkInput: string;
    /** The code is wrong. */
    wrongCode: string;
    /** The code expired. */
    expiredCode: string;
    /** No user has this number (sign-in). */
    userNotFound: string;
    /** The number is registered already (sign-up). */
    userExists: string;
    /** 401: the session is gone. */
    signInAgain: string;
    /** 409: the number belongs to another account. */
    phoneTaken: string;
    /** 403: a reset, change or delete request expired or was already used. */
    requestExpired: string;
  };
  /** `<PhoneSignIn>`. */
  signIn: {
    /** Heading before signing in. */
    title: string;
    /** One line under the heading. */
    lead: string;
    /** Submit button of the code step. */
    submit: string;
    /** Said while the code is checked. */
    checking: string;
    /** Heading once signed in. */
    signedIn: string;
  };
  /** `<PhoneSignUp>`. */
  signUp: {
    /** Heading of the number step. */
    title: string;
    /** Accessible name of the step list. */
    progress: string;
    /** Heading of each step (the number step shows `title`; its entry is for custom renderings). */
    stepTitles: { phone: string; code: string; profile: string; done: string };
    /** Short names in the step list. */
    stepLabels: { phone: string; code: string; profile: string; done: string };
    /** One line under the number step's heading. */
    phoneLead: string;
    /** Label of the default profile field. */
    nickname: string;
    /** Refusal of an empty nickname. */
    nicknameRequired: string;
    /** Said while the code is checked (before the profile step). */
    checking: string;
    /** The code was refused at the code step (wrong or expired: GenAuth does not say which). */
    codeRefused: string;
    /** Submit button of the profile step. */
    createAccount: string;
    /** Said while the account is created. */
    creating: string;
    /** The welcome on the last step; `nickname` may be empty. */
    welcome: (nickname: string) => string;
    /** Label of the new user's id on the last step. */
    userId: string;
    /** Label of the new user's number on the last step. */
    phone: string;
  };
  /** `<ResetPassword>`. */
  resetPassword: {
    title: string;
    lead: string;
    /** Label of the phone/email choice. */
    methodLabel: string;
    /** The phone option of that choice. */
    byPhone: string;
    /** The email option of that choice. */
    byEmail: string;
    /** Heading of each step. */
    stepTitles: { request: string; code: string; password: string; done: string };
    /** Hint under the send button; `to` is the number as people read it, or the address. */
    codeSentTo: (to: string) => string;
    checking: string;
    submit: string;
    saving: string;
    done: string;
    backToSignIn: string;
    /** Leaves the code step for another address (the email twin of `useAnotherNumber`). */
    useAnotherEmail: string;
    /** The emailed code is wrong (the email twin of `errors.wrongCode`). */
    wrongEmailCode: string;
    /** No account has this address (the email twin of `errors.userNotFound`). */
    noAccountEmail: string;
    /** GenAuth answered without confirming the change: the password is still the old one. */
    notChanged: string;
  };
  /** `<PhoneSecurity>`: bind, change or remove the signed-in user's phone. */
  phoneSecurity: {
    /** Heading of the overview. */
    title: string;
    /** The overview without a bound number. */
    noPhone: string;
    /** The bound number, as people read it. */
    currentPhone: (phone: string) => string;
    /** Why to add a number (overview without one, and the bind step). */
    bindLead: string;
    /** Starts binding; also submits the bind. */
    bind: string;
    /** Starts changing; also submits the change. */
    change: string;
    /** Starts removing; also submits the removal. */
    remove: string;
    /** Leaves the action for the overview. */
    cancel: string;
    /** Heading of the bind step. */
    bindTitle: string;
    /** Heading of the change step. */
    changeTitle: string;
    /** Under it, while the current number is confirmed; `phone` as people read it. */
    changeLead: (phone: string) => string;
    /** Heading of the change step once the current number is confirmed. */
    newPhoneTitle: string;
    /** Under it. */
    newPhoneLead: string;
    /** Label of the new number's field. */
    newPhoneLabel: string;
    /** Heading of the remove step. */
    removeTitle: string;
    /** Under it; `phone` as people read it. */
    removeLead: (phone: string) => string;
    /** Said once a number was added. */
    bound: string;
    /** Said once the number was changed. */
    changed: string;
    /** Said once the number was removed. */
    removed: string;
    /** Said while a request is in flight. */
    working: string;
  };
  /** `<SmsMfaSettings>`: turn two-step verification by SMS on or off for the signed-in user. */
  smsMfa: {
    /** Heading of the overview. */
    title: string;
    /** The overview while it is on; `phone` is the masked number codes go to. */
    on: (phone: string) => string;
    /** The overview while it is off. */
    off: string;
    /** Starts turning it on; also submits the code. */
    turnOn: string;
    /** Starts turning it off; also confirms it. */
    turnOff: string;
    /** Leaves a step for the overview. */
    cancel: string;
    /** Heading of the number step. */
    phoneTitle: string;
    /** Under it. */
    phoneLead: string;
    /** Heading of the confirmation before turning it off. */
    confirmTitle: string;
    /** Under it; `phone` is the masked number. */
    confirmLead: (phone: string) => string;
    /** Said once it is on. */
    turnedOn: string;
    /** Said once it is off. */
    turnedOff: string;
    /** The code came after its one-minute enrolment window: ask for a new one. */
    codeExpired: string;
    /** Said while the current setting loads. */
    loading: string;
    /** The current setting could not be loaded. */
    loadFailed: string;
    /** Loads it again. */
    retry: string;
    /** Said while a request is in flight. */
    working: string;
  };
  /** `<DeleteAccount>`. */
  deleteAccount: {
    /** Heading of the first step. */
    title: string;
    /** What deleting means. */
    lead: string;
    /** Goes to the code step (sends nothing). */
    start: string;
    /** Heading of the code step. */
    codeTitle: string;
    /** Where the confirmation code goes (a number as people read it, or an address). */
    codeTo: (to: string) => string;
    /** Deletes the account (the danger button). */
    confirm: string;
    /** Said while the account is deleted. */
    deleting: string;
    /** Heading once deleted. */
    doneTitle: string;
    /** Text once deleted. */
    done: string;
    /** Leaves the code step. */
    cancel: string;
    /** The account has neither a phone nor an email to send a code to. */
    noRecipient: string;
  };
  /** `<EmailPasswordSignUp>`: email and password, then (when asked) a phone checked by SMS. */
  emailPasswordSignUp: {
    /** Heading of the first step. */
    title: string;
    /** One line under it. */
    lead: string;
    /** Accessible name of the step list. */
    progress: string;
    /** Heading of each step (the first shows `title`; its entry is for custom renderings). */
    stepTitles: { account: string; phone: string; code: string; done: string };
    /** Short names in the step list. */
    stepLabels: { account: string; phone: string; code: string; done: string };
    /** Label of the email field. */
    emailLabel: string;
    /** Refusal of an empty email field, before any request. */
    emailRequired: string;
    /** Refusal of something that is not an email address (kit or GenAuth, apiCode 2204). */
    emailInvalid: string;
    /** GenAuth says the address has an account already (apiCode 2026). */
    emailTaken: string;
    /** Line above the number when the phone is required. */
    phoneLead: string;
    /** Line above the number when the phone may be skipped. */
    phoneLeadOptional: string;
    /** Skips the optional phone and creates the account without it. */
    skipPhone: string;
    /**
     * On the first step after a reload, while a code sent to `to` can still be used: the password
     * is never kept, so it must be typed again.
     */
    resumeHint: (to: string) => string;
    /** Submit of the last step. */
    createAccount: string;
    /** Said while the account is created. */
    creating: string;
    /** The welcome on the last step. */
    welcome: (email: string) => string;
    /** Label of the new user's id on the last step. */
    userId: string;
    /** Label of the new user's email on the last step. */
    email: string;
    /** Label of the new user's number on the last step. */
    phone: string;
  };
  /** `<PasswordSignIn>`: account and password. */
  passwordSignIn: {
    /** Heading of the first step. */
    title: string;
    /** One line under the heading. */
    lead: string;
    /** Label of the account field. */
    accountLabel: string;
    /** Label of the password field. */
    passwordLabel: string;
    /** Submit button. */
    submit: string;
    /** Said while the password is checked. */
    checking: string;
    /** Heading once signed in. */
    signedIn: string;
    /** The default "forgot password" link text. */
    forgotPassword: string;
    /** Refusal of an empty account. */
    accountRequired: string;
    /** Refusal of an empty password. */
    passwordRequired: string;
    /** The account cannot be a username, email or phone (too long...). */
    accountInvalid: string;
    /** The password is longer than anything GenAuth accepts. */
    passwordTooLong: string;
    /** GenAuth refused the password (apiCode 2333). */
    wrongPassword: string;
    /** No user has this account name (apiCode 2004). */
    unknownAccount: string;
    /** The account is locked (apiCode 2005, or 2057 after too many wrong passwords). */
    locked: string;
  };
  /** The second-factor step of the sign-in flows (`CHANNEL_VERIFY_MFA`). */
  mfa: {
    /** Heading of the step. */
    title: string;
    /** Under it; `phone` is the account's number, masked (`+86 138****8000`). */
    lead: (phone: string) => string;
    /** Heading when the account has no number for codes yet. */
    bindTitle: string;
    /** Under it. */
    bindLead: string;
    /** Label of that number's field. */
    bindPhoneLabel: string;
    /** GenAuth said the number cannot be bound (another account has it). */
    bindRefused: string;
    /** Heading when the account needs a factor the page does not offer. */
    unsupportedTitle: string;
    /** Under it. */
    unsupported: string;
    /** Back to the first step of the sign-in. */
    startOver: string;
    /** Submit button of the code. */
    submit: string;
    /** Said while the code is checked. */
    checking: string;
    /** The MFA token expired or was refused: the sign-in starts again. */
    expired: string;
  };
}

/** The groups of {@link GenAuthFlowMessages} (everything but `locale`). */
export type FlowMessageGroup = Exclude<keyof GenAuthFlowMessages, 'locale'>;

/**
 * Overrides of a flow's texts: any group, any single string in it.
 * @example { signIn: { title: 'Welcome back' } }
 */
export type FlowMessageOverrides = {
  [Group in FlowMessageGroup]?: Partial<GenAuthFlowMessages[Group]>;
};

/**
 * @internal `base` with each group's defined `overrides` on top; `undefined` strings are
 * ignored so optional props pass straight through.
 */
export function mergeFlowMessages<T extends Partial<GenAuthFlowMessages>>(
  base: T,
  overrides: FlowMessageOverrides | undefined,
): T {
  if (!overrides) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [group, strings] of Object.entries(overrides)) {
    if (!strings) continue;
    const defined = Object.fromEntries(
      Object.entries(strings).filter(([, value]) => value !== undefined),
    );
    merged[group] = { ...(merged[group] as object | undefined), ...defined };
  }
  return merged as T;
}
