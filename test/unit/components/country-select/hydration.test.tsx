import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadCountryList,
  resetCountryListLoader,
} from '../../../../src/components/country-select/country-list-loader.js';
import { CountrySelect } from '../../../../src/index.js';
import { hydrate } from '../../../helpers/hydrate.js';

afterAll(() => resetCountryListLoader());

describe('CountrySelect on the server and at hydration', () => {
  it('renders the closed combobox alike on both sides, with no list and no request', async () => {
    const { html, onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="JP" onChange={() => {}} />,
    );
    expect(html).toContain('role="combobox"');
    expect(html).not.toContain('role="option"');
    const combobox = screen.getByRole('combobox', { name: 'Country/region' });
    expect(combobox).toHaveValue('+81');
    expect(combobox).toHaveAccessibleDescription('Japan');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('hydrates without a mismatch when the list is already loaded in this page', async () => {
    const list = await import('../../../../src/components/country-select/country-list-ui.js');
    resetCountryListLoader(() => Promise.resolve(list));
    loadCountryList();
    await act(async () => {});
    const { onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="CN" onChange={() => {}} />,
    );
    const combobox = screen.getByRole('combobox');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // The list was there before hydration: the first click opens it at once.
    await userEvent.setup().click(combobox);
    expect(screen.getByRole('listbox')).toBeVisible();
  });

  it('renders the one-country display alike on both sides', async () => {
    const { html, onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="CN" countries={['CN']} onChange={() => {}} />,
    );
    expect(html).not.toContain('combobox');
    expect(screen.getByRole('textbox', { name: 'Country/region' })).toHaveValue('+86');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
