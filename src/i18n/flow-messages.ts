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
  /** `<PhoneSecurity>`. */
  phoneSecurity: {
    title: string;
    phoneTitle: string;
    noPhone: string;
    /** The bound number, as people read it. */
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
    working: string;
  };
  /** `<DeleteAccount>`. */
  deleteAccount: {
    deleteTitle: string;
    deleteLead: string;
    deleteStart: string;
    /** Where the confirmation code goes (a number as people read it, or an address). */
    deleteCodeTo: (to: string) => string;
    deleteConfirm: string;
    deleted: string;
    working: string;
    cancel: string;
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
