import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CountryCode } from 'libphonenumber-js/core';
import { useState } from 'react';
import { vi } from 'vitest';
import {
  CountrySelect,
  type CountrySelectProps,
} from '../../src/components/country-select/CountrySelect.js';

/** Props of {@link CountrySelectHarness}: the selector's, plus where it starts and a pick spy. */
export type CountrySelectHarnessProps = Partial<CountrySelectProps> & {
  /** The country selected at first. @default 'CN' */
  initial?: CountryCode;
  onPick?: (code: CountryCode) => void;
};

/** A `CountrySelect` whose parent keeps the picked country, as an app would. */
export function CountrySelectHarness(props: CountrySelectHarnessProps) {
  const { initial = 'CN', onPick, ...rest } = props;
  const [value, setValue] = useState<CountryCode>(initial);
  return (
    <CountrySelect
      {...rest}
      value={value}
      onChange={(code) => {
        setValue(code);
        onPick?.(code);
      }}
    />
  );
}

/**
 * Renders the harness inside a form with a submit button, so a test can check that Enter in
 * the list never submits. Returns the user, the spies and the combobox.
 */
export function renderCountrySelectInForm(props: CountrySelectHarnessProps = {}) {
  const user = userEvent.setup();
  const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
  const onPick = vi.fn();
  render(
    <form onSubmit={onSubmit}>
      <CountrySelectHarness onPick={onPick} {...props} />
      <button type="submit">Submit</button>
    </form>,
  );
  const combobox = screen.getByRole('combobox', { name: 'Country/region' });
  return { user, onSubmit, onPick, combobox };
}
