'use client';
// No resume across reloads: the code is worth nothing without its enrollmentToken, a one-minute
// secret that lives in a ref of this page only. The number's countdown still survives a reload
// and shows in other tabs, in the cooldown store (keyed like a send-sms on CHANNEL_BIND_MFA).
import { useMemo, useRef, useState } from 'react';
import { GenAuthApiError, GenAuthAuthRequiredError } from '../../core/api/errors.js';
import type { EnrolledFactor } from '../../core/api/mfa-factors.js';
import { type CodeClock, defaultCodeClock, isCodeUsable } from '../../core/flow-resume/clock.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneWith } from '../../core/phone/parse.js';
import { useKitMessages } from '../../hooks/context.js';
import { useEnrollFactorSendControl } from '../../hooks/useEnrollFactorSendControl.js';
import {
  useEnrollFactor,
  useListEnrolledFactors,
  useResetFactor,
} from '../../hooks/useMfaFactors.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl } from '../../hooks/useSendCode.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowSmsMfa } from '../../i18n/flows/en-US.js';
import { phoneReasonMessage } from '../../i18n/phone-reason-message.js';
import { maskMfaPhone } from '../mfa/mask-phone.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import type { FlowField } from '../shared/use-phone-code-step.js';
import type {
  SmsMfaActionCommon,
  SmsMfaCommon,
  UseSmsMfaFlowOptions,
  UseSmsMfaFlowResult,
} from './sms-mfa-steps.js';

export type {
  SmsMfaCodeStep,
  SmsMfaConfirmOffStep,
  SmsMfaLoadingStep,
  SmsMfaMessages,
  SmsMfaOverviewStep,
  SmsMfaPhoneStep,
  SmsMfaUnavailableStep,
  UseSmsMfaFlowOptions,
  UseSmsMfaFlowResult,
} from './sms-mfa-steps.js';

/** The built-in English of the flow (its groups only). */
const enUSSmsMfaFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, smsMfa: enUSFlowSmsMfa },
);

/** How long an `enrollmentToken` is good for (authing-node-sdk 4.0.2 `EnrollFactorDto`). */
const ENROLLMENT_TOKEN_MS = 60_000;

/** The enrolment code texted last from this page: the token lives here only, never in state. */
interface Enrolment {
  phone: string;
  token: string;
  sentAt: number;
}

/** The user's SMS factor among those GenAuth listed, if any. */
function smsFactorOf(factors: readonly EnrolledFactor[] | undefined): EnrolledFactor | null {
  return factors?.find((factor) => factor.factorType === 'SMS') ?? null;
}

/** A factor's number with the middle hidden, from its `profile`. */
function maskedNumberOf(factor: EnrolledFactor | null): string {
  const { phoneNumber, phoneCountryCode } = factor?.profile ?? {};
  if (typeof phoneNumber !== 'string') return '';
  return maskMfaPhone(
    phoneNumber,
    typeof phoneCountryCode === 'string' ? phoneCountryCode : undefined,
  );
}

/**
 * GenAuth's refusal of a spent or expired `enrollmentToken` (403 without an `apiCode`, as for the
 * other one-time tokens), or an expired code; any refusal once the token's minute is over by
 * `clock`.
 */
function isExpiry(error: unknown, enrolment: Enrolment | null, clock: CodeClock): boolean {
  if (!(error instanceof GenAuthApiError)) return false;
  if (Number(error.apiCode) === 2300) return true;
  if (error.apiCode === undefined && error.statusCode === 403) return true;
  const late = enrolment === null || !isCodeUsable(enrolment.sentAt, clock);
  // Not a wrong code, an ended session, a rate limit or a server failure: those say so.
  const other = isCodeError(error) || [401, 429].includes(error.statusCode);
  return late && !other && error.statusCode < 500;
}

/**
 * Two-step verification by SMS for the signed-in user, headless: the current setting
 * (`list-enrolled-factors`) → turn on (a number; its `CHANNEL_BIND_MFA` code, texted by
 * `send-enroll-factor-request` under the number's cooldown; `enroll-factor` with the one-minute
 * `enrollmentToken`, kept in a ref) | turn off (a confirmation; `reset-factor`) → the overview
 * with the new setting and a notice. A code whose minute is over says so and offers a new one;
 * signed out, every step says to sign in again. Needs the provider's `accessToken`.
 *
 * @example
 * const flow = useSmsMfaFlow({ defaultPhone: user.phone });
 * if (flow.step === 'overview') return flow.enabled ? <button onClick={flow.turnOff}>Turn off</button> : null;
 */
