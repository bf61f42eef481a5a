'use client';
import { useEffect, useRef } from 'react';

// Declared locally so the check compiles without Node's types. Bundlers replace
// `process.env.NODE_ENV` in the consumer's build, which drops the warning from production.
declare const process: { env: { NODE_ENV?: string } } | undefined;

function isDevelopment(): boolean {
  return typeof process !== 'undefined' && process.env.NODE_ENV !== 'production';
}

/**
 * @internal Warns once, in development, when a component switches between controlled and
 * uncontrolled, like React does for native inputs: the switch loses the user's input.
 */
export function useControlModeWarning(component: string, isControlled: boolean): void {
  const initial = useRef(isControlled);
  const warned = useRef(false);
  useEffect(() => {
    if (warned.current || initial.current === isControlled || !isDevelopment()) return;
    warned.current = true;
    const from = initial.current ? 'controlled' : 'uncontrolled';
    const to = isControlled ? 'controlled' : 'uncontrolled';
    console.warn(
      `${component} is changing from ${from} to ${to}. Keep \`value\` defined (use '' for empty) ` +
        'or leave it undefined for the whole life of the component.',
    );
  }, [component, isControlled]);
}
