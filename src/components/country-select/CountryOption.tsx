'use client';
import type { Country } from '../../core/phone/countries.js';
import { Flag } from '../Flag.js';

/** Class names of a part: the kit's own (unless unstyled) plus the user's. */
export type PartClassNames = (own: string, extra?: string) => string | undefined;

/** `''` (a bare `data-*` attribute) when `flag` is set, omitted otherwise. */
const dataFlag = (flag: boolean) => (flag ? '' : undefined);

/** @internal Props of one option of the country listbox. */
export interface CountryOptionProps {
  /** The country shown. */
  country: Country;
  /** DOM id, the target of the combobox's `aria-activedescendant`. */
  id: string;
  /** The option `aria-activedescendant` points at. */
  isActive: boolean;
  /** The country currently chosen. */
  isSelected: boolean;
  /** Last of the preferred countries: themes draw a divider under it. */
  isLastPreferred: boolean;
  /** Called on click. */
  onPick: () => void;
  /** The user's class for options. */
  className: string | undefined;
  /** The kit's class names, or none when unstyled. */
  cls: PartClassNames;
  /** Drop the kit's classes. */
  unstyled: boolean;
}

/**
 * @internal One `role="option"`: flag (hidden from screen readers), name and calling code, so
 * its accessible name reads "China +86". Following the APG combobox pattern, `aria-selected`
 * marks the active option; `data-selected` marks the chosen country for styling.
 */
export function CountryOption(props: CountryOptionProps) {
  const { country, isActive, cls } = props;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keyboard (aria-activedescendant).
    <div
      id={props.id}
      role="option"
      tabIndex={-1}
      aria-selected={isActive}
      data-active={dataFlag(isActive)}
      data-selected={dataFlag(props.isSelected)}
      data-preferred-end={dataFlag(props.isLastPreferred)}
      className={cls('genauth-country-select__option', props.className)}
      // Keep focus in the input so the combobox stays in charge of the keyboard.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPick}
    >
      <Flag
        code={country.code}
        unstyled={props.unstyled}
        className={cls('genauth-country-select__option-flag')}
      />{' '}
      <span className={cls('genauth-country-select__option-name')}>{country.name}</span>{' '}
      <span className={cls('genauth-country-select__option-code')}>{country.callingCode}</span>
    </div>
  );
}
