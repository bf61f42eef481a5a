'use client';
import { useEffect, useRef } from 'react';
import {
  browserOtpCredentials,
  type OtpCredentialsSource,
  requestOtpCode,
} from '../core/code/web-otp.js';

/** Options of {@link useWebOtp}. */
export interface UseWebOtpOptions {
  /** Listen for a code while true; turning false aborts the pending request. */
  enabled: boolean;
  /** Called with the code's text when an SMS delivers one. */
  onCode: (code: string) => void;
  /** Where codes come from. @default the browser's Web OTP API, when it has one */
  source?: OtpCredentialsSource | undefined;
}

/**
 * Listens for a one-time code through the Web OTP API while `enabled`, and aborts the request
 * when `enabled` turns false or the component unmounts. Does nothing on the server or where
 * the API is missing.
 * @example useWebOtp({ enabled: code.length < 6, onCode: setCode });
 */
export function useWebOtp({ enabled, onCode, source }: UseWebOtpOptions): void {
  // Latest callback and source without restarting the request on every render (an inline
  // object or arrow function changes identity each time).
  const latest = useRef({ onCode, source });
  useEffect(() => {
    latest.current = { onCode, source };
  });

  useEffect(() => {
    if (!enabled) return;
    const otpSource = latest.current.source ?? browserOtpCredentials();
    if (!otpSource) return;
    const controller = new AbortController();
    void requestOtpCode(otpSource, controller.signal).then((code) => {
      if (code !== null && !controller.signal.aborted) latest.current.onCode(code);
    });
    return () => controller.abort();
  }, [enabled]);
}
