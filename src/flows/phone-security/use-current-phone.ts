'use client';
import { useMemo, useState } from 'react';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneWith } from '../../core/phone/parse.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import type { UsePhoneSecurityFlowOptions } from './phone-security-steps.js';

/** @internal The account's number as the phone-security flow holds it. */
export interface CurrentPhone {
  /** The bound number (E.164), `null` when there is none. */
  phone: string | null;
  /** `phone` as people read it; `''` without one. */
  display: string;
  /** Sets it once GenAuth confirmed a change. */
  set: (phone: string | null) => void;
  /** The send control of its `CHANNEL_UNBIND_PHONE` code (remove, or change when asked). */
  send: SendCodeControl;
}

/**
 * @internal The account's current number: the app's (`currentPhone`) until GenAuth confirms a
 * change, a new prop winning again; and the control that texts it a code.
 */
export function useCurrentPhone(options: UsePhoneSecurityFlowOptions): CurrentPhone {
  const kit = useKitMessages(undefined, enUSSmsControl);
  const metadata = usePhoneMetadata();
  const [bound, setBound] = useState(options.currentPhone ?? null);
  const [seenProp, setSeenProp] = useState(options.currentPhone);
  if (seenProp !== options.currentPhone) {
    setSeenProp(options.currentPhone);
    setBound(options.currentPhone ?? null);
  }
  const parsed = useMemo(() => parsePhoneWith(bound ?? '', {}, metadata), [bound, metadata]);
  const send = useSendCodeControl({
    channel: 'CHANNEL_UNBIND_PHONE',
    phone: parsed,
    messages: kit,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
  });
  return {
    phone: bound,
    display: bound === null ? '' : formatPhoneForDisplay(bound, metadata),
    set: setBound,
    send,
  };
}
