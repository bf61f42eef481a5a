'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useEffect, useMemo, useRef } from 'react';
import { CountryOption, type PartClassNames } from './CountryOption.js';
import { type CountryListModel, resultsOf } from './combobox-reducer.js';

/** @internal Props of the open country list. */
export interface CountryListPopupProps {
  /** The allowed countries. */
  model: CountryListModel;
  /** The search, or `null` to list every country. */
  query: string | null;
  /** The option `aria-activedescendant` points at. */
  activeCode: CountryCode | undefined;
  /** The selected country. */
  value: CountryCode;
  /** DOM id of the listbox (the combobox's `aria-controls`). */
  id: string;
  /** DOM id of an option. */
  optionId: (code: CountryCode) => string;
  /** Accessible name of the listbox. */
  label: string;
  /** Text shown when nothing matches the search. */
  noResults: string;
  /** Called with the clicked country. */
  onPick: (code: CountryCode) => void;
  /** Classes of the listbox, the options and the "No results" text. */
  classNames: {
    listbox?: string | undefined;
    option?: string | undefined;
    empty?: string | undefined;
  };
  /** The kit's class names, or none when unstyled. */
  cls: PartClassNames;
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal The open list: a `role="listbox"` of options (or "No results"). Focus stays in the
 * combobox input, so the browser will not scroll to the active option: this does.
 */
export function CountryListPopup(props: CountryListPopupProps) {
  const { model, query, activeCode, value, optionId, classNames, cls } = props;
  const listbox = useRef<HTMLDivElement>(null);
  const results = useMemo(() => resultsOf(model, query), [model, query]);
  const lastPreferred = query ? undefined : model.list.preferred.at(-1)?.code;

  useEffect(() => {
    if (!activeCode) return;
    listbox.current?.querySelector('[data-active]')?.scrollIntoView?.({ block: 'nearest' });
  }, [activeCode]);

  return (
    <>
      <div
        ref={listbox}
        id={props.id}
        role="listbox"
        aria-label={props.label}
        className={cls('genauth-country-select__listbox', classNames.listbox)}
        // Dragging the list's scrollbar must not blur the input (which would close the list).
        onMouseDown={(event) => event.preventDefault()}
      >
        {results.map((country) => (
          <CountryOption
            key={country.code}
            id={optionId(country.code)}
            country={country}
            isActive={country.code === activeCode}
            isSelected={country.code === value}
            isLastPreferred={country.code === lastPreferred}
            onPick={() => props.onPick(country.code)}
            className={classNames.option}
            cls={cls}
            unstyled={props.unstyled}
          />
        ))}
      </div>
      {results.length === 0 ? (
        <div role="status" className={cls('genauth-country-select__empty', classNames.empty)}>
          {props.noResults}
        </div>
      ) : null}
    </>
  );
}