export function useSmsMfaFlow(options: UseSmsMfaFlowOptions = {}): UseSmsMfaFlowResult {
  const { codeLength = 6, defaultCountry, countries } = options;
  const messages = useFlowMessages(enUSSmsMfaFlow, options.messages);
  const t = messages.smsMfa;
  const failures = useKitMessages(undefined, enUSSendCode);
  const kit = useKitMessages(undefined, enUSSmsControl);
  const metadata = usePhoneMetadata();
  const describe = (cause: unknown) =>
    describeFlowError(cause, { errors: messages.errors, failures });
  // The token's minute, aged like the other flows' codes (a clock set back is not trusted).
  const clock: CodeClock = {
    now: options.now ?? defaultCodeClock.now,
    codeLifetimeMs: ENROLLMENT_TOKEN_MS,
  };

  const client = { client: options.client };
  const list = useListEnrolledFactors(client);
  const enrol = useEnrollFactor(client);
  const reset = useResetFactor(client);

  const [action, setAction] = useState<'on' | 'off' | null>(null);
  const [stage, setStage] = useState<'phone' | 'code'>('phone');
  const [fieldValue, setFieldValue] = useState(options.defaultPhone ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ text: string; cause: unknown; onCode: boolean } | null>(
    null,
  );
  const [expired, setExpired] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const enrolment = useRef<Enrolment | null>(null);
  // Set once GenAuth confirmed: a click landing before the re-render must not ask again.
  const settled = useRef(false);

  const shown = stage === 'code' && sentTo !== null ? sentTo : fieldValue;
  const parsed = useMemo(
    () => parsePhoneWith(shown, { defaultCountry, countries }, metadata),
    [shown, defaultCountry, countries, metadata],
  );
  const send = useEnrollFactorSendControl({
    phone: parsed,
    messages: kit,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
    describeError: describe,
    onSent: (token, sent) => {
      enrolment.current = { phone: sent.phone, token, sentAt: clock.now() };
      setSentTo(sent.phone);
      setFieldValue(sent.phone);
      setStage('code');
      setCode('');
      setError(null);
      setExpired(false);
    },
  });

  const factor = smsFactorOf(list.data?.data);
  const maskedPhone = maskedNumberOf(factor);
  const e164 = parsed.valid ? parsed.e164 : null;
  const held = enrolment.current;
  const canEnterCode =
    stage === 'phone' && e164 !== null && held?.phone === e164 && isCodeUsable(held.sentAt, clock);

  const clearAction = () => {
    enrolment.current = null;
    setStage('phone');
    setSentTo(null);
    setCode('');
    setError(null);
    setExpired(false);
    setFieldValue(options.defaultPhone ?? '');
    send.reset();
    enrol.reset();
    reset.reset();
  };
  const start = (next: 'on' | 'off') => {
    if ((next === 'on') !== (factor === null)) return;
    settled.current = false;
    setNotice(null);
    clearAction();
    setAction(next);
  };
  const finish = (phone: string | null, text: string) => {
    settled.current = true;
    clearAction();
    setAction(null);
    setNotice(text);
    options.onChange?.(phone);
  };

  const submit = useSingleFlight(async (typed?: string) => {
    const passCode = typed ?? code;
    const current = enrolment.current;
    if (settled.current || action !== 'on' || sentTo === null) return;
    if (passCode.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null, onCode: true });
      return;
    }
    if (current === null || current.phone !== sentTo) {
      // The token is gone (a reload of the hook's state, or expired): only a new code helps.
      setExpired(true);
      setError({ text: t.codeExpired, cause: null, onCode: false });
      return;
    }
    setError(null);
    try {
      await enrol.mutateAsync({
        factorType: 'SMS',
        enrollmentToken: current.token,
        enrollmentData: { passCode },
      });
      finish(sentTo, t.turnedOn);
    } catch (cause) {
      if (isExpiry(cause, current, clock)) {
        // Spent or past its minute: the token is worth nothing now, a new code brings a new one.
        enrolment.current = null;
        setExpired(true);
        setError({ text: t.codeExpired, cause, onCode: false });
        return;
      }
      setError({ text: describe(cause), cause, onCode: isCodeError(cause) });
    }
  });

  const confirm = useSingleFlight(async () => {
    if (settled.current || action !== 'off' || factor === null) return;
    setError(null);
    try {
      await reset.mutateAsync({ factorId: factor.factorId });
      finish(null, t.turnedOff);
    } catch (cause) {
      setError({ text: describe(cause), cause, onCode: false });
    }
  });

  const common: SmsMfaCommon = { messages, isPending: enrol.isPending || reset.isPending };

  if (action === null) {
    if (list.isPending) return { ...common, step: 'loading' };
    if (list.isError && !list.data) {
      const cause = list.error;
      const text =
        cause instanceof GenAuthAuthRequiredError ? messages.errors.signInAgain : describe(cause);
      return {
        ...common,
        step: 'unavailable',
        error: text === messages.errors.generic ? t.loadFailed : text,
        errorCause: cause,
        retry: () => void list.refetch(),
      };
    }
    return {
      ...common,
      step: 'overview',
      enabled: factor !== null,
      factor,
      maskedPhone,
      notice,
      turnOn: () => start('on'),
      turnOff: () => start('off'),
    };
  }

  const actionCommon: SmsMfaActionCommon = {
    ...common,
    cancel: () => {
      clearAction();
      setAction(null);
    },
    error: error?.text ?? null,
    errorCause: error?.cause ?? null,
  };

  if (action === 'off') {
    return { ...actionCommon, step: 'confirmOff', maskedPhone, confirm };
  }
  if (stage === 'code' && sentTo !== null) {
    return {
      ...actionCommon,
      step: 'code',
      sentTo,
      sentToDisplay: formatPhoneForDisplay(sentTo, metadata),
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          if (!expired) setError(null);
        },
        error: error?.onCode ? error.text : null,
      },
      expired,
      submit,
      resendCode: send.send,
      send,
      chooseAnotherNumber: () => {
        setStage('phone');
        setCode('');
        setError(null);
        setExpired(false);
      },
    };
  }
  const phoneField: FlowField & { parsed: typeof parsed } = {
    value: shown,
    onChange: (value) => {
      setFieldValue(value);
      send.reset();
    },
    error:
      send.state === 'invalid' && !parsed.valid ? phoneReasonMessage(parsed.reason, kit) : null,
    parsed,
  };
  return {
    ...actionCommon,
    step: 'phone',
    phone: phoneField,
    send,
    sendCode: send.send,
    canEnterCode,
    enterCode: () => {
      if (!canEnterCode || e164 === null) return;
      setSentTo(e164);
      setStage('code');
    },
  };
}
