'use client';
// No resume across reloads here, unlike the sign-in flow: the user is signed in and starts each
// action from the overview in a second, the change needs two codes (one of them typed before the
// new number), and what a reload should bring back is the account as GenAuth has it, which only
// the app knows (`currentPhone`). The countdown of each number still survives, in the cooldown
// store, and follows the number on screen.
import { useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import { useKitMessages } from '../../hooks/context.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowPhoneSecurity } from '../../i18n/flows/en-US.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { usePhoneCodeStep } from '../shared/use-phone-code-step.js';
import {
  changeVerification,
  currentCodeCheck,
  isPhoneTaken,
  phoneFields,
} from './phone-security-requests.js';
import type {
  PhoneSecurityCommon,
  UsePhoneSecurityFlowOptions,
  UsePhoneSecurityFlowResult,
} from './phone-security-steps.js';
import { type PhoneSecurityAction, phoneSecurityView } from './phone-security-view.js';
import { useCurrentPhone } from './use-current-phone.js';
import { usePhoneActionState } from './use-phone-action-state.js';
import { usePhoneSecurityCalls } from './use-phone-security-calls.js';

/** The id of the phone-security flow (its new-number half). */
export const PHONE_SECURITY_FLOW = 'phone-security';

/** The built-in English of the phone-security flow (its groups only). */
const enUSPhoneSecurityFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, phoneSecurity: enUSFlowPhoneSecurity },
);

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
  const current = useCurrentPhone(options);
  const { phone: bound, send: currentSend } = current;
  const [action, setAction] = useState<PhoneSecurityAction | null>(null);
  const held = usePhoneActionState();
  const { currentCode, newCode, setNewCode, setError } = held;
  const [notice, setNotice] = useState<string | null>(null);
  // Set once GenAuth confirmed: a click landing before the re-render must not send again.
  const settled = useRef(false);

  const calls = usePhoneSecurityCalls(options.client);
  const { bind, unbind, update, preCheck } = calls;

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
    held.clear();
    steps.chooseAnotherNumber();
    steps.phone.onChange('');
    currentSend.reset();
    calls.reset();
  };
  const start = (next: PhoneSecurityAction) => {
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
    current.set(phone);
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
      held.setPhoneError(text);
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
      const { data } = await preCheck.mutateAsync(await currentCodeCheck(bound, passCode));
      if (data?.isValid === true) held.setCurrentConfirmed(true);
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
        await bind.mutateAsync({ ...next, passCode });
        finish(sentTo, t.bound);
        return;
      }
      if (bound === null) return;
      const old = verifyOldPhone
        ? { fields: await phoneFields(bound), passCode: currentCode }
        : null;
      // Resolves only when GenAuth confirms the change (`data.success: true`).
      await update.mutateAsync(changeVerification(next, passCode, old));
      finish(sentTo, t.changed);
    } catch (cause) {
      fail(cause);
    }
  });

  const common: PhoneSecurityCommon = {
    messages,
    isPending: calls.isPending,
    phone: bound,
    phoneDisplay: current.display,
  };

  return phoneSecurityView({
    common,
    action,
    notice,
    verifyOldPhone,
    held,
    currentSend,
    steps,
    start,
    cancel: () => {
      clearAction();
      setAction(null);
    },
    submitCurrent,
    submitNew,
  });
}
