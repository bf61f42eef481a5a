'use client';
import type { ReactNode } from 'react';
import type { CooldownStore } from '../core/cooldown/store.js';
import { useCooldownSeconds } from '../hooks/useCooldown.js';

/** @internal Props of {@link CooldownCountdown}. */
export interface CooldownCountdownProps {
  /** The cooldown to follow; `null` shows `0`. */
  cooldownKey: string | null;
  /** The store it lives in. */
  store: CooldownStore;
  /** What to show for a number of seconds. */
  children: (remainingSeconds: number) => ReactNode;
}

/**
 * @internal The only part of a send-code control that re-renders every second: it follows the
 * seconds itself, so the button, the phone input and the country list stay still while a
 * cooldown runs, and every countdown on the page steps in one commit.
 */
export function CooldownCountdown({ cooldownKey, store, children }: CooldownCountdownProps) {
  return children(useCooldownSeconds(cooldownKey, store));
}
