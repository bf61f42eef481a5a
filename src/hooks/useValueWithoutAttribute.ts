'use client';
import { type RefObject, useReducer, useRef } from 'react';
import { useClientLayoutEffect } from './useClientLayoutEffect.js';

/** What {@link useValueWithoutAttribute} returns. */
export interface ValueWithoutAttribute {
  /** For the `<input>`, which gets no `value` prop. */
  ref: RefObject<HTMLInputElement | null>;
  /**
   * Call from the input's change handlers: re-renders, so that a value its owner did not
   * accept is put back after the event, as React does for a controlled input.
   */
  resync: () => void;
}

/**
 * @internal Shows `value` in an uncontrolled `<input>` through its `.value` property. React
 * copies a controlled input's value into its `value` attribute, where CSS selectors
 * (`input[value^="a"]` keyloggers), session replay and DOM snapshots in error reports read
 * it: a password or a code must never be there. The property is written only when it differs,
 * so the caret stays where the user put it.
 */
export function useValueWithoutAttribute(value: string): ValueWithoutAttribute {
  const ref = useRef<HTMLInputElement | null>(null);
  const [, resync] = useReducer((renders: number) => renders + 1, 0);
  useClientLayoutEffect(() => {
    const input = ref.current;
    if (input && input.value !== value) input.value = value;
  });
  return { ref, resync };
}
