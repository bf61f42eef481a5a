import type { EnrolledFactor } from '../../core/api/mfa-factors.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';

/** The texts `<SmsMfaSettings>` shows. */
export type SmsMfaMessages = Pick<GenAuthFlowMessages, 'common' | 'errors' | 'smsMfa'>;

/** Options of {@link useSmsMfaFlow}. */
export interface UseSmsMfaFlowOptions
  extends Pick<
    PhoneCodeFlowOptions,
    'defaultCountry' | 'countries' | 'cooldownSeconds' | 'client' | 'cooldownStore'
  > {
  /**
   * The number the field offers when turning it on (E.164), e.g. the user's bound phone.
   * @default ''
   */
  defaultPhone?: string | undefined;
  /**
   * Called once GenAuth turned it on (with the number, E.164) or off (`null`).
   */
  onChange?: ((phone: string | null) => void) | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
  /**
   * The clock (ms since the epoch) that ages the one-minute `enrollmentToken`: when a code was
   * sent, and whether a refusal or "I have a code" comes after its minute. A time more than a
   * minute before the send (a clock set back) counts as expired, never as fresh forever.
   * @default Date.now, read at each call
   */
  now?: (() => number) | undefined;
}

/** @internal What every step has. */
export interface SmsMfaCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: SmsMfaMessages;
  /** True while a request of this flow is in flight. */
  isPending: boolean;
}

/** The current setting is loading (`list-enrolled-factors`). */
export interface SmsMfaLoadingStep extends SmsMfaCommon {
  step: 'loading';
}

/** The current setting could not be loaded: signed out, offline, a server failure. */
export interface SmsMfaUnavailableStep extends SmsMfaCommon {
  step: 'unavailable';
  /** Why, in words ("Your session has ended. Sign in again." when signed out). */
  error: string;
  /** The typed error behind it (`GenAuthAuthRequiredError` when signed out). */
  errorCause: unknown;
  /** Loads the setting again. */
  retry: () => void;
}

/** The setting: on (with the number codes go to) or off, and the action it allows. */
export interface SmsMfaOverviewStep extends SmsMfaCommon {
  step: 'overview';
  /** True when the user has an SMS factor. */
  enabled: boolean;
  /** The SMS factor, when there is one. */
  factor: EnrolledFactor | null;
  /** Its number with the middle digits hidden (`+86 139****9000`); `''` when off. */
  maskedPhone: string;
  /** What the last action did ("Two-step verification is on."), until another starts. */
  notice: string | null;
  /** Starts turning it on (only while off). */
  turnOn: () => void;
  /** Starts turning it off (only while on). */
  turnOff: () => void;
}

/** @internal What every step of an action has. */
export interface SmsMfaActionCommon extends SmsMfaCommon {
  /** Back to the overview; nothing changes. */
  cancel: () => void;
  /** Why the last request of this step failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error`, or `null`. */
  errorCause: unknown;
}

/** Turning it on, 1: the number that will get sign-in codes. */
export interface SmsMfaPhoneStep extends SmsMfaActionCommon {
  step: 'phone';
  /** The number field; its error says why a send was refused for the number. */
  phone: FlowField & { parsed: ParsedPhone };
  /** The send control of the field's number (`CHANNEL_BIND_MFA`, with its cooldown). */
  send: SendCodeControl;
  /** Texts the field's number an enrolment code and moves to the code. */
  sendCode: () => void;
  /** True when the field's number has a code from this page still within its minute. */
  canEnterCode: boolean;
  /** Goes to the code for that number without a new SMS. */
  enterCode: () => void;
}

/** Turning it on, 2: the code texted to the number. */
export interface SmsMfaCodeStep extends SmsMfaActionCommon {
  step: 'code';
  /** The number the code went to (E.164). */
  sentTo: string;
  /** `sentTo` as people read it. */
  sentToDisplay: string;
  /** The code field; its error says why GenAuth refused the code. */
  code: FlowField;
  /** True when the code's minute is over: a new code is needed (see `send`). */
  expired: boolean;
  /** Turns it on with the code (joins a submit already in flight). */
  submit: (code?: string) => Promise<void>;
  /** Texts `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
  /** Back to the number field. */
  chooseAnotherNumber: () => void;
}

/** Turning it off: a confirmation (GenAuth removes the factor with `reset-factor`). */
export interface SmsMfaConfirmOffStep extends SmsMfaActionCommon {
  step: 'confirmOff';
  /** The number that stops getting codes, middle digits hidden. */
  maskedPhone: string;
  /** Turns it off (joins a confirmation already in flight). */
  confirm: () => Promise<void>;
}

/** The SMS two-step verification flow (narrow on `step`). */
export type UseSmsMfaFlowResult =
  | SmsMfaLoadingStep
  | SmsMfaUnavailableStep
  | SmsMfaOverviewStep
  | SmsMfaPhoneStep
  | SmsMfaCodeStep
  | SmsMfaConfirmOffStep;
