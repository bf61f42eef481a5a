'use client';
import { useEffect, useRef } from 'react';
import { resolveCooldownMs } from '../core/cooldown/window.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV;
// written inline (not behind a helper function) the check lets its minifier drop this
// development-only code and its messages from production builds.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * @internal The cooldown a send starts, in ms, from a `cooldownSeconds` option.
 *
 * A value that would turn the cooldown off (0, negative, `NaN`, not a number) would let every
 * click send a paid SMS, so it is refused: the server's 60 s applies instead and, in
 * development, `console.error` says so once per component and bad value (not a throw: a typo
 * in a prop must not take a login page down). Values above 10 minutes are capped, with the
 * same report.
 */
export function useCooldownWindow(cooldownSeconds: number | undefined): number {
  const { ms, issue } = resolveCooldownMs(cooldownSeconds);
  // Fixed for the life of the app (the bundler writes NODE_ENV in), so the hooks inside are
  // always called or never: production pages keep no trace of the report.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    // biome-ignore lint/correctness/useHookAtTopLevel: the condition never changes at run time
    const reported = useRef<unknown>(undefined);
    // biome-ignore lint/correctness/useHookAtTopLevel: as above
    useEffect(() => {
      if (issue === null) return;
      // Object.is, so NaN counts as the same bad value and is reported once.
      if (reported.current !== undefined && Object.is(reported.current, cooldownSeconds)) return;
      reported.current = cooldownSeconds;
      console.error(
        issue === 'invalid'
          ? `genauth-sms-react: cooldownSeconds must be a positive number of seconds, got ${String(cooldownSeconds)}; ` +
              `using the server's 60 s instead (GenAuth sends one code per number and channel per minute).`
          : `genauth-sms-react: cooldownSeconds=${String(cooldownSeconds)} is above the 600 s maximum; using 600 s.`,
      );
    }, [issue, cooldownSeconds]);
  }
  return ms;
}
