import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** What `onSignedIn` gets besides the tokens: how the user signed in, and the MFA answer. */
export interface FlowSignInDetails {
  /** The first factor: an SMS code (`<PhoneSignIn>`) or a password (`<PasswordSignIn>`). */
  method: 'phone-code' | 'password';
  /**
   * The V2 user GenAuth answered the second factor with (`POST /api/v2/applications/mfa/sms/verify`);
   * `undefined` when the sign-in needed none. Its `token` is the tokens' `access_token`.
   */
  mfaUser: GenAuthMfaUser | undefined;
}

/** The account needs a second factor the page does not offer (`challenge.methods` lacks `'SMS'`). */
export interface MfaUnsupportedStage {
  stage: 'unsupported';
  /** The factors the app offers, as GenAuth named them (`['OTP']`). */
  methods: readonly string[];
}

/** The account has no number for codes: the user gives one (GenAuth binds it once verified). */
export interface MfaPhoneStage {
  stage: 'phone';
  /** The number field: E.164 value (partial while typing), its parse and its error. */
  phone: FlowField & { parsed: ParsedPhone };
  /**
   * The send control of the field's number; its `send` first asks GenAuth whether the number
   * can be bound (`POST /api/v2/applications/mfa/check`), then texts `CHANNEL_VERIFY_MFA`.
   */
  send: SendCodeControl;
  /** True while that number cools down (a code went to it): its code can be typed. */
  canEnterCode: boolean;
  /** Goes to the code step for that number without a new SMS. */
  enterCode: () => void;
  /** Why the number was refused (not bindable, taken), in words; `null` when it was not. */
  error: string | null;
}

/** The code texted to the account's MFA number, or to the number being bound. */
export interface MfaCodeStage {
  stage: 'code';
  /**
   * Where the code goes, as shown: the account's own number masked (`+86 138****8000`), or the
   * number the user typed, as people read it.
   */
  to: string;
  /** True when `to` is the account's own MFA number (masked; no other number can be used). */
  isAccountPhone: boolean;
  /** The code field; its error says why GenAuth refused the last code. */
  code: FlowField;
  /** Checks the code (the field's, or `code`); joins a submit already in flight. */
  submit: (code?: string) => Promise<void>;
  /** The send control of `to` (`CHANNEL_VERIFY_MFA`: first send, resend, countdown). */
  send: SendCodeControl;
  /** Back to the number field (only while binding a number; `undefined` otherwise). */
  chooseAnotherNumber: (() => void) | undefined;
  /** Why the last check failed, in words, when it was not the code itself; else `null`. */
  error: string | null;
  /** The typed error behind the last failure. */
  errorCause: unknown;
}

/** The second-factor step of a sign-in flow, one stage at a time (narrow on `stage`). */
export type MfaStepView = MfaUnsupportedStage | MfaPhoneStage | MfaCodeStage;
