import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { PhoneInput } from '../../src/index.js';

/** Modules of the lazy country list this page fetched over the network. */
function fetchedListModules(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) =>
      /\/(?:country-select\/(country-list-ui|combobox-reducer|CountryListPopup)|phone\/(search-countries))\./
        .exec(entry.name)
        ?.slice(1)
        .find(Boolean),
    )
    .filter((name): name is string => name !== undefined);
}

/** Gives a request started by the last interaction time to show in resource timing. */
const settle = () => new Promise((done) => setTimeout(done, 300));

afterEach(() => cleanup());

// One page for the whole file, in this order: the chunk is fetched at most once per page.
describe('the country list chunk over the network', () => {
  it('is never fetched when one country is allowed, even when the field is used', async () => {
    render(<PhoneInput defaultCountry="CN" countries={['CN']} />);
    const country = page.getByRole('textbox', { name: 'Country/region' });
    await expect.element(country).toHaveValue('+86');
    await userEvent.click(country);
    await userEvent.keyboard('{ArrowDown}jp{Enter}');
    const number = page.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(number, '13800138000');
    await expect.element(number).toHaveValue('138 0013 8000');
    await settle();
    expect(fetchedListModules()).toEqual([]);
  });

  it('is not fetched on mount or for typing a number, only when the list is first opened', async () => {
    render(<PhoneInput defaultCountry="CN" />);
    const number = page.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(number, '13800138000');
    await expect.element(number).toHaveValue('138 0013 8000');
    await settle();
    expect(fetchedListModules()).toEqual([]);

    // Typed at once after the click: the keys must survive the download.
    const country = page.getByRole('combobox', { name: 'Country/region' });
    await userEvent.click(country);
    await userEvent.keyboard('japan');
    await expect.element(page.getByRole('option', { name: 'Japan +81' })).toBeVisible();
    expect(fetchedListModules()).toContain('country-list-ui');
    // The search too is the list's, not the page's.
    expect(fetchedListModules()).toContain('search-countries');
    await userEvent.keyboard('{Enter}');
    await expect.element(country).toHaveValue('+81');
    await expect.element(number).toHaveFocus();

    // A second opening fetches nothing more.
    const fetched = fetchedListModules().length;
    await userEvent.click(country);
    await expect.element(page.getByRole('listbox')).toBeVisible();
    await settle();
    expect(fetchedListModules()).toHaveLength(fetched);
  });
});
