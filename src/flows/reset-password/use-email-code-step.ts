'use client';
import { useCallback, useState } from 'react';
import { normalizeEmail } from '../../core/api/email.js';
import type { EmailChannel } from '../../core/api/email-channels.js';
import { defaultCodeClock, isCodeUsable } from '../../core/flow-resume/clock.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { enUSEmailControl, useSendEmailCodeControl } from '../../hooks/useSendEmailCode.js';
import type { FlowField, PhoneCodeFlowOptions } from '../shared/use-phone-code-step.js';

/** @internal What {@link useEmailCodeStep} gives a flow: the email twin of `PhoneCodeStep`. */
export interface EmailCodeStep {
  /** Where the user is: typing the address, or the code. */
  stage: 'email' | 'code';
  /** The address field (as typed). */
  email: FlowField;
  /** The send control of the address on screen (the field's, or the one the code went to). */
  send: SendCodeControl;
  /** The address the code went to (trimmed), or `null` before any send. */
  sentTo: string | null;
  /** True when the field's address still holds a usable code sent from this page. */
  canEnterCode: boolean;
  /** Goes to the code step for the field's address without a new email. */
  enterCode: () => void;
  /** Leaves the code step: the address is editable again. */
  chooseAnotherEmail: () => void;
  /** Forgets the code sent (spent, or refused for good). */
  forgetCode: () => void;
}

/**
 * @internal The address → code half of an email flow, with the phone half's rules: the code
 * belongs to the address it went to, the countdown to the address on screen. Unlike the phone
 * half it does not survive a reload: nothing about an email address is written to storage, and
 * the flows that offer email (reset password) only promise resume for the phone.
 */
export function useEmailCodeStep(
  channel: EmailChannel,
  options: Pick<
    PhoneCodeFlowOptions,
    'cooldownSeconds' | 'client' | 'cooldownStore' | 'resumeStore'
  > & {
    defaultEmail?: string | undefined;
  },
  onSent: (email: string) => void,
): EmailCodeStep {
  const [fieldValue, setFieldValue] = useState(options.defaultEmail ?? '');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [lastSent, setLastSent] = useState<{ email: string; at: number } | null>(null);
  const [stage, setStage] = useState<'email' | 'code'>('email');
  const messages = useKitMessages(undefined, enUSEmailControl);
  // Nothing is stored for an address, but its code is aged by the flow's store clock, as the
  // phone half's is.
  const clock = (options.resumeStore || undefined)?.clock ?? defaultCodeClock;

  const shown = stage === 'code' && sentTo !== null ? sentTo : fieldValue;
  const send = useSendEmailCodeControl({
    channel,
    email: shown,
    messages,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
    onSent: (_result, sent) => {
      setSentTo(sent.email);
      setLastSent({ email: sent.email, at: clock.now() });
      setFieldValue(sent.email);
      setStage('code');
      onSent(sent.email);
    },
  });

  const typed = normalizeEmail(fieldValue);
  const canEnterCode =
    stage === 'email' &&
    typed !== undefined &&
    lastSent?.email === typed &&
    isCodeUsable(lastSent.at, clock);

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
    email: { value: shown, onChange, error: null },
    send,
    sentTo,
    canEnterCode,
    enterCode: () => {
      if (!canEnterCode || typed === undefined) return;
      setSentTo(typed);
      setStage('code');
      onSent(typed);
    },
    chooseAnotherEmail: () => setStage('email'),
    forgetCode: () => setLastSent(null),
  };
}
