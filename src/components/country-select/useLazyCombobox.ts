'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useMemo, useRef, useState } from 'react';
import { useClientLayoutEffect } from '../../hooks/useClientLayoutEffect.js';
import type { CountryListModel } from './combobox-reducer.js';
import {
  CLOSED,
  type ComboboxAction,
  type ComboboxState,
  reduceWhileLoading,
} from './combobox-state.js';
import {
  type CountryListLoad,
  type CountryListModule,
  loadCountryList,
  useCountryListLoad,
} from './country-list-loader.js';

/** @internal Options of {@link useLazyCombobox}. */
export interface UseLazyComboboxOptions {
  /** The selected country. */
  value: CountryCode;
  /** Called with a picked country. */
  onChange: (country: CountryCode) => void;
  /** The selected country's calling code, as the closed input shows it. */
  display: string;
  /** The catalogue's locale: names and their order. */
  locale: string;
  /** Allow-list of countries. */
  countries: readonly CountryCode[] | undefined;
  /** Countries listed first. */
  preferredCountries: readonly CountryCode[] | undefined;
}

/** @internal State and loading of the country combobox. */
export interface UseLazyComboboxResult {
  /** What the input shows (while the list loads: typed text, and the wish to see the list). */
  state: ComboboxState;
  /** Applies a user action, or queues it until the list's chunk is there. */
  dispatch: (action: ComboboxAction) => void;
  /** Where the list's chunk stands. */
  load: CountryListLoad;
  /** The chunk, once loaded. */
  list: CountryListModule | undefined;
  /** The allowed countries, once the chunk is loaded. */
  model: CountryListModel | undefined;
  /** The list is shown (asked for, and loaded). */
  isOpen: boolean;
}

/**
 * @internal The combobox's state, with its behaviour in a lazy chunk: actions apply at once
 * when the chunk is there; before that they are queued (and the chunk requested), the input
 * shows what it can, and the queue is replayed in a layout effect when the chunk arrives, so
 * the first frame with the list is already the right one. A failed load drops the queue and
 * keeps what the input shows; the next action loads again from there.
 */
export function useLazyCombobox(options: UseLazyComboboxOptions): UseLazyComboboxResult {
  const { value, onChange, display, locale, countries, preferredCountries } = options;
  // What the user did while the list was loading, and the state that started from; `unsettled`
  // when a failed load dropped that queue, leaving the input asking for a list it never got.
  const pending = useRef<{ base: ComboboxState; actions: ComboboxAction[]; unsettled: boolean }>({
    base: CLOSED,
    actions: [],
    unsettled: false,
  });
  const [state, setState] = useState<ComboboxState>(CLOSED);
  const load = useCountryListLoad();
  const list = load.module;
  const model = useMemo(
    () => list?.createCountryListModel(locale, countries, preferredCountries),
    [list, locale, countries, preferredCountries],
  );
  const context = model && { model, value, display };

  const dispatch = (action: ComboboxAction) => {
    if (list && context) {
      const step = list.reduceCombobox(state, action, context);
      setState(step.state);
      if (step.picked) onChange(step.picked);
      return;
    }
    if (pending.current.actions.length === 0) pending.current.base = state;
    pending.current.actions.push(action);
    setState(reduceWhileLoading(state, action, display));
    // Leaving the field is no reason to download the list (or to retry a failed load).
    if (action.type !== 'close') loadCountryList();
  };

  // No dependency list: the guards are cheap, and the latest state and props are the point.
  useClientLayoutEffect(() => {
    const { base, actions, unsettled } = pending.current;
    if (list && context) {
      // After a failed load, replaying nothing from the shown state settles it (its active option).
      if (actions.length === 0 && !unsettled) return;
      pending.current = { base: CLOSED, actions: [], unsettled: false };
      const replayed = list.replayCombobox(actions.length > 0 ? base : state, actions, context);
      setState(replayed.state);
      for (const code of replayed.picked) onChange(code);
    } else if (load.status === 'failed' && actions.length > 0) {
      pending.current = { base: state, actions: [], unsettled: true };
    }
  });

  return { state, dispatch, load, list, model, isOpen: state.isOpen && context !== undefined };
}
