'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import {
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { Country } from '../core/phone/countries.js';
import { type CountryList, resolveCountryText } from '../core/phone/country-list.js';
import { searchCountries } from '../core/phone/search-countries.js';

/** Options of {@link useCountryCombobox}. */
export interface UseCountryComboboxOptions {
  /** Allowed countries, preferred ones first. */
  list: CountryList;
  /** The selected country. */
  value: CountryCode;
  /** Called when the user picks a country (click, Enter, or autofill). */
  onSelect: (code: CountryCode) => void;
  /** Another name to search by, e.g. the English name under a Chinese locale. */
  alsoKnownAs?: ((country: Country) => string | undefined) | undefined;
}

/** State and handlers of an editable combobox over countries (WAI-ARIA APG list autocomplete). */
export interface UseCountryComboboxResult {
  /** The listbox is shown. */
  isOpen: boolean;
  /** Countries the listbox shows, best match first. */
  results: Country[];
  /** The option `aria-activedescendant` points at. */
  activeCode: CountryCode | undefined;
  /** What the search text is, or `null` when showing the selected country. */
  query: string | null;
  /** Picks a country and closes the list. */
  select: (code: CountryCode) => void;
  /** Handlers for the `<input role="combobox">`. */
  handlers: {
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
    onFocus: (event: { currentTarget: HTMLInputElement }) => void;
    onBlur: () => void;
    onMouseDown: (event: MouseEvent<HTMLInputElement>) => void;
    onMouseUp: (event: MouseEvent<HTMLInputElement>) => void;
    onClick: () => void;
  };
}

const PAGE = 10;

/** Autofill and drag-and-drop replace the whole value at once; typing does not. */
function isWholeValueReplacement(event: ChangeEvent<HTMLInputElement>): boolean {
  const native = event.nativeEvent as Partial<InputEvent>;
  return native.inputType === undefined || native.inputType === 'insertReplacementText';
}

/**
 * Keyboard and pointer behaviour of the country picker: type to filter, arrows/Home/End/
 * PageUp/PageDown to move, Enter to pick (never submitting the form), Escape or Tab to close and
 * restore. Focus stays in the input; options are announced through `aria-activedescendant`.
 */
export function useCountryCombobox(options: UseCountryComboboxOptions): UseCountryComboboxResult {
  const { list, value, onSelect, alsoKnownAs } = options;
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [activeCode, setActiveCode] = useState<CountryCode | undefined>(undefined);
  const focusedByPointer = useRef(false);

  const ordered = useMemo(() => [...list.preferred, ...list.others], [list]);
  const results = useMemo(
    () => (query ? searchCountries(ordered, query, alsoKnownAs) : ordered),
    [ordered, query, alsoKnownAs],
  );
  const display = ordered.find((country) => country.code === value)?.callingCode ?? '';

  const close = useCallback(() => {
    setOpen(false);
    setQuery(null);
    setActiveCode(undefined);
  }, []);

  const open = useCallback(
    (start: 'selected' | 'last' = 'selected') => {
      setOpen(true);
      const fallback = start === 'last' ? results[results.length - 1] : results[0];
      const selected = results.find((country) => country.code === value);
      setActiveCode((selected ?? fallback)?.code);
    },
    [results, value],
  );

  const select = useCallback(
    (code: CountryCode) => {
      close();
      onSelect(code);
    },
    [close, onSelect],
  );

  const move = (delta: number | 'first' | 'last') => {
    if (results.length === 0) return;
    const current = results.findIndex((country) => country.code === activeCode);
    const target =
      delta === 'first'
        ? 0
        : delta === 'last'
          ? results.length - 1
          : Math.min(results.length - 1, Math.max(0, current === -1 ? 0 : current + delta));
    setActiveCode(results[target]?.code);
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    if (isWholeValueReplacement(event)) {
      const resolved = resolveCountryText(next, list, value);
      if (resolved) {
        select(resolved);
        return;
      }
    }
    // Typing after the shown calling code (caret at the end) searches for what was typed.
    const typed =
      query === null && display && next.startsWith(display) ? next.slice(display.length) : next;
    setQuery(typed);
    setOpen(true);
    setActiveCode(typed ? searchCountries(ordered, typed, alsoKnownAs)[0]?.code : value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen) open(key === 'ArrowUp' ? 'last' : 'selected');
      else move(key === 'ArrowDown' ? 1 : -1);
    } else if (isOpen && (key === 'PageDown' || key === 'PageUp')) {
      event.preventDefault();
      move(key === 'PageDown' ? PAGE : -PAGE);
    } else if (isOpen && (key === 'Home' || key === 'End')) {
      event.preventDefault();
      move(key === 'Home' ? 'first' : 'last');
    } else if (key === 'Enter' && isOpen) {
      // An open list owns Enter: picking a country must not submit the surrounding form.
      event.preventDefault();
      if (activeCode) select(activeCode);
    } else if (key === 'Escape' && (isOpen || query !== null)) {
      // Stop here so an enclosing dialog does not close as well.
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (key === 'Tab' && isOpen) {
      close();
    }
  };

  const handlers: UseCountryComboboxResult['handlers'] = {
    onChange,
    onKeyDown,
    // Selecting the shown code lets typing replace it with a search.
    onFocus: (event) => event.currentTarget.select(),
    onBlur: close,
    onMouseDown: (event) => {
      focusedByPointer.current =
        event.currentTarget.ownerDocument.activeElement !== event.currentTarget;
    },
    onMouseUp: (event) => {
      // Browsers collapse the selection made on focus when the click ends; keep it.
      if (focusedByPointer.current) event.preventDefault();
      focusedByPointer.current = false;
    },
    onClick: () => {
      if (!isOpen) open();
    },
  };

  return { isOpen, results, activeCode, query, select, handlers };
}
