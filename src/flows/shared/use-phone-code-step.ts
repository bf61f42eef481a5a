'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useCallback, useMemo, useState } from 'react';
import type { SmsChannel } from '../../core/api/channels.js';
import type { GenAuthTransport } from '../../core/api/transport.js';
import type { CooldownStore } from '../../core/cooldown/store.js';
import { defaultCodeClock, isCodeUsable } from '../../core/flow-resume/clock.js';
import { type FlowResumeStore, getDefaultFlowResumeStore } from '../../core/flow-resume/store.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { type ParsedPhone, parsePhoneWith } from '../../core/phone/parse.js';
import { type E164Parts, requireE164Parts } from '../../core/phone/split-e164.js';
import { useKitClient, useKitMessages } from '../../hooks/context.js';
import { useClientLayoutEffect } from '../../hooks/useClientLayoutEffect.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import { phoneReasonMessage } from '../../i18n/phone-reason-message.js';

/** Options every phone-code flow shares. */
export interface PhoneCodeFlowOptions {
  /** The number shown at first (E.164). @default '' */
  defaultPhone?: string | undefined;
  /** Country of numbers typed without `+`. @default 'CN' */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries. */
  countries?: readonly CountryCode[] | undefined;
  /**
   * Where the code step is remembered across reloads and tabs (flow, channel, number, time
   * sent; never a code, a password or a token). `false`: nothing is remembered.
   * @default the page-wide store (localStorage)
   */
  resumeStore?: FlowResumeStore | false | undefined;
  /** Seconds between two codes to one number, as on the server. @default 60 */
  cooldownSeconds?: number | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
}

/** The value, change handler and readable error of one field of a step. */
export interface FlowField<T = string> {
  /** The current value. */
  value: T;
  /** Sets it (and clears the field's error). */
  onChange: (value: T) => void;
  /** What is wrong with it, in the active locale; `null` when nothing is. */
  error: string | null;
}

/** @internal What {@link usePhoneCodeStep} gives a flow. */
export interface PhoneCodeStep {
  /** Where the user is: typing the number, or the code. */
  stage: 'phone' | 'code';
  /** The number field (E.164, partial while typing) and its parse. */
  phone: FlowField & { parsed: ParsedPhone };
  /** The send control of the number on screen (the field's, or the one the code went to). */
  send: SendCodeControl;
  /** The number the code went to (E.164), or `null` before any send. */
  sentTo: string | null;
  /** `sentTo` as people read it, `+86 138 0013 8000`. */
  sentToDisplay: string;
  /** True when the number in the field still holds a usable code sent from this browser. */
  canEnterCode: boolean;
  /** Goes to the code step for the field's number without a new SMS (see `canEnterCode`). */
  enterCode: () => void;
  /** Leaves the code step: the number is editable again and the code forgotten. */
  chooseAnotherNumber: () => void;
  /** Forgets the resumable code step (the code was spent, or refused for good). */
  forgetCode: () => void;
  /**
   * `sentTo` as GenAuth's two fields, once its calling code's rules are loaded (at once, unless
   * the code step was resumed before they arrived). Rejects with a `GenAuthInputError` when
   * there is no valid number to use.
   */
  sentToFields: () => Promise<E164Parts>;
}

/**
 * @internal The number → code half every phone flow shares, owning its rules: the code belongs
 * to the number it was sent to, whatever the field shows later; the countdown belongs to the
 * number on screen; the code step survives a reload or a second tab (until the code can no
 * longer be used); "use another number" forgets it.
 */
export function usePhoneCodeStep(
  flow: string,
  channel: SmsChannel,
  options: PhoneCodeFlowOptions,
  onSent: (phone: string) => void,
): PhoneCodeStep {
  const { defaultCountry, countries } = options;
  const client = useKitClient(options.client);
  const store =
    options.resumeStore === false ? null : (options.resumeStore ?? getDefaultFlowResumeStore());
  // The remembered code is aged like the stored one: same clock, same lifetime.
  const clock = store?.clock ?? defaultCodeClock;
  // One app's code step is not another's (two providers on one origin).
  const scope = client ? `${client.appHost}|${client.appId}` : 'default';
  const [fieldValue, setFieldValue] = useState(options.defaultPhone ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  // The last number a code went to from this page: "use another number" forgets the stored
  // code step (a reload starts afresh), but coming back to that number still offers its code.
  const [lastSent, setLastSent] = useState<{ phone: string; at: number } | null>(null);
  const [stage, setStage] = useState<'phone' | 'code'>('phone');
  const metadata = usePhoneMetadata();
  const messages = useKitMessages(undefined, enUSSmsControl);

  // Read after mount, not in render: the server and the hydrating client both render the
  // number step, then a remembered code step takes over before the first paint.
  useClientLayoutEffect(() => {
    const record = store?.read(flow, scope);
    if (!record || record.channel !== channel) return;
    setFieldValue(record.phone);
    setSentTo(record.phone);
    setLastSent({ phone: record.phone, at: record.sentAt });
    setStage('code');
  }, [store, flow, scope, channel]);

  const shown = stage === 'code' && sentTo !== null ? sentTo : fieldValue;
  const parsed = useMemo(
    () => parsePhoneWith(shown, { defaultCountry, countries }, metadata),
    [shown, defaultCountry, countries, metadata],
  );

  const send = useSendCodeControl({
    channel,
    phone: parsed,
    messages,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
    onSent: (_result, sent) => {
      store?.save(flow, scope, channel, sent.phone);
      setSentTo(sent.phone);
      setLastSent({ phone: sent.phone, at: clock.now() });
      setFieldValue(sent.phone);
      setStage('code');
      onSent(sent.phone);
    },
  });

  // Storage is read only once the number is valid, which the server never sees (no metadata).
  const e164 = parsed.valid ? parsed.e164 : null;
  // A send from another tab shows here as a cooldown (a re-render), and this reads it then.
  const canEnterCode =
    stage === 'phone' &&
    e164 !== null &&
    ((lastSent?.phone === e164 && isCodeUsable(lastSent.at, clock)) ||
      store?.read(flow, scope)?.phone === e164);

  const { reset: resetSend } = send;
  const onChange = useCallback(
    (value: string) => {
      setFieldValue(value);
      resetSend();
    },
    [resetSend],
  );

  return {
    stage,
    phone: {
      value: shown,
      onChange,
      // After a send refused for the number itself: why, in words (a headless page shows it).
      error:
        send.state === 'invalid' && !parsed.valid
          ? phoneReasonMessage(parsed.reason, messages)
          : null,
      parsed,
    },
    send,
    sentTo,
    sentToDisplay: sentTo === null ? '' : formatPhoneForDisplay(sentTo, metadata),
    canEnterCode,
    enterCode: () => {
      if (!canEnterCode || e164 === null) return;
      setSentTo(e164);
      setStage('code');
      onSent(e164);
    },
    chooseAnotherNumber: () => {
      store?.clear(flow, scope);
      setStage('phone');
    },
    sentToFields: async () => requireE164Parts(await parsePhoneAsync(sentTo ?? '')),
    forgetCode: () => {
      store?.clear(flow, scope);
      setLastSent(null);
    },
  };
}
