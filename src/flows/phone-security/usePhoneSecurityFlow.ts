'use client';
// No resume across reloads here, unlike the sign-in flow: the user is signed in and starts each
// action from the overview in a second, the change needs two codes (one of them typed before the
// new number), and what a reload should bring back is the account as GenAuth has it, which only
// the app knows (`currentPhone`). The countdown of each number still survives, in the cooldown
// store, and follows the number on screen.
import { useMemo, useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { parsePhoneWith } from '../../core/phone/parse.js';
import { requireE164Parts } from '../../core/phone/split-e164.js';
import { useKitMessages } from '../../hooks/context.js';
import {
  useBindPhone,
  usePreCheckCode,
  useUnbindPhone,
  useUpdatePhone,
} from '../../hooks/useAccountFlows.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowPhoneSecurity } from '../../i18n/flows/en-US.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { type FlowField, usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import type {
  PhoneSecurityActionCommon,
  PhoneSecurityCommon,
  PhoneSecurityCurrentCodeStage,
  UsePhoneSecurityFlowOptions,
  UsePhoneSecurityFlowResult,
} from './phone-security-steps.js';

/** The id of the phone-security flow (its new-number half). */
export const PHONE_SECURITY_FLOW = 'phone-security';

export type {
  PhoneSecurityBindStep,
  PhoneSecurityChangeStep,
  PhoneSecurityCurrentCodeStage,
  PhoneSecurityMessages,
  PhoneSecurityNewCodeStage,
  PhoneSecurityNewPhoneStage,
  PhoneSecurityOverviewStep,
  PhoneSecurityUnbindStep,
  UsePhoneSecurityFlowOptions,
  UsePhoneSecurityFlowResult,
} from './phone-security-steps.js';

/** The built-in English of the phone-security flow (its groups only). */
const enUSPhoneSecurityFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, phoneSecurity: enUSFlowPhoneSecurity },
);

type Action = 'bind' | 'change' | 'unbind';

/** 409 without an apiCode: GenAuth's "this number is bound to another account". */
function isPhoneTaken(error: unknown): boolean {
  return (
    error instanceof GenAuthApiError && error.apiCode === undefined && error.statusCode === 409
  );
}

/** The national number and calling code of an E.164 number, or a typed refusal. */
const phoneFields = async (e164: string) => requireE164Parts(await parsePhoneAsync(e164));

/**
 * The signed-in user's phone, headless: overview → bind (new number, its `CHANNEL_BIND_PHONE`
 * code, `POST /api/v3/bind-phone`) | change (the current number's `CHANNEL_UNBIND_PHONE` code
 * when the pool asks, checked before going on; the new number and its code; verify and update
 * in one mutation) | remove (a `CHANNEL_UNBIND_PHONE` code, `POST /api/v3/unbind-phone`) → the
 * overview with the new state and a notice. Needs the provider's `accessToken`.
 *
 * @example
 * const flow = usePhoneSecurityFlow({ currentPhone: user.phone, onPhoneChanged: refetchUser });
 * if (flow.step === 'overview') return <button onClick={flow.startChange}>Change</button>;
 */
