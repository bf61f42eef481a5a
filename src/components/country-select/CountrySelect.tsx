'use client';
import {
  type ChangeEvent,
  type FocusEvent,
  forwardRef,
  type KeyboardEvent,
  type MouseEvent,
  useId,
  useRef,
} from 'react';
import { getCountry } from '../../core/phone/countries.js';
import { callingCodeOfCountry } from '../../core/phone/metadata-index.js';
import { useKitMessages } from '../../hooks/context.js';
import { enUSCountrySelect } from '../../i18n/en-US/country-select.js';
import { Flag } from '../Flag.js';
import { dataFlag, joinClassNames, kitClassNames } from '../join-class-names.js';
import { keyHandling } from './combobox-state.js';
import { loadCountryList } from './country-list-loader.js';
import type { CountrySelectProps } from './country-select-props.js';
import { useLazyCombobox } from './useLazyCombobox.js';

export type { CountrySelectClassNames, CountrySelectProps } from './country-select-props.js';

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
    const messages = useKitMessages(props.messages, enUSCountrySelect);
    const { locale } = messages;
    const baseId = useId();
    const inputId = props.id ?? `${baseId}-input`;
    const listboxId = `${baseId}-listbox`;
    const descriptionId = `${baseId}-description`;
    const unavailableId = `${baseId}-unavailable`;
    const optionId = (code: string) => `${baseId}-option-${code}`;
    const focusedByPointer = useRef(false);
    // Only the shown country: the sorted list of all (a few ms of Intl work on a phone) is
    // built when the list opens.
    const selected = getCountry(value, locale);
    const display = selected?.callingCode ?? '';
    // One allowed country (unknown codes ignored, as the list does): nothing to choose, so a
    // read-only field and no list to download.
    const known = countries?.filter((code) => callingCodeOfCountry(code) !== undefined);
    const isStatic = Boolean(known?.length) && known?.every((code) => code === value) === true;
    const { state, dispatch, load, list, model, isOpen } = useLazyCombobox({
      value,
      onChange,
      display,
      locale,
      countries,
      preferredCountries,
    });

    // Kept while a retry loads, so the message does not blink at every keystroke offline.
    const isUnavailable = state.isOpen && load.hasFailed === true;
    // Where the list will be, so a click on a slow connection is not met with nothing. Not a
    // live region: the input's aria-busy says it, and the list announces itself on arrival.
    const isLoading = state.isOpen && load.status === 'loading' && !isUnavailable;
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
        {isLoading ? (
          <p className={cls('genauth-country-select__loading', classNames.loading)}>
            {messages.countryListLoading}
          </p>
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
