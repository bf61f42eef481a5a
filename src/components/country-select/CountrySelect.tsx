'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import {
  type ChangeEvent,
  type FocusEvent,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { getCountries } from '../../core/phone/countries.js';
import { useKitMessages } from '../../hooks/context.js';
import { useClientLayoutEffect } from '../../hooks/useClientLayoutEffect.js';
import type { GenAuthMessages } from '../../i18n/messages.js';
import { Flag } from '../Flag.js';
import { dataFlag, joinClassNames, kitClassNames } from '../join-class-names.js';
import {
  CLOSED,
  type ComboboxAction,
  type ComboboxState,
  keyHandling,
  reduceWhileLoading,
} from './combobox-state.js';
import { countryListKit } from './country-list-kit.js';
import { loadCountryList, useCountryListLoad } from './country-list-loader.js';

/** Class names for each part of {@link CountrySelect}, added to (or, `unstyled`, replacing) the defaults. */
export interface CountrySelectClassNames {
  /** The wrapper. */
  root?: string;
  /** The visible label, when `label` is given. */
  label?: string;
  /** The box holding flag, input and chevron. */
  control?: string;
  /** The flag of the selected country. */
  flag?: string;
  /** The `<input role="combobox">`. */
  input?: string;
  /** The `role="listbox"` popup. */
  listbox?: string;
  /** Each `role="option"`. */
  option?: string;
  /** The "No results" text. */
  empty?: string;
  /** The message shown when the country list could not be loaded. */
  unavailable?: string;
}

/** Props of {@link CountrySelect}. */
export interface CountrySelectProps {
  /** The selected country (ISO code). The picker is controlled. */
  value: CountryCode;
  /** Called with the picked country. */
  onChange: (country: CountryCode) => void;
  /**
   * Allow-list of countries; all of libphonenumber's when omitted. With a single country the
   * selector is a read-only display of it, and the list's code is never downloaded.
   */
  countries?: readonly CountryCode[] | undefined;
  /** Countries listed first, in this order. @default [] */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** A catalogue (`zhCN`) or single-text overrides, on top of the provider's catalogue. */
  messages?: Partial<GenAuthMessages> | undefined;
  /** Makes the picker inert. @default false */
  disabled?: boolean | undefined;
  /** `id` of the input; generated when omitted. */
  id?: string | undefined;
  /** Visible label. Without it the input is named by `aria-label` (`messages.countryLabel`). */
  label?: ReactNode;
  /** Extra description ids for the input (the selected country's name is always added). */
  'aria-describedby'?: string | undefined;
  /** Class on the wrapper. */
  className?: string | undefined;
  /** Classes of the inner parts. */
  classNames?: CountrySelectClassNames | undefined;
  /** Drop the kit's `genauth-*` classes, keeping only yours. @default false */
  unstyled?: boolean | undefined;
  /** The real `<input>`. */
  ref?: Ref<HTMLInputElement> | undefined;
}

/** Autofill and drag-and-drop replace the whole value at once; typing does not. */
function isWholeValueReplacement(event: ChangeEvent<HTMLInputElement>): boolean {
  const native = event.nativeEvent as Partial<InputEvent>;
  return native.inputType === undefined || native.inputType === 'insertReplacementText';
}

/**
 * Searchable country/region picker: an editable WAI-ARIA combobox with a listbox. Type a name
 * (in the catalogue's locale or English), an ISO code or calling-code digits (`86`, `+86`) to filter; arrows,
 * Home/End and Enter pick without submitting the form; Escape closes and restores. Its input
 * carries `autocomplete="tel-country-code"` so browsers can autofill it.
 *
 * Only the closed selector is in the page's bundle: the list (search, options, keyboard moves)
 * is downloaded the first time the user focuses, presses or types in it, and what they do
 * meanwhile is applied when it arrives. With one allowed country it is a read-only field.
 */
