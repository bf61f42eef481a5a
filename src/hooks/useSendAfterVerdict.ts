'use client';
import { useEffect, useRef, useState } from 'react';
import { requirePhoneMetadata } from '../core/phone/metadata-store.js';
import type { ParsedPhone } from '../core/phone/parse.js';
import type { SendCodeControl } from './useCodeSendControl.js';
import { usePhoneMetadata } from './usePhoneMetadata.js';

/**
 * @internal What every SMS send control adds to {@link SendCodeControl} for its phone field,
 * whatever sends the code (`send-sms`, `send-enroll-factor-request`): while the metadata of the
 * number's calling code loads (`phone.reason === 'pending'`) it loads it, re-renders when it
 * arrives, and a click waits for it (state `sending`) before sending, or refusing.
 */
export function useSendAfterVerdict(phone: ParsedPhone, control: SendCodeControl): SendCodeControl {
  // Re-render when a piece arrives: `phone` is usually parsed in the same render.
  usePhoneMetadata();
  const pendingCode =
    !phone.valid && phone.reason === 'pending' ? phone.phoneCountryCode?.slice(1) : undefined;
  useEffect(() => {
    // A failure shows as `reason: 'unavailable'` once the snapshot changes.
    if (pendingCode) requirePhoneMetadata(pendingCode).catch(() => undefined);
  }, [pendingCode]);

  // A click before the number can be judged waits for its metadata, then sends (or refuses).
  const [isWaiting, setWaiting] = useState(false);
  const sendWhenJudged = useRef(control.send);
  sendWhenJudged.current = control.send;
  const isPending = pendingCode !== undefined;
  useEffect(() => {
    if (!isWaiting || isPending) return;
    setWaiting(false);
    sendWhenJudged.current();
  }, [isWaiting, isPending]);

  return {
    ...control,
    state: isWaiting ? 'sending' : control.state,
    send: () => {
      if (isPending) setWaiting(true);
      else control.send();
    },
  };
}
