'use client';
import { useRef, useState } from 'react';
import { useClientLayoutEffect } from './useClientLayoutEffect.js';

// A layout effect puts the text in the live region in the same commit as the state it
// describes (no frame where the button says "cooldown" and the status is still empty).
const useCommitEffect = useClientLayoutEffect;

/**
 * @internal Text for a polite live region that changes only when a cooldown starts or ends,
 * so screen readers hear "code sent, wait 60 s" and "you can resend", not every tick.
 * The start is announced once the request has settled (`isSettled`), when it is known whether
 * the server accepted or rate-limited it; `started` returns `null` for a cooldown this control
 * did not cause (a reload, a hydration, another tab), which is shown but not announced.
 * `key` is the recipient's cooldown key: when the recipient changes (the field was edited), the
 * region empties and nothing is announced, so that it never says "you can resend" about a
 * number the button no longer shows.
 */
export function useCooldownAnnouncement(
  key: string | null,
  isActive: boolean,
  isSettled: boolean,
  started: () => string | null,
  ended: string,
): string {
  const [text, setText] = useState('');
  const announcedStart = useRef(isActive);
  const announcedKey = useRef(key);
  const startedRef = useRef(started);
  startedRef.current = started;
  useCommitEffect(() => {
    if (announcedKey.current !== key) {
      announcedKey.current = key;
      announcedStart.current = isActive;
      setText('');
    } else if (isActive && isSettled && !announcedStart.current) {
      announcedStart.current = true;
      const text = startedRef.current();
      if (text !== null) setText(text);
    } else if (!isActive && announcedStart.current) {
      announcedStart.current = false;
      setText(ended);
    }
  }, [key, isActive, isSettled, ended]);
  return text;
}
