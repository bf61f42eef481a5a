import type { PasswordStrength } from '../../core/password/rules.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';
import type { ResetPasswordMethod } from './reset-password-requests.js';

/** The texts `<ResetPassword>` shows. */
export type ResetPasswordMessages = Pick<
  GenAuthFlowMessages,
  'common' | 'errors' | 'resetPassword'
>;

/** Options of {@link useResetPasswordFlow}. */
export interface UseResetPasswordFlowOptions extends PhoneCodeFlowOptions {
  /** How the code may travel, in the order offered. @default ['phone', 'email'] */
  methods?: readonly ResetPasswordMethod[] | undefined;
  /** The method chosen at first. @default the first of `methods` */
  defaultMethod?: ResetPasswordMethod | undefined;
  /** The address shown at first. @default '' */
  defaultEmail?: string | undefined;
  /**
   * Your pool's password level (GenAuth console → Security): the rules shown, and a password
   * below it is refused before the code is spent. @default 'low'
   */
  strength?: PasswordStrength | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Called once, when GenAuth confirmed the new password. */
  onPasswordReset?: (() => void) | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** @internal What every step of the reset flow has. */
export interface ResetPasswordCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: ResetPasswordMessages;
  /** True while a request of this step is in flight. */
  isPending: boolean;
  /** How the code travels (the chosen method; on later steps, the one it went by). */
  method: ResetPasswordMethod;
  /** The methods offered. */
  methods: readonly ResetPasswordMethod[];
  /** Back to an empty first step; forgets the code step. */
  restart: () => void;
}

/** Step 1: the method and the recipient. `sendCode` sends on `CHANNEL_RESET_PASSWORD`. */
export interface ResetPasswordRequestStep extends ResetPasswordCommon {
  step: 'request';
  /** Picks how the code travels (one of `methods`). */
  chooseMethod: (method: ResetPasswordMethod) => void;
  /** The number field (used by the phone method). */
  phone: FlowField & { parsed: ParsedPhone };
  /** The address field (used by the email method). */
  email: FlowField;
  /** Sends the code to the current method's field (one message per intent; not while it cools down). */
  sendCode: () => void;
  /** The send control of the current method's field. */
  send: SendCodeControl;
  /** True when the field's number or address still holds a usable code sent from here. */
  canEnterCode: boolean;
  /** Goes to the code step for it without a new message. */
  enterCode: () => void;
  /** Why the last attempt came back here (no account with that number or address); `null` else. */
  error: string | null;
  /** The typed error behind `error`. */
  errorCause: unknown;
}

/** Step 2: the code that went to `sentTo`, checked without spending it (`pre-check-code`). */
export interface ResetPasswordCodeStep extends ResetPasswordCommon {
  step: 'code';
  /** The E.164 number or the address the code went to. */
  sentTo: string;
  /** `sentTo` as people read it (`+86 138 0013 8000`, or the address). */
  sentToDisplay: string;
  /** The code field; its error says why the code was refused. */
  code: FlowField;
  /** Checks the code (the field's, or `code`); joins a check already in flight. */
  submit: (code?: string) => Promise<void>;
  /** Sends `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
  /** Back to the first step for another number or address. */
  chooseAnotherRecipient: () => void;
  /** Why the last check failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a wrong code is a `GenAuthApiError` with `apiCode` 2001). */
  errorCause: unknown;
}

/** Step 3: the new password. `submit` spends the code and sets it, in one mutation. */
export interface ResetPasswordPasswordStep extends ResetPasswordCommon {
  step: 'password';
  /** Where the checked code went. */
  sentTo: string;
  /** `sentTo` as people read it. */
  sentToDisplay: string;
  /** The password field (kept in this hook's state only, cleared once it is set). */
  password: FlowField;
  /** The pool's password level, for the rules shown. */
  strength: PasswordStrength;
  /** Resets the password; joins a submit already in flight. */
  submit: () => Promise<void>;
  /** Back to the code step. */
  back: () => void;
  /** Why the last submit failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error`. */
  errorCause: unknown;
}

/** Step 4: GenAuth confirmed the new password. */
export interface ResetPasswordDoneStep extends ResetPasswordCommon {
  step: 'done';
}

/** The reset flow, one step at a time (narrow on `step`). */
export type UseResetPasswordFlowResult =
  | ResetPasswordRequestStep
  | ResetPasswordCodeStep
  | ResetPasswordPasswordStep
  | ResetPasswordDoneStep;
