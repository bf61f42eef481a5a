// A closed selector shows one country: mounting it must not name and sort all ~245 of them
// (a few ms of Intl work per locale on a phone, paid by every login page that never opens the
// list). Its own file: the sorted list is cached per locale for the module's lifetime.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zhTW } from '../../../../src/i18n/zh-TW.js';
import { CountrySelectHarness } from '../../../helpers/country-select-harness.js';

afterEach(() => vi.restoreAllMocks());

describe('the closed country selector', () => {
  it('names only the shown country, and sorts the list when it first opens', async () => {
    const { Collator } = Intl;
    const collators = vi.spyOn(Intl, 'Collator').mockImplementation(function collator(
      ...args: ConstructorParameters<typeof Collator>
    ) {
      return new Collator(...args);
    } as typeof Collator);
    const user = userEvent.setup();
    render(<CountrySelectHarness initial="GB" messages={zhTW} />);
    const combobox = screen.getByRole('combobox', { name: zhTW.countryLabel });
    expect(combobox).toHaveValue('+44');
    expect(combobox).toHaveAccessibleDescription('英國');
    expect(collators).not.toHaveBeenCalled();

    await user.click(combobox);
    expect(await screen.findByRole('listbox', { name: zhTW.countryListLabel })).toBeVisible();
    expect(collators).toHaveBeenCalled();
  });
});
