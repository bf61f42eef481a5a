import type { ParsedPhone } from '../../core/phone/parse.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';

/** The texts `<PhoneSecurity>` shows. */
export type PhoneSecurityMessages = Pick<
  GenAuthFlowMessages,
  'common' | 'errors' | 'phoneSecurity'
>;

/** Options of {@link usePhoneSecurityFlow}. */
export interface UsePhoneSecurityFlowOptions
  extends Pick<
    PhoneCodeFlowOptions,
    'defaultCountry' | 'countries' | 'cooldownSeconds' | 'client' | 'cooldownStore'
  > {
  /**
   * The signed-in user's phone as your app knows it (E.164), or `null` when they have none.
   * A new value replaces the one shown. @default null
   */
  currentPhone?: string | null | undefined;
  /**
   * The user pool asks for a code sent to the current number before changing it (GenAuth's
   * default): the change starts with that code. @default true
   */
  verifyOldPhone?: boolean | undefined;
  /** Called once GenAuth bound, changed (the new number, E.164) or removed (`null`) the phone. */
  onPhoneChanged?: ((phone: string | null) => void) | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** @internal What every step of the phone-security flow has. */
export interface PhoneSecurityCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: PhoneSecurityMessages;
  /** True while a request of this flow is in flight. */
  isPending: boolean;
  /** The bound number (E.164), `null` when there is none. */
  phone: string | null;
  /** `phone` as people read it (`+86 138 0013 8000`); `''` when there is none. */
  phoneDisplay: string;
}

/** The overview: the bound number (or none) and the actions it allows. */
export interface PhoneSecurityOverviewStep extends PhoneSecurityCommon {
  step: 'overview';
  /** What the last action did ("Phone number added."), until another one starts; else `null`. */
  notice: string | null;
  /** Starts binding a number (only without one). */
  startBind: () => void;
  /** Starts changing the number (only with one). */
  startChange: () => void;
  /** Starts removing the number (only with one). */
  startUnbind: () => void;
}

/** @internal What every stage of an action has. */
export interface PhoneSecurityActionCommon extends PhoneSecurityCommon {
  /** Back to the overview; nothing changes. */
  cancel: () => void;
  /** Why the last request of this stage failed, in words; `null` when it did not. */
  error: string | null;
  /** The typed error behind `error` (a `GenAuthError`), or `null`. */
  errorCause: unknown;
}

/**
 * A code texted to the bound number (`CHANNEL_UNBIND_PHONE`): to remove it, or to confirm it is
 * the user's before a change (checked with `preCheckCode`, not spent, before the new number).
 */
export interface PhoneSecurityCurrentCodeStage extends PhoneSecurityActionCommon {
  stage: 'currentCode';
  /** The code field; its error says why GenAuth refused the code. */
  code: FlowField;
  /** The send control of the bound number. */
  send: SendCodeControl;
  /** Texts the bound number a code (one per intent; refused while it cools down). */
  sendCode: () => void;
  /** Removes the number, or (change) checks the code and moves to the new number. */
  submit: (code?: string) => Promise<void>;
}

/** The new number (`CHANNEL_BIND_PHONE`). */
export interface PhoneSecurityNewPhoneStage extends PhoneSecurityActionCommon {
  stage: 'newPhone';
  /** The number field; its error says when another account has the number (cleared on edit). */
  newPhone: FlowField & { parsed: ParsedPhone };
  /** The send control of the field's number. */
  send: SendCodeControl;
  /** Texts the field's number a code and moves to the code. */
  sendCode: () => void;
  /** True when the field's number still holds a usable code sent from this page. */
  canEnterCode: boolean;
  /** Goes to the code for that number without a new SMS. */
  enterCode: () => void;
}

/** The code sent to the new number: binds it, or changes to it. */
export interface PhoneSecurityNewCodeStage extends PhoneSecurityActionCommon {
  stage: 'newCode';
  /** The number the code went to (E.164): the one bound, whatever the field showed since. */
  sentTo: string;
  /** `sentTo` as people read it. */
  sentToDisplay: string;
  /** The code field; its error says why GenAuth refused the code. */
  code: FlowField;
  /** Binds or changes (joins a submit already in flight). */
  submit: (code?: string) => Promise<void>;
  /** Texts `sentTo` a new code (after the cooldown). */
  resendCode: () => void;
  /** The send control of `sentTo`. */
  send: SendCodeControl;
  /** Back to the number field. */
  chooseAnotherNumber: () => void;
}

/** Binding a number: the number, then its code. */
export type PhoneSecurityBindStep = { step: 'bind' } & (
  | PhoneSecurityNewPhoneStage
  | PhoneSecurityNewCodeStage
);

/** Changing the number: the current number's code (when the pool asks), the new number, its code. */
export type PhoneSecurityChangeStep = { step: 'change' } & (
  | PhoneSecurityCurrentCodeStage
  | PhoneSecurityNewPhoneStage
  | PhoneSecurityNewCodeStage
);

/** Removing the number: a code texted to it. */
export type PhoneSecurityUnbindStep = { step: 'unbind' } & PhoneSecurityCurrentCodeStage;

/** The phone-security flow (narrow on `step`, then on `stage`). */
export type UsePhoneSecurityFlowResult =
  | PhoneSecurityOverviewStep
  | PhoneSecurityBindStep
  | PhoneSecurityChangeStep
  | PhoneSecurityUnbindStep;
