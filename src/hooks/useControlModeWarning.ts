'use client';
import { useEffect, useRef } from 'react';
import { isDevelopment } from './is-development.js';

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
