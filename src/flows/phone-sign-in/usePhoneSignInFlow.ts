'use client';
import { useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import type { GenAuthTokenSet, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import type { ParsedPhone } from '../../core/phone/parse.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { useSignInByPhoneCode } from '../../hooks/usePassCodeAuth.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowSignIn } from '../../i18n/flows/en-US.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import {
  type FlowField,
  type PhoneCodeFlowOptions,
  usePhoneCodeStep,
} from '../shared/use-phone-code-step.js';

/** The id `usePhoneSignInFlow` remembers its code step under. */
export const PHONE_SIGN_IN_FLOW = 'phone-sign-in';

/** The built-in English of the sign-in flow (its groups only). */
const enUSSignInFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, signIn: enUSFlowSignIn },
);

/** The texts `<PhoneSignIn>` shows. */
export type PhoneSignInMessages = Pick<GenAuthFlowMessages, 'common' | 'errors' | 'signIn'>;

/** Options of {@link usePhoneSignInFlow}. */
export interface UsePhoneSignInFlowOptions extends PhoneCodeFlowOptions {
  /** Called once, when GenAuth accepted the code, with the user's tokens. */
  onSignedIn?: ((tokens: GenAuthTokenSet) => void) | undefined;
  /** GenAuth sign-in options (`scope`, `context`, `tenantId`...). */
  signInOptions?: PassCodeAuthOptions | undefined;
  /** Digits of a complete code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
}

/** What every step of the sign-in flow has. */
interface PhoneSignInCommon {
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

/** Step 3: signed in. */
export interface PhoneSignInDoneStep extends PhoneSignInCommon {
  step: 'done';
  /** The tokens GenAuth returned. */
  tokens: GenAuthTokenSet;
}

/** The sign-in flow, one step at a time (narrow on `step`). */
export type UsePhoneSignInFlowResult =
  | PhoneSignInPhoneStep
  | PhoneSignInCodeStep
  | PhoneSignInDoneStep;

/** True for a token set a page can use: GenAuth said 200 but must also have sent a token. */
function isTokenSet(data: unknown): data is GenAuthTokenSet {
  const token = (data as Partial<GenAuthTokenSet> | null)?.access_token;
  return typeof token === 'string' && token.length > 0;
}

/**
 * Sign-in by SMS code, headless: number → code (`CHANNEL_LOGIN`, `POST /api/v3/send-sms`) →
 * `POST /api/v3/signin` with `connection: 'PASSCODE'`. It owns what pages get wrong: the code
 * belongs to the number it went to, the countdown to the number on screen, one request per
 * submit, success only with GenAuth's tokens, and the code step back after a reload or in a
 * second tab (no code or token is stored).
 *
 * @example
 * const flow = usePhoneSignInFlow({ onSignedIn: saveSession });
 * if (flow.step === 'phone') return <PhoneInput {...flow.phone} />;
 * if (flow.step === 'code') return <VerificationCodeInput {...flow.code} onComplete={flow.submit} />;
 */
export function usePhoneSignInFlow(
  options: UsePhoneSignInFlowOptions = {},
): UsePhoneSignInFlowResult {
  const { codeLength = 6 } = options;
  const messages = useFlowMessages(enUSSignInFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ text: string; cause: unknown } | null>(null);
  const [tokens, setTokens] = useState<GenAuthTokenSet | null>(null);
  const signedIn = useRef(false);
  const signIn = useSignInByPhoneCode({ client: options.client });
  const steps = usePhoneCodeStep(PHONE_SIGN_IN_FLOW, 'CHANNEL_LOGIN', options, () => {
    setCode('');
    setError(null);
  });

  const fail = (cause: unknown) =>
    setError({ text: describeFlowError(cause, { errors: messages.errors, failures }), cause });

  const submit = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    // A click that lands after success but before the re-render must not spend anything.
    if (steps.sentTo === null || tokens !== null || signedIn.current) return;
    if (passCode.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null });
      return;
    }
    setError(null);
    try {
      const phone = await steps.sentToFields();
      const { data } = await signIn.mutateAsync({
        phone: phone.phoneNumber,
        phoneCountryCode: phone.phoneCountryCode,
        passCode,
        options: options.signInOptions,
      });
      if (!isTokenSet(data)) {
        // Success is GenAuth's tokens, not merely a 200: anything else is a failure to show.
        throw new GenAuthApiError('GenAuth answered without tokens', {
          statusCode: 200,
          httpStatus: 200,
        });
      }
      signedIn.current = true;
      steps.forgetCode();
      setTokens(data);
      setCode('');
      options.onSignedIn?.(data);
    } catch (cause) {
      // An expired code cannot come back: no resuming a code step that cannot succeed.
      if (cause instanceof GenAuthApiError && Number(cause.apiCode) === 2300) steps.forgetCode();
      fail(cause);
    }
  });

  const restart = () => {
    steps.forgetCode();
    steps.chooseAnotherNumber();
    steps.phone.onChange('');
    signIn.reset();
    signedIn.current = false;
    setTokens(null);
    setCode('');
    setError(null);
  };
  const common = { messages, isPending: signIn.isPending, restart };

  if (tokens !== null) return { ...common, step: 'done', tokens };
  if (steps.stage === 'code' && steps.sentTo !== null) {
    return {
      ...common,
      step: 'code',
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          setError(null);
        },
        error:
          error !== null && (error.cause === null || isCodeError(error.cause)) ? error.text : null,
      },
      submit,
      resendCode: steps.send.send,
      send: steps.send,
      chooseAnotherNumber: () => {
        steps.chooseAnotherNumber();
        setCode('');
        setError(null);
        signIn.reset();
      },
      error: error?.text ?? null,
      errorCause: error?.cause ?? null,
    };
  }
  return {
    ...common,
    step: 'phone',
    phone: steps.phone,
    sendCode: steps.send.send,
    send: steps.send,
    canEnterCode: steps.canEnterCode,
    enterCode: steps.enterCode,
  };
}
