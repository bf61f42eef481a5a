import type { CountryCode } from 'libphonenumber-js/core';

/**
 * The country combobox's state and the user's actions on it. This module is eager (the closed
 * selector needs it); the reducer that needs the country list lives in the lazy chunk
 * (combobox-reducer.ts). While that chunk loads, {@link reduceWhileLoading} keeps the input
 * truthful (typed text shown, open intent kept) and the actions are queued for the reducer.
 */

/** What the combobox shows. */
export interface ComboboxState {
  /** The list is (or, while it loads, is asked to be) open. */
  isOpen: boolean;
  /** The search text, or `null` when the input shows the selected country's calling code. */
  query: string | null;
  /** The option `aria-activedescendant` points at; unknown until the list is there. */
  activeCode: CountryCode | undefined;
}

/** Something the user did to the combobox. */
export type ComboboxAction =
  | { type: 'click' }
  | { type: 'key'; key: string }
  /** The input's text changed; `whole` for autofill or drop (the value replaced at once). */
  | { type: 'change'; text: string; whole: boolean }
  | { type: 'pick'; code: CountryCode }
  | { type: 'close' };

/** Closed, showing the selected country. */
export const CLOSED: ComboboxState = { isOpen: false, query: null, activeCode: undefined };

/**
 * What the search is once the input's text becomes `text`: typing after the shown calling code
 * (caret at the end) searches for what was typed, not for `+86j`.
 */
export function typedQuery(query: string | null, display: string, text: string): string {
  return query === null && display && text.startsWith(display) ? text.slice(display.length) : text;
}

/** Keys an open list moves through; they never reach the page while it is open. */
const LIST_KEYS = /^(PageDown|PageUp|Home|End|Enter)$/;

/**
 * How a key must be kept from the page, decided at once (even while the list loads): arrows
 * always (they open the list), list keys and Enter while open (Enter picks a country and must
 * not submit the form), Escape while there is something to close, and then it also stops, so
 * an enclosing dialog stays open. `undefined`: the combobox ignores the key.
 */
export function keyHandling(
  key: string,
  state: ComboboxState,
): 'own' | 'prevent' | 'stop' | undefined {
  if (key === 'ArrowDown' || key === 'ArrowUp') return 'prevent';
  if (!state.isOpen && state.query === null) return undefined;
  if (key === 'Escape') return 'stop';
  if (state.isOpen && LIST_KEYS.test(key)) return 'prevent';
  return key === 'Tab' ? 'own' : undefined;
}

/**
 * The state the shell shows while the list's chunk loads: the typed text and the wish to see
 * the list, so nothing the user does looks lost; the active option is settled on arrival.
 * Closing needs no list: Escape, Tab and leaving the field close at once.
 */
export function reduceWhileLoading(
  state: ComboboxState,
  action: ComboboxAction,
  display: string,
): ComboboxState {
  if (action.type === 'change') {
    return {
      isOpen: true,
      query: typedQuery(state.query, display, action.text),
      activeCode: undefined,
    };
  }
  if (action.type === 'close' || (action.type === 'key' && /^(Escape|Tab)$/.test(action.key))) {
    return CLOSED;
  }
  if (action.type === 'key' && !/^Arrow(Down|Up)$/.test(action.key)) return state;
  return { ...state, isOpen: true };
}
