'use client';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { useCooldownSeconds } from '../../hooks/useCooldown.js';

/**
 * Whole seconds before a flow's send control may send again (0 when it may): call it in the
 * small component that shows the countdown, so that only that component re-renders each
 * second, not the whole flow.
 * @example
 * function Countdown({ send }) { const s = useSendCodeSeconds(send); return s > 0 ? <span>{s} s</span> : null; }
 */
export function useSendCodeSeconds(
  send: Pick<SendCodeControl, 'cooldownKey' | 'cooldownStore'>,
): number {
  return useCooldownSeconds(send.cooldownKey, send.cooldownStore);
}
