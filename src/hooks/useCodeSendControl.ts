'use client';
import { useRef, useState } from 'react';
import { isRateLimitError } from '../core/api/errors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { readCountdown } from '../core/cooldown/countdown.js';
import type { CooldownStore } from '../core/cooldown/store.js';
import { describeSendError } from '../i18n/describe-send-error.js';
import type { RecipientRefusalMessages, SendCodeMessages } from '../i18n/messages.js';
import { useCooldownAnnouncement } from './useAnnouncement.js';
import type { CodeMutationCore } from './useCodeMutation.js';
import { useCooldownSeconds } from './useCooldown.js';

/** What a send-code control shows: the `data-state` of `<SendCodeButton>` and friends. */
export type SendCodeState = 'idle' | 'invalid' | 'sending' | 'cooldown' | 'error';

/** What a send-code control renders, whatever the code travels by (SMS, email). */
export interface UseSendCodeResult {
  /** The control's state. */
  state: SendCodeState;
  /** Whole seconds before this recipient may get another code on this channel. */
  remainingSeconds: number;
  /** True once a code went to this recipient (the button then says "Resend"). */
  hasSent: boolean;
  /** True when the recipient (number or address) is valid, so a click would send. */
  isRecipientValid: boolean;
  /** Sends, unless the recipient is invalid (then `state` becomes `invalid`) or busy. */
  send: () => void;
  /** The user-facing error, if the last attempt failed; `null` otherwise. */
  errorMessage: string | null;
  /** Polite live-region text: changes only when a cooldown starts or ends. */
  announcement: string;
  /** Forget a failed attempt (e.g. when the recipient changes). */
  reset: () => void;
}

/**
 * @internal What a send-code control knows without following the seconds: everything in
 * {@link UseSendCodeResult} but `remainingSeconds`, plus the cooldown a countdown leaf follows.
 * Its owner re-renders when the state changes, never per tick.
 */
export interface SendCodeControl extends Omit<UseSendCodeResult, 'remainingSeconds'> {
  /** The cooldown key of the current recipient; `null` while it is invalid. */
  cooldownKey: string | null;
  /** The store that key lives in. */
  cooldownStore: CooldownStore;
}

/** @internal A {@link SendCodeControl} with the live seconds: re-renders once per second. */
export function useWithRemainingSeconds(control: SendCodeControl): UseSendCodeResult {
  const { cooldownKey, cooldownStore, ...result } = control;
  const remainingSeconds = useCooldownSeconds(cooldownKey, cooldownStore);
  return { ...result, remainingSeconds };
}

/** Options every headless send-code hook (`useSendCode`, `useSendEmailCode`) shares. */
export interface SendCodeControlOptions {
  /**
   * Texts for errors and announcements: a catalogue (`zhCN`) or the send-code part of one.
   * @default the en-US messages
   */
  messages?: (SendCodeMessages & RecipientRefusalMessages) | undefined;
  /**
   * Cooldown after a success, in seconds. 0, negative or `NaN` is refused (`console.error` in development) and 60 s
   * applies; above 600 it is capped at 600.
   * @default 60
   */
  cooldownSeconds?: number | undefined;
  /** Called for every failed send (rate limits included). */
  onError?: ((error: unknown) => void) | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
}

/** @internal Inputs of {@link useCodeSendControl}. */
export interface CodeSendControlOptions<TInput, TResult> {
  /** The body to send, or `undefined` while the recipient is invalid. */
  input: TInput | undefined;
  /** The cooldown key of a body. */
  keyOf: (input: TInput) => string;
  /** The code mutation (`useSendSmsCore`/`useSendEmailCore`), created with `target: input`. */
  mutation: CodeMutationCore<TResult, TInput>;
  /** Texts for errors and announcements. */
  messages: SendCodeMessages & RecipientRefusalMessages;
  /** Called once per code actually sent. */
  onSent?: ((result: TResult, input: TInput) => void) | undefined;
  /** Called for each failed send. */
  onError?: ((error: unknown) => void) | undefined;
}

/**
 * @internal The state machine shared by every send-code control: idle → sending → cooldown,
 * `invalid` only after an attempt with a bad recipient, `error` for failures the user can
 * retry at once. Rate limits are not errors: they show as the server-synced cooldown.
 */
export function useCodeSendControl<TInput, TResult>({
  input,
  keyOf,
  mutation,
  messages,
  onSent,
  onError,
}: CodeSendControlOptions<TInput, TResult>): SendCodeControl {
  const key = input === undefined ? null : keyOf(input);
  const [attemptedInvalid, setAttemptedInvalid] = useState(false);
  const sentKeys = useRef(new Set<string>());
  const callbacks = useRef({ onSent, onError });
  callbacks.current = { onSent, onError };

  const { mutate, reset: resetMutation } = mutation;
  const isCurrent =
    key !== null && mutation.variables !== undefined && keyOf(mutation.variables) === key;

  // "Resend" once the send is over, not in the instant between the store and the mutation.
  const isSending = isCurrent && mutation.isPending;
  // The recipient's key, or the one its countdown follows before a verdict (a pending number),
  // so that the label of a running cooldown does not change when the verdict arrives.
  const shownKey = key ?? mutation.cooldownKey;
  if (shownKey && mutation.isCoolingDown && !isSending) sentKeys.current.add(shownKey);
  const hasSent = shownKey !== null && sentKeys.current.has(shownKey);
  const rateLimited = isCurrent && isRateLimitError(mutation.error);

  const announcement = useCooldownAnnouncement(
    mutation.cooldownKey,
    mutation.isCoolingDown,
    !isSending,
    () => {
      if (!isCurrent) return null; // not ours: a reload, a hydration or another tab
      // Read once, at the start: the seconds themselves are never announced again.
      const seconds = key === null ? 0 : readCountdown(mutation.cooldownStore, key).seconds;
      if (rateLimited) return messages.rateLimited(seconds);
      return mutation.isSuccess ? messages.cooldownStarted(seconds) : null;
    },
    messages.cooldownEnded,
  );

  const send = () => {
    if (input === undefined) {
      setAttemptedInvalid(true);
      return;
    }
    setAttemptedInvalid(false);
    mutate(input, {
      onSuccess: (result) => callbacks.current.onSent?.(result, input),
      onError: (error) => callbacks.current.onError?.(error),
    });
  };

  const errorMessage =
    isCurrent && mutation.isError ? describeSendError(mutation.error, messages) : null;
  let state: SendCodeState = 'idle';
  if (isSending) state = 'sending';
  else if (mutation.isCoolingDown) state = 'cooldown';
  else if (attemptedInvalid && input === undefined) state = 'invalid';
  else if (errorMessage !== null) state = 'error';

  const reset = () => {
    setAttemptedInvalid(false);
    resetMutation();
  };

  return {
    state,
    hasSent,
    isRecipientValid: input !== undefined,
    send,
    errorMessage,
    announcement,
    reset,
    cooldownKey: mutation.cooldownKey,
    cooldownStore: mutation.cooldownStore,
  };
}
