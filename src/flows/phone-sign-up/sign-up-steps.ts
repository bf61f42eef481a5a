import type { GenAuthUser } from '../../core/api/passcode-auth.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { FlowField } from '../shared/use-phone-code-step.js';
import type { SignUpProfileField } from './profile-fields.js';

/** The steps of the sign-up flow, in order (the step list shows them all). */
export const PHONE_SIGN_UP_STEPS = ['phone', 'code', 'profile', 'done'] as const;

/** One step of the sign-up flow. */
export type PhoneSignUpStepName = (typeof PHONE_SIGN_UP_STEPS)[number];

/** The texts `<PhoneSignUp>` shows. */
export type PhoneSignUpMessages = Pick<GenAuthFlowMessages, 'common' | 'errors' | 'signUp'>;

/** What every step of the sign-up flow has. */
interface PhoneSignUpCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: PhoneSignUpMessages;
  /** True while a request of this step is in flight. */
  isPending: boolean;
  /** Back to an empty number step; forgets the code step and the profile typed. */
  restart: () => void;
}

/** What the code and profile steps share: the number the code went to, and the last failure. */
interface PhoneSignUpAfterSend extends PhoneSignUpCommon {
  /** The number the code went to, E.164: the one the account gets, whatever the field showed. */
  sentTo: string;
  /** `sentTo` as people read it (`+86 138 0013 8000`). */
  sentToDisplay: string;
  /** Back to the number step; the code is forgotten. */
  chooseAnotherNumber: () => void;
  /** Why the last request of this step failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a `GenAuthError`). */
  errorCause: unknown;
  /** True when GenAuth said the number has an account already (`apiCode` 2026): offer to sign in. */
  alreadyRegistered: boolean;
}

/** Step 1: the number. `sendCode` texts a code (`CHANNEL_REGISTER`) and moves to the code step. */
export interface PhoneSignUpPhoneStep extends PhoneSignUpCommon {
  step: 'phone';
  /** The number field: E.164 value (partial while typing), its parse and its error. */
  phone: FlowField & { parsed: ParsedPhone };
  /** Sends the code to the field's number (one SMS per intent; refused while it cools down). */
  sendCode: () => void;
  /** The send control of the field's number: state, countdown key, live announcement, error. */
  send: SendCodeControl;
  /** True when the field's number still holds a usable code sent from this browser. */
  canEnterCode: boolean;
  /** Goes to the code step for that number without a new SMS. */
  enterCode: () => void;
}

/** Step 2: the code that went to `sentTo`, checked without spending it (`preCheckCode`). */
export interface PhoneSignUpCodeStep extends PhoneSignUpAfterSend {
  step: 'code';
  /** The code field; its error says why the code was refused. */
  code: FlowField;
  /** Checks the code (the field's, or `code`) and moves to the profile step; joins a check in flight. */
  submit: (code?: string) => Promise<void>;
  /** Texts `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
}

/** A profile field with its value, change handler and readable error. */
export type PhoneSignUpProfileFieldState = FlowField & SignUpProfileField;

/** Step 3: the profile, sent with the checked code in one sign-up (`POST /api/v3/signup`). */
export interface PhoneSignUpProfileStep extends PhoneSignUpAfterSend {
  step: 'profile';
  /** The profile's fields, in order (by default the nickname). */
  fields: readonly PhoneSignUpProfileFieldState[];
  /** Creates the account; joins a submit in flight. A refused code goes back to the code step. */
  submit: () => Promise<void>;
  /** Back to the code step (the code is checked again on the way forward). */
  back: () => void;
}

/** Step 4: the account exists. */
export interface PhoneSignUpDoneStep extends PhoneSignUpCommon {
  step: 'done';
  /** The user GenAuth created. */
  user: GenAuthUser;
  /** The number signed up with, as people read it. */
  phoneDisplay: string;
}

/** The sign-up flow, one step at a time (narrow on `step`). */
export type UsePhoneSignUpFlowResult =
  | PhoneSignUpPhoneStep
  | PhoneSignUpCodeStep
  | PhoneSignUpProfileStep
  | PhoneSignUpDoneStep;
