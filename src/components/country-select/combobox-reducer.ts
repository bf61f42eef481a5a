import type { CountryCode } from 'libphonenumber-js/core';
import {
  type Country,
  getCountries,
  getMainCountryForCallingCode,
} from '../../core/phone/countries.js';
import {
  buildCountryList,
  type CountryList,
  resolveCountryText,
} from '../../core/phone/country-list.js';
import { searchCountries } from '../../core/phone/search-countries.js';
import { CLOSED, type ComboboxAction, type ComboboxState, typedQuery } from './combobox-state.js';

/**
 * Keyboard and pointer behaviour of the country picker (WAI-ARIA APG list autocomplete), as a
 * pure reducer so the shell can replay what the user did while this chunk was loading: type to
 * filter, arrows/Home/End/PageUp/PageDown to move, Enter to pick, Escape or Tab to close.
 */

/** The countries a picker offers, ready to search. */
export interface CountryListModel {
  /** Allowed countries, preferred ones first. */
  list: CountryList;
  /** The same, as one array in display order. */
  ordered: readonly Country[];
  /** Another name to search by: the English one under other locales. */
  alsoKnownAs: ((country: Country) => string | undefined) | undefined;
}

/** What the reducer needs besides the state. */
export interface ComboboxContext {
  model: CountryListModel;
  /** The selected country. */
  value: CountryCode;
  /** The selected country's calling code, as the closed input shows it (`+86`). */
  display: string;
}

/** The next state, and the country picked by this action, if any. */
export interface ComboboxStep {
  state: ComboboxState;
  picked?: CountryCode | undefined;
}

const PAGE = 10;

/** The allowed countries in `locale`, preferred ones first. */
export function createCountryListModel(
  locale: string,
  countries: readonly CountryCode[] | undefined,
  preferred: readonly CountryCode[] | undefined,
): CountryListModel {
  const list = buildCountryList(getCountries(locale), countries, preferred);
  // Under other locales, English names match too.
  const english =
    locale === 'en-US'
      ? undefined
      : new Map(getCountries('en-US').map((country) => [country.code, country.name]));
  return {
    list,
    ordered: [...list.preferred, ...list.others],
    alsoKnownAs: english && ((country) => english.get(country.code)),
  };
}

/** Each model's last search: a keystroke's search serves the reducer, the list and the keys. */
const lastSearch = new WeakMap<CountryListModel, { query: string; results: readonly Country[] }>();

/** The options shown for a search (all of them for none), best match first. */
export function resultsOf(model: CountryListModel, query: string | null): readonly Country[] {
  if (!query) return model.ordered;
  const last = lastSearch.get(model);
  if (last?.query === query) return last.results;
  const results = searchCountries(model.ordered, query, model.alsoKnownAs);
  lastSearch.set(model, { query, results });
  return results;
}

function openAt(results: readonly Country[], value: CountryCode, start: 'first' | 'last') {
  const fallback = start === 'last' ? results[results.length - 1] : results[0];
  const selected = results.find((country) => country.code === value);
  return (selected ?? fallback)?.code;
}

function move(results: readonly Country[], active: CountryCode | undefined, delta: number) {
  if (results.length === 0) return active;
  const current = results.findIndex((country) => country.code === active);
  const target = Math.min(results.length - 1, Math.max(0, current === -1 ? 0 : current + delta));
  return results[target]?.code;
}

function onKey(state: ComboboxState, key: string, context: ComboboxContext): ComboboxStep {
  const results = resultsOf(context.model, state.query);
  const at = (activeCode: CountryCode | undefined) => ({ state: { ...state, activeCode } });
  if (key === 'ArrowDown' || key === 'ArrowUp') {
    if (!state.isOpen) {
      const activeCode = openAt(results, context.value, key === 'ArrowUp' ? 'last' : 'first');
      return { state: { ...state, isOpen: true, activeCode } };
    }
    return at(move(results, state.activeCode, key === 'ArrowDown' ? 1 : -1));
  }
  if (!state.isOpen) {
    return { state: key === 'Escape' && state.query !== null ? CLOSED : state };
  }
  switch (key) {
    case 'PageDown':
    case 'PageUp':
      return at(move(results, state.activeCode, key === 'PageDown' ? PAGE : -PAGE));
    case 'Home':
    case 'End':
      if (results.length === 0) return { state };
      return at(key === 'Home' ? results[0]?.code : results[results.length - 1]?.code);
    case 'Enter':
      return state.activeCode ? { state: CLOSED, picked: state.activeCode } : { state };
    case 'Escape':
    case 'Tab':
      return { state: CLOSED };
    default:
      return { state };
  }
}

function onChange(state: ComboboxState, text: string, whole: boolean, context: ComboboxContext) {
  const { model, value, display } = context;
  if (whole) {
    // Autofill and drag-and-drop name a country outright (`+44`, `GB`, `United Kingdom`).
    const resolved = resolveCountryText(text, model.list, value, getMainCountryForCallingCode);
    if (resolved) return { state: CLOSED, picked: resolved };
  }
  const query = typedQuery(state.query, display, text);
  const activeCode = query ? resultsOf(model, query)[0]?.code : value;
  return { state: { isOpen: true, query, activeCode } };
}

/** The combobox's next state after `action`. Pure: picking is reported, not performed. */
export function reduceCombobox(
  state: ComboboxState,
  action: ComboboxAction,
  context: ComboboxContext,
): ComboboxStep {
  switch (action.type) {
    case 'click':
      if (state.isOpen) return { state };
      return {
        state: {
          ...state,
          isOpen: true,
          activeCode: openAt(resultsOf(context.model, state.query), context.value, 'first'),
        },
      };
    case 'change':
      return onChange(state, action.text, action.whole, context);
    case 'key':
      return onKey(state, action.key, context);
    case 'pick':
      return { state: CLOSED, picked: action.code };
    case 'close':
      return { state: CLOSED };
  }
}

/**
 * Applies what the user did while the list was loading, in order, starting from `base` (the
 * state the queue started from). A base left open by an earlier failed load gets its active
 * option first, as if its search had just been typed. Every pick is reported, in order.
 */
export function replayCombobox(
  base: ComboboxState,
  actions: readonly ComboboxAction[],
  context: ComboboxContext,
): { state: ComboboxState; picked: CountryCode[] } {
  let state = base;
  if (state.isOpen && state.activeCode === undefined) {
    const activeCode = state.query
      ? resultsOf(context.model, state.query)[0]?.code
      : openAt(resultsOf(context.model, null), context.value, 'first');
    // Same object when nothing changes (nothing matches the search): React can skip the render.
    if (activeCode !== undefined) state = { ...state, activeCode };
  }
  const picked: CountryCode[] = [];
  let current = context;
  for (const action of actions) {
    const step = reduceCombobox(state, action, current);
    state = step.state;
    if (step.picked) {
      // Later actions see the country just picked, as they would have without the wait.
      const { picked: value } = step;
      picked.push(value);
      const shown = context.model.ordered.find((country) => country.code === value);
      current = { ...current, value, display: shown?.callingCode ?? '' };
    }
  }
  return { state, picked };
}
