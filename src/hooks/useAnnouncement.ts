'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * @internal Text for a polite live region that changes only when a cooldown starts or ends,
 * so screen readers hear "code sent, wait 60 s" and "you can resend", not every tick.
 * Nothing is announced for a cooldown already running at mount (a reload).
 */
export function useCooldownAnnouncement(
  isActive: boolean,
  started: () => string,
  ended: string,
): string {
  const [text, setText] = useState('');
  const wasActive = useRef(isActive);
  const startedRef = useRef(started);
  startedRef.current = started;
  useEffect(() => {
    if (isActive === wasActive.current) return;
    wasActive.current = isActive;
    setText(isActive ? startedRef.current() : ended);
  }, [isActive, ended]);
  return text;
}
