'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { forwardRef, type ReactNode, type Ref, useEffect, useId, useMemo, useRef } from 'react';
import { type Country, getCountries } from '../core/phone/countries.js';
import { buildCountryList } from '../core/phone/country-list.js';
import { useKitMessages } from '../hooks/context.js';
import { useCountryCombobox } from '../hooks/useCountryCombobox.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { CountryOption } from './CountryOption.js';
import { Flag } from './Flag.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';

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
}

/** Props of {@link CountrySelect}. */
export interface CountrySelectProps {
  /** The selected country (ISO code). The picker is controlled. */
  value: CountryCode;
  /** Called with the picked country. */
  onChange: (country: CountryCode) => void;
  /** Allow-list of countries; all of libphonenumber's when omitted. */
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

function englishNames(locale: string): ((country: Country) => string | undefined) | undefined {
  if (locale === 'en-US') return undefined;
  const names = new Map(getCountries('en-US').map((country) => [country.code, country.name]));
  return (country) => names.get(country.code);
}

/**
 * Searchable country/region picker: an editable WAI-ARIA combobox with a listbox. Type a name
 * (in the catalogue's locale or English), an ISO code or calling-code digits (`86`, `+86`) to filter; arrows,
 * Home/End and Enter pick without submitting the form; Escape closes and restores. Its input
 * carries `autocomplete="tel-country-code"` so browsers can autofill it.
 */
export const CountrySelect = /* @__PURE__ */ forwardRef<HTMLInputElement, CountrySelectProps>(
  function CountrySelect(props, ref) {
    const { value, onChange, disabled = false, unstyled = false } = props;
    const { classNames = {}, label } = props;
    const messages = useKitMessages(props.messages);
    const { locale } = messages;
    const baseId = useId();
    const inputId = props.id ?? `${baseId}-input`;
    const listboxId = `${baseId}-listbox`;
    const descriptionId = `${baseId}-description`;
    const optionId = (code: string) => `${baseId}-option-${code}`;
    const listboxRef = useRef<HTMLDivElement>(null);

    const all = getCountries(locale);
    const { countries, preferredCountries } = props;
    const list = useMemo(
      () => buildCountryList(all, countries, preferredCountries),
      [all, countries, preferredCountries],
    );
    const alsoKnownAs = useMemo(() => englishNames(locale), [locale]);
    const combobox = useCountryCombobox({ list, value, onSelect: onChange, alsoKnownAs });
    const { isOpen, results, activeCode, query } = combobox;
    const selected = all.find((country) => country.code === value);
    const lastPreferred = query ? undefined : list.preferred[list.preferred.length - 1]?.code;

    useEffect(() => {
      if (!isOpen || !activeCode) return;
      const option = listboxRef.current?.querySelector('[data-active]');
      option?.scrollIntoView?.({ block: 'nearest' });
    }, [isOpen, activeCode]);

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
            role="combobox"
            aria-label={label ? undefined : messages.countryLabel}
            aria-expanded={isOpen}
            aria-controls={listboxId}
            aria-autocomplete="list"
            aria-activedescendant={isOpen && activeCode ? optionId(activeCode) : undefined}
            aria-describedby={joinClassNames(descriptionId, props['aria-describedby'])}
            autoComplete="tel-country-code"
            autoCapitalize="off"
            autoCorrect="off"
            spellCheck={false}
            disabled={disabled}
            placeholder={isOpen ? messages.countrySearchPlaceholder : undefined}
            value={query ?? selected?.callingCode ?? ''}
            className={cls('genauth-country-select__input', classNames.input)}
            {...combobox.handlers}
          />
          <span aria-hidden="true" className={cls('genauth-country-select__chevron', undefined)} />
        </div>
        <span id={descriptionId} hidden>
          {selected?.name ?? value}
        </span>
        <div
          ref={listboxRef}
          id={listboxId}
          role="listbox"
          aria-label={messages.countryListLabel}
          hidden={!isOpen}
          className={cls('genauth-country-select__listbox', classNames.listbox)}
          // Dragging the list's scrollbar must not blur the input (which would close the list).
          onMouseDown={(event) => event.preventDefault()}
        >
          {isOpen
            ? results.map((country) => (
                <CountryOption
                  key={country.code}
                  id={optionId(country.code)}
                  country={country}
                  isActive={country.code === activeCode}
                  isSelected={country.code === value}
                  isLastPreferred={country.code === lastPreferred}
                  onPick={() => combobox.select(country.code)}
                  className={classNames.option}
                  unstyled={unstyled}
                />
              ))
            : null}
        </div>
        {isOpen && results.length === 0 ? (
          <div role="status" className={cls('genauth-country-select__empty', classNames.empty)}>
            {messages.countryNoResults}
          </div>
        ) : null}
      </div>
    );
  },
);
