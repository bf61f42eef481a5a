import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { useCountryListLoad } from '../../src/components/country-select/country-list-loader.js';
import { PhoneInput } from '../../src/index.js';
import { STATE_WAIT } from '../helpers/state-wait.js';

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

/**
 * Where the page's country list chunk stands. Every fetch of the chunk goes through its loader,
 * which says `loading` the instant it calls `import()`, so "never fetched" is this state staying
 * `idle`, read at once, rather than the absence of a finished request after some pause.
 */
function ListLoad() {
  return <output aria-label="country list load">{useCountryListLoad().status}</output>;
}
const listLoad = () => page.getByRole('status', { name: 'country list load' });

// Chromium keeps 250 resource entries by default and drops later ones (see phone-pieces).
beforeAll(() => performance.setResourceTimingBufferSize(10_000));
afterEach(() => cleanup());

// One page for the whole file, in this order: the chunk is fetched at most once per page.
describe('the country list chunk over the network', () => {
  it('is never fetched when one country is allowed, even when the field is used', async () => {
    render(
      <>
        <PhoneInput defaultCountry="CN" countries={['CN']} />
        <ListLoad />
      </>,
    );
    const country = page.getByRole('textbox', { name: 'Country/region' });
    await expect.element(country, STATE_WAIT).toHaveValue('+86');
    await userEvent.click(country);
    await userEvent.keyboard('{ArrowDown}jp{Enter}');
    const number = page.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(number, '13800138000');
    await expect.element(number, STATE_WAIT).toHaveValue('138 0013 8000');
    await expect.element(listLoad()).toHaveTextContent('idle');
    expect(fetchedListModules()).toEqual([]);
  });

  it('is not fetched on mount or for typing a number, only when the list is first opened', async () => {
    render(
      <>
        <PhoneInput defaultCountry="CN" />
        <ListLoad />
      </>,
    );
    const number = page.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(number, '13800138000');
    await expect.element(number, STATE_WAIT).toHaveValue('138 0013 8000');
    await expect.element(listLoad()).toHaveTextContent('idle');
    expect(fetchedListModules()).toEqual([]);

    // Typed at once after the click: the keys must survive the download.
    const country = page.getByRole('combobox', { name: 'Country/region' });
    await userEvent.click(country);
    await userEvent.keyboard('japan');
    await expect.element(page.getByRole('option', { name: 'Japan +81' }), STATE_WAIT).toBeVisible();
    expect(fetchedListModules()).toContain('country-list-ui');
    // The search too is the list's, not the page's.
    expect(fetchedListModules()).toContain('search-countries');
    await userEvent.keyboard('{Enter}');
    await expect.element(country, STATE_WAIT).toHaveValue('+81');
    await expect.element(number, STATE_WAIT).toHaveFocus();

    // A second opening fetches nothing more: the loader stays `ready` (it never loads again).
    await expect.element(listLoad()).toHaveTextContent('ready');
    const fetched = fetchedListModules().length;
    await userEvent.click(country);
    await expect.element(page.getByRole('listbox'), STATE_WAIT).toBeVisible();
    await expect.element(listLoad()).toHaveTextContent('ready');
    expect(fetchedListModules()).toHaveLength(fetched);
  });
});
