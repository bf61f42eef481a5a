'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * @internal Text for a polite live region that changes only when a cooldown starts or ends,
 * so screen readers hear "code sent, wait 60 s" and "you can resend", not every tick.
 * The start is announced once the request has settled (`isSettled`), when it is known whether
 * the server accepted or rate-limited it. A cooldown already running at mount (a reload) is
 * not announced.
 */
export function useCooldownAnnouncement(
  isActive: boolean,
  isSettled: boolean,
  started: () => string,
  ended: string,
): string {
  const [text, setText] = useState('');
  const announcedStart = useRef(isActive);
  const startedRef = useRef(started);
  startedRef.current = started;
  useEffect(() => {
    if (isActive && isSettled && !announcedStart.current) {
      announcedStart.current = true;
      setText(startedRef.current());
    } else if (!isActive && announcedStart.current) {
      announcedStart.current = false;
      setText(ended);
    }
  }, [isActive, isSettled, ended]);
  return text;
}
