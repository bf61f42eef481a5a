'use client';
import { useEffect, useRef } from 'react';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV;
// written inline (not behind a helper function) the check lets its minifier drop this
// development-only code and its messages from production builds.
declare const process: { env: { NODE_ENV?: string } } | undefined;

/**
 * @internal Warns once, in development, when a component switches between controlled and
 * uncontrolled, like React does for native inputs: the switch loses the user's input.
 */
export function useControlModeWarning(component: string, isControlled: boolean): void {
  // Fixed for the life of the app (the bundler writes NODE_ENV in), so the hooks below are
  // always called or never: production pages keep no trace of this check.
  if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
  // biome-ignore lint/correctness/useHookAtTopLevel: the early return above never changes at run time
  const initial = useRef(isControlled);
  // biome-ignore lint/correctness/useHookAtTopLevel: as above
  const warned = useRef(false);
  // biome-ignore lint/correctness/useHookAtTopLevel: as above
  useEffect(() => {
    if (warned.current || initial.current === isControlled) return;
    warned.current = true;
    const from = initial.current ? 'controlled' : 'uncontrolled';
    const to = isControlled ? 'controlled' : 'uncontrolled';
    console.warn(
      `${component} is changing from ${from} to ${to}. Keep \`value\` defined (use '' for empty) ` +
        'or leave it undefined for the whole life of the component.',
    );
  }, [component, isControlled]);
}