export const CountrySelect = /* @__PURE__ */ forwardRef<HTMLInputElement, CountrySelectProps>(
  function CountrySelect(props, ref) {
    const { value, onChange, disabled = false, unstyled = false, classNames = {}, label } = props;
    const { countries, preferredCountries } = props;
    const messages = useKitMessages(props.messages);
    const { locale } = messages;
    const baseId = useId();
    const inputId = props.id ?? `${baseId}-input`;
    const listboxId = `${baseId}-listbox`;
    const descriptionId = `${baseId}-description`;
    const unavailableId = `${baseId}-unavailable`;
    const optionId = (code: string) => `${baseId}-option-${code}`;
    const focusedByPointer = useRef(false);
    // What the user did while the list was loading, and the state that started from.
    const pending = useRef<{ base: ComboboxState; actions: ComboboxAction[] }>({
      base: CLOSED,
      actions: [],
    });
    const [state, setState] = useState<ComboboxState>(CLOSED);

    // Nothing to choose with one allowed country: a read-only field, and no list to download.
    // The same cached list the open list uses (names in the catalogue's locale).
    const all = getCountries(locale);
    const selected = all.find((country) => country.code === value);
    const display = selected?.callingCode ?? '';
    // One allowed country (unknown codes ignored, as the list does): nothing to choose.
    const known = countries?.filter((code) => all.some((country) => country.code === code));
    const isStatic = Boolean(known?.length) && known?.every((code) => code === value) === true;
    const load = useCountryListLoad();
    const list = load.module;
    const model = useMemo(
      () => list?.createCountryListModel(countryListKit, locale, countries, preferredCountries),
      [list, locale, countries, preferredCountries],
    );
    const context = model && { model, value, display };
    const isOpen = state.isOpen && context !== undefined;

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

    // Replays what was queued once the list is there, before the browser paints, so the first
    // frame with the list is already the right one. No dependency list: the guards are cheap
    // and the latest state and props are the point.
    useClientLayoutEffect(() => {
      const { base, actions } = pending.current;
      if (list && context) {
        // An earlier failed load may have left the input asking for the list with no active
        // option; replaying nothing from there settles it.
        if (actions.length === 0 && !(state.isOpen && !state.activeCode)) return;
        pending.current = { base: CLOSED, actions: [] };
        const replayed = list.replayCombobox(actions.length > 0 ? base : state, actions, context);
        setState(replayed.state);
        for (const code of replayed.picked) onChange(code);
      } else if (load.status === 'failed' && actions.length > 0) {
        // The queue is dropped (the message says the list is missing); the input keeps what it
        // shows, and the next interaction loads again from there.
        pending.current = { base: state, actions: [] };
      }
    });

    // Kept while a retry loads, so the message does not blink at every keystroke offline.
    const isUnavailable = state.isOpen && load.hasFailed === true;
    const cls = kitClassNames(unstyled);
    return (
      <div
        className={cls('genauth-country-select', joinClassNames(props.className, classNames.root))}
        data-state={isOpen ? 'open' : 'closed'}
        data-open={dataFlag(isOpen)}
        data-disabled={dataFlag(disabled)}
        data-country={value}
      >
        {label ? (
          <label
            htmlFor={inputId}
            className={cls('genauth-country-select__label', classNames.label)}
          >
            {label}
          </label>
        ) : null}
        <div className={cls('genauth-country-select__control', classNames.control)}>
          <Flag
            code={value}
            unstyled={unstyled}
            className={cls('genauth-country-select__flag', classNames.flag)}
          />
          <input
            ref={ref}
            id={inputId}
            type="text"
            aria-label={label ? undefined : messages.countryLabel}
            aria-describedby={joinClassNames(
              descriptionId,
              isUnavailable && unavailableId,
              props['aria-describedby'],
            )}
            disabled={disabled}
            value={state.query ?? display}
            className={cls('genauth-country-select__input', classNames.input)}
            {...(isStatic
              ? // Read-only: screen readers say "Country/region, +86, read only, China".
                { readOnly: true }
              : {
                  role: 'combobox',
                  'aria-expanded': isOpen,
                  'aria-controls': listboxId,
                  'aria-autocomplete': 'list',
                  'aria-activedescendant':
                    isOpen && state.activeCode ? optionId(state.activeCode) : undefined,
                  'aria-busy': (state.isOpen && load.status === 'loading') || undefined,
                  autoComplete: 'tel-country-code',
                  autoCapitalize: 'off',
                  autoCorrect: 'off',
                  spellCheck: false,
                  placeholder: state.isOpen ? messages.countrySearchPlaceholder : undefined,
                  onChange: (event: ChangeEvent<HTMLInputElement>) =>
                    dispatch({
                      type: 'change',
                      text: event.target.value,
                      whole: isWholeValueReplacement(event),
                    }),
                  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
                    if (event.nativeEvent.isComposing) return;
                    const handling = keyHandling(event.key, state);
                    if (handling === 'prevent' || handling === 'stop') event.preventDefault();
                    // Stop Escape here so an enclosing dialog does not close as well.
                    if (handling === 'stop') event.stopPropagation();
                    if (handling) dispatch({ type: 'key', key: event.key });
                    else loadCountryList();
                  },
                  // Focus and pointer down come before the click that opens: download then.
                  onPointerDown: loadCountryList,
                  onFocus: (event: FocusEvent<HTMLInputElement>) => {
                    // Selecting the shown code lets typing replace it with a search.
                    event.currentTarget.select();
                    loadCountryList();
                  },
                  onBlur: () => dispatch({ type: 'close' }),
                  onMouseDown: (event: MouseEvent<HTMLInputElement>) => {
                    focusedByPointer.current =
                      event.currentTarget.ownerDocument.activeElement !== event.currentTarget;
                  },
                  onMouseUp: (event: MouseEvent<HTMLInputElement>) => {
                    // Browsers collapse the selection made on focus when the click ends; keep it.
                    if (focusedByPointer.current) event.preventDefault();
                    focusedByPointer.current = false;
                  },
                  onClick: () => {
                    if (!state.isOpen) dispatch({ type: 'click' });
                  },
                })}
          />
          {isStatic ? null : (
            <span aria-hidden="true" className={cls('genauth-country-select__chevron')} />
          )}
        </div>
        <span id={descriptionId} hidden>
          {selected?.name ?? value}
        </span>
        {isOpen && list && model ? (
          <list.CountryListPopup
            model={model}
            query={state.query}
            activeCode={state.activeCode}
            value={value}
            id={listboxId}
            optionId={optionId}
            label={messages.countryListLabel}
            noResults={messages.countryNoResults}
            onPick={(code) => dispatch({ type: 'pick', code })}
            classNames={classNames}
            cls={cls}
            unstyled={unstyled}
          />
        ) : null}
        {isUnavailable ? (
          <p
            id={unavailableId}
            role="alert"
            className={cls('genauth-country-select__unavailable', classNames.unavailable)}
          >
            {messages.countryListUnavailable}
          </p>
        ) : null}
      </div>
    );
  },
);
