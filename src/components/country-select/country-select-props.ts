import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode, Ref } from 'react';
import type { GenAuthMessages } from '../../i18n/messages.js';

/** Class names for each part of `CountrySelect`, added to (or, `unstyled`, replacing) the defaults. */
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
  /** The text shown where the list will be while it downloads. */
  loading?: string;
}

/** Props of `CountrySelect`. */
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
