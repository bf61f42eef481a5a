import type { GenAuthUser } from '../../core/api/passcode-auth.js';
import type { PasswordStrength } from '../../core/password/rules.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { PhoneSignUpProfileFieldState } from '../phone-sign-up/sign-up-steps.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** The steps of the email-and-password sign-up with a phone, in order (the step list shows them). */
export const EMAIL_PASSWORD_SIGN_UP_STEPS = ['account', 'phone', 'code', 'done'] as const;

/** One step of the email-and-password sign-up. */
export type EmailPasswordSignUpStepName = (typeof EMAIL_PASSWORD_SIGN_UP_STEPS)[number];

/** The texts `<EmailPasswordSignUp>` shows. */
export type EmailPasswordSignUpMessages = Pick<
  GenAuthFlowMessages,
  'common' | 'errors' | 'emailPasswordSignUp'
>;

/** What every step of the flow has. */
interface EmailPasswordSignUpCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: EmailPasswordSignUpMessages;
  /** True while the sign-up request is in flight. */
  isPending: boolean;
  /** True when this flow has a phone step (`requirePhone` or `askPhone`). */
  asksPhone: boolean;
  /** True when the phone cannot be skipped (`requirePhone`). */
  requiresPhone: boolean;
  /** Back to an empty first step: forgets the address, the password and the code step. */
  restart: () => void;
}

/** What the steps after the first share: the failure of the last request, and the way back. */
interface EmailPasswordSignUpLater extends EmailPasswordSignUpCommon {
  /** Why the last request of this step failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a `GenAuthError`). */
  errorCause: unknown;
  /** Back to the email and password (both kept). */
  back: () => void;
}

/**
 * Step 1: the address and the password. `submit` checks both here (no request) and moves to the
 * phone step, or, when the flow asks no phone, creates the account.
 */
export interface EmailPasswordSignUpAccountStep extends EmailPasswordSignUpCommon {
  step: 'account';
  /** The email field; its error says why the address was refused (here, or by GenAuth). */
  email: FlowField;
  /** The password field (never put in a DOM attribute: `<NewPasswordInput>` does not). */
  password: FlowField;
  /** The pool's password level: the rules shown and checked before anything is sent. */
  strength: PasswordStrength;
  /** The profile fields given in `profileFields` (none by default), in order. */
  fields: readonly PhoneSignUpProfileFieldState[];
  /** Checks the fields and goes on; joins a submit in flight. */
  submit: () => Promise<void>;
  /** A failure that is not about either field (network, server...). */
  error: string | null;
  /** The typed error behind it. */
  errorCause: unknown;
  /** True when GenAuth said the address has an account already (`apiCode` 2026): offer to sign in. */
  emailTaken: boolean;
  /**
   * After a reload, the number whose code can still be used, as people read it: the code step
   * comes next without a new SMS. `null` otherwise.
   */
  resumedPhoneDisplay: string | null;
}

/** Step 2: the number. `sendCode` texts a `CHANNEL_COMPLETE_PHONE` code and moves to the code step. */
export interface EmailPasswordSignUpPhoneStep extends EmailPasswordSignUpLater {
  step: 'phone';
  /** The number field; its error says why GenAuth refused the number (taken by another account). */
  phone: FlowField & { parsed: ParsedPhone };
  /** Sends the code to the field's number (one SMS per intent; refused while it cools down). */
  sendCode: () => void;
  /** The send control of the field's number: state, countdown, live announcement, error. */
  send: SendCodeControl;
  /** True when the field's number still holds a usable code sent from this browser. */
  canEnterCode: boolean;
  /** Goes to the code step for that number without a new SMS. */
  enterCode: () => void;
  /** Creates the account without a phone (only when `requiresPhone` is false); joins a submit. */
  skip: () => Promise<void>;
}

/** Step 3: the code that went to `sentTo`, spent by the sign-up itself. */
export interface EmailPasswordSignUpCodeStep extends EmailPasswordSignUpLater {
  step: 'code';
  /** The number the code went to, E.164: the one the account gets, whatever the field showed. */
  sentTo: string;
  /** `sentTo` as people read it (`+86 138 0013 8000`). */
  sentToDisplay: string;
  /** The code field; its error says why the code was refused (wrong, expired). */
  code: FlowField;
  /** Creates the account with the code (the field's, or `code`); joins a submit in flight. */
  submit: (code?: string) => Promise<void>;
  /** Texts `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
  /** Back to the number step; the code is forgotten. */
  chooseAnotherNumber: () => void;
}

/** Step 4: the account exists. */
export interface EmailPasswordSignUpDoneStep extends EmailPasswordSignUpCommon {
  step: 'done';
  /** The user GenAuth created. */
  user: GenAuthUser;
  /** The address signed up with. */
  email: string;
  /** The number completed at sign-up, as people read it; `null` without one. */
  phoneDisplay: string | null;
}

/** The email-and-password sign-up, one step at a time (narrow on `step`). */
export type UseEmailPasswordSignUpFlowResult =
  | EmailPasswordSignUpAccountStep
  | EmailPasswordSignUpPhoneStep
  | EmailPasswordSignUpCodeStep
  | EmailPasswordSignUpDoneStep;