export function usePhoneSecurityFlow(
  options: UsePhoneSecurityFlowOptions = {},
): UsePhoneSecurityFlowResult {
  const { codeLength = 6, verifyOldPhone = true } = options;
  const messages = useFlowMessages(enUSPhoneSecurityFlow, options.messages);
  const t = messages.phoneSecurity;
  const failures = useKitMessages(undefined, enUSSendCode);
  const kit = useKitMessages(undefined, enUSSmsControl);
  const metadata = usePhoneMetadata();

  // The bound number: the app's, until GenAuth confirms a change; a new prop wins again.
  const [bound, setBound] = useState(options.currentPhone ?? null);
  const [seenProp, setSeenProp] = useState(options.currentPhone);
  if (seenProp !== options.currentPhone) {
    setSeenProp(options.currentPhone);
    setBound(options.currentPhone ?? null);
  }
  const [action, setAction] = useState<Action | null>(null);
  const [currentConfirmed, setCurrentConfirmed] = useState(false);
  const [currentCode, setCurrentCode] = useState('');
  const [newCode, setNewCode] = useState('');
  const [error, setError] = useState<{ text: string; cause: unknown; onCode: boolean } | null>(
    null,
  );
  const [phoneError, setPhoneError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // Set once GenAuth confirmed: a click landing before the re-render must not send again.
  const settled = useRef(false);

  const client = { client: options.client };
  const bind = useBindPhone(client);
  const unbind = useUnbindPhone(client);
  const update = useUpdatePhone(client);
  const preCheck = usePreCheckCode(client);

  const currentParsed = useMemo(() => parsePhoneWith(bound ?? '', {}, metadata), [bound, metadata]);
  const currentSend = useSendCodeControl({
    channel: 'CHANNEL_UNBIND_PHONE',
    phone: currentParsed,
    messages: kit,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
  });
  const steps = usePhoneCodeStep(
    PHONE_SECURITY_FLOW,
    'CHANNEL_BIND_PHONE',
    {
      defaultCountry: options.defaultCountry,
      countries: options.countries,
      cooldownSeconds: options.cooldownSeconds,
      client: options.client,
      cooldownStore: options.cooldownStore,
      resumeStore: false,
    },
    () => {
      setNewCode('');
      setError(null);
    },
  );

  const clearAction = () => {
    setCurrentCode('');
    setNewCode('');
    setError(null);
    setPhoneError(null);
    setCurrentConfirmed(false);
    steps.chooseAnotherNumber();
    steps.phone.onChange('');
    currentSend.reset();
    for (const mutation of [bind, unbind, update, preCheck]) mutation.reset();
  };
  const start = (next: Action) => {
    if ((next === 'bind') !== (bound === null)) return;
    settled.current = false;
    setNotice(null);
    clearAction();
    setAction(next);
  };
  const finish = (phone: string | null, text: string) => {
    settled.current = true;
    steps.forgetCode();
    clearAction();
    setAction(null);
    setBound(phone);
    setNotice(text);
    options.onPhoneChanged?.(phone);
  };
  const fail = (cause: unknown) => {
    const text = describeFlowError(cause, { errors: messages.errors, failures });
    if (isPhoneTaken(cause)) {
      // The number is the problem, not the code: back to the field, the refusal on it.
      steps.forgetCode();
      steps.chooseAnotherNumber();
      setNewCode('');
      setPhoneError(text);
      return;
    }
    if (cause instanceof GenAuthApiError && Number(cause.apiCode) === 2300) steps.forgetCode();
    setError({ text, cause, onCode: isCodeError(cause) });
  };
  const isComplete = (code: string) => {
    if (code.length === codeLength) return true;
    setError({ text: messages.common.codeIncomplete(codeLength), cause: null, onCode: true });
    return false;
  };

  const submitCurrent = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? currentCode;
    if (settled.current || bound === null || (action !== 'unbind' && action !== 'change')) return;
    if (!isComplete(passCode)) return;
    setError(null);
    try {
      if (action === 'unbind') {
        await unbind.mutateAsync({ passCode });
        finish(null, t.removed);
        return;
      }
      // Checked without spending it: a mistyped code is caught here, not after the new number.
      const phone = await phoneFields(bound);
      const { data } = await preCheck.mutateAsync({
        codeType: 'SMS',
        smsCodePayload: {
          phone: phone.phoneNumber,
          phoneCountryCode: phone.phoneCountryCode,
          passCode,
          channel: 'CHANNEL_UNBIND_PHONE',
        },
      });
      if (data?.isValid === true) setCurrentConfirmed(true);
      else setError({ text: messages.errors.wrongCode, cause: data ?? null, onCode: true });
    } catch (cause) {
      fail(cause);
    }
  });

  const submitNew = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? newCode;
    const sentTo = steps.sentTo;
    if (settled.current || sentTo === null || (action !== 'bind' && action !== 'change')) return;
    if (!isComplete(passCode)) return;
    setError(null);
    try {
      const next = await phoneFields(sentTo);
      if (action === 'bind') {
        await bind.mutateAsync({
          phoneNumber: next.phoneNumber,
          phoneCountryCode: next.phoneCountryCode,
          passCode,
        });
        finish(sentTo, t.bound);
        return;
      }
      if (bound === null) return;
      const old = verifyOldPhone ? await phoneFields(bound) : null;
      // Resolves only when GenAuth confirms the change (`data.success: true`).
      await update.mutateAsync({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: {
          newPhoneNumber: next.phoneNumber,
          newPhoneCountryCode: next.phoneCountryCode,
          newPhonePassCode: passCode,
          ...(old
            ? {
                oldPhoneNumber: old.phoneNumber,
                oldPhoneCountryCode: old.phoneCountryCode,
                oldPhonePassCode: currentCode,
              }
            : {}),
        },
      });
      finish(sentTo, t.changed);
    } catch (cause) {
      fail(cause);
    }
  });

  const isPending = bind.isPending || unbind.isPending || update.isPending || preCheck.isPending;
  const common: PhoneSecurityCommon = {
    messages,
    isPending,
    phone: bound,
    phoneDisplay: bound === null ? '' : formatPhoneForDisplay(bound, metadata),
  };

  if (action === null || (action !== 'bind' && bound === null)) {
    return {
      ...common,
      step: 'overview',
      notice,
      startBind: () => start('bind'),
      startChange: () => start('change'),
      startUnbind: () => start('unbind'),
    };
  }
  const actionCommon: PhoneSecurityActionCommon = {
    ...common,
    cancel: () => {
      clearAction();
      setAction(null);
    },
    error: error?.text ?? null,
    errorCause: error?.cause ?? null,
  };
  const codeField = (value: string, set: (code: string) => void): FlowField => ({
    value,
    onChange: (next) => {
      set(next);
      setError(null);
    },
    error: error?.onCode ? error.text : null,
  });

  if (action === 'unbind' || (action === 'change' && verifyOldPhone && !currentConfirmed)) {
    const stage: PhoneSecurityCurrentCodeStage = {
      ...actionCommon,
      stage: 'currentCode',
      code: codeField(currentCode, setCurrentCode),
      send: currentSend,
      sendCode: currentSend.send,
      submit: submitCurrent,
    };
    return action === 'unbind' ? { ...stage, step: 'unbind' } : { ...stage, step: 'change' };
  }
  if (steps.stage === 'code' && steps.sentTo !== null) {
    return {
      ...actionCommon,
      step: action,
      stage: 'newCode',
      sentTo: steps.sentTo,
      sentToDisplay: steps.sentToDisplay,
      code: codeField(newCode, setNewCode),
      submit: submitNew,
      resendCode: steps.send.send,
      send: steps.send,
      chooseAnotherNumber: () => {
        steps.chooseAnotherNumber();
        setNewCode('');
        setError(null);
      },
    };
  }
  return {
    ...actionCommon,
    step: action,
    stage: 'newPhone',
    newPhone: {
      ...steps.phone,
      onChange: (value) => {
        steps.phone.onChange(value);
        setPhoneError(null);
      },
      error: phoneError,
    },
    send: steps.send,
    sendCode: steps.send.send,
    canEnterCode: steps.canEnterCode,
    enterCode: steps.enterCode,
  };
}
