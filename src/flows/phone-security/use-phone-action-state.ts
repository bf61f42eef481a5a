'use client';
import { useState } from 'react';
import type { PhoneSecurityError } from './phone-security-view.js';

/**
 * @internal What one action (bind, change, remove) has typed and been told: the two codes,
 * whether the current number's code passed its check, the action's error and the refusal shown
 * on the new number. `clear` forgets all of it (a new action, cancel, success).
 */
export function usePhoneActionState() {
  const [currentConfirmed, setCurrentConfirmed] = useState(false);
  const [currentCode, setCurrentCode] = useState('');
  const [newCode, setNewCode] = useState('');
  const [error, setError] = useState<PhoneSecurityError | null>(null);
  const [phoneError, setPhoneError] = useState<string | null>(null);
  return {
    currentConfirmed,
    setCurrentConfirmed,
    currentCode,
    setCurrentCode,
    newCode,
    setNewCode,
    error,
    setError,
    phoneError,
    setPhoneError,
    clear: () => {
      setCurrentCode('');
      setNewCode('');
      setError(null);
      setPhoneError(null);
      setCurrentConfirmed(false);
    },
  };
}

/** @internal The state of {@link usePhoneActionState}. */
export type PhoneActionState = ReturnType<typeof usePhoneActionState>;
