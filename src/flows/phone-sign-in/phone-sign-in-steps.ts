import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { MfaSession } from '../mfa/mfa-session.js';
import type { FlowSignInDetails } from '../mfa/mfa-types.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';

/** The texts `<PhoneSignIn>` shows. */
export type PhoneSignInMessages = Pick<GenAuthFlowMessages, 'common' | 'errors' | 'signIn'>;

/** Options of {@link usePhoneSignInFlow}. */
export interface UsePhoneSignInFlowOptions extends PhoneCodeFlowOptions {
  /**
   * Called once, when GenAuth signed the user in: with the tokens, and `details` saying how
   * (`method: 'phone-code'`) and, after a second factor, the V2 user GenAuth answered it with
   * (`mfaUser`; the tokens are then `tokensFromMfaUser(mfaUser)`). A one-argument callback
   * keeps working.
   */
  onSignedIn?: ((tokens: GenAuthTokenSet, details: FlowSignInDetails) => void) | undefined;
  /** GenAuth sign-in options (`scope`, `context`, `tenantId`...). */
  signInOptions?: PassCodeAuthOptions | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
  /** The clock for the tokens' `expires_in` after a second factor. @default Date.now */
  now?: (() => number) | undefined;
}

/** What every step of the sign-in flow has. */
export interface PhoneSignInCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: PhoneSignInMessages;
  /** True while a request of this step is in flight. */
  isPending: boolean;
  /** Back to an empty number step; forgets the code step. */
  restart: () => void;
}

/** Step 1: the number. `sendCode` texts a code (`CHANNEL_LOGIN`) and moves to the code step. */
export interface PhoneSignInPhoneStep extends PhoneSignInCommon {
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
  /** Why the flow came back here (the second factor took too long), in words; else `null`. */
  notice: string | null;
}

/** Step 2: the code that went to `sentTo`. */
export interface PhoneSignInCodeStep extends PhoneSignInCommon {
  step: 'code';
  /** The number the code went to, E.164: the one signed in with, whatever the field showed. */
  sentTo: string;
  /** `sentTo` as people read it (`+86 138 0013 8000`). */
  sentToDisplay: string;
  /** The code field; its error says why GenAuth refused the last code. */
  code: FlowField;
  /** Signs in with the code (the field's, or `code`); joins a submit already in flight. */
  submit: (code?: string) => Promise<void>;
  /** Texts `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
  /** Back to the number step; the code is forgotten. */
  chooseAnotherNumber: () => void;
  /** Why the last sign-in failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a `GenAuthError`). */
  errorCause: unknown;
}

/**
 * When GenAuth asks for it after the code: the second factor by SMS (`CHANNEL_VERIFY_MFA`). It
 * does not come back after a reload: its MFA token is never stored.
 */
export interface PhoneSignInMfaStep extends PhoneSignInCommon {
  step: 'mfa';
  /**
   * The sign-in waiting for its second factor (no token in it): draw it with
   * `useMfaStep(flow.mfa)`, in a component keyed on `flow.mfa.attempt`.
   */
  mfa: MfaSession;
}

/** Step 3: signed in. */
export interface PhoneSignInDoneStep extends PhoneSignInCommon {
  step: 'done';
  /** The tokens GenAuth returned (after a second factor: built from the V2 user's token). */
  tokens: GenAuthTokenSet;
  /** The V2 user of the second factor, when there was one. */
  mfaUser: GenAuthMfaUser | undefined;
}

/** The sign-in flow, one step at a time (narrow on `step`). */
export type UsePhoneSignInFlowResult =
  | PhoneSignInPhoneStep
  | PhoneSignInCodeStep
  | PhoneSignInMfaStep
  | PhoneSignInDoneStep;
