import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetCountryListLoader } from '../../../../src/components/country-select/country-list-loader.js';
import { zhTW } from '../../../../src/i18n/zh-TW.js';
import { CountrySelect, PhoneInput } from '../../../../src/index.js';
import { type HeldCountryList, holdCountryList } from '../../../helpers/country-list.js';
import {
  CountrySelectHarness,
  renderCountrySelectInForm,
} from '../../../helpers/country-select-harness.js';

// The list's chunk (search, options, keyboard) is requested through a gate each test opens.
let gate: { requests: HeldCountryList[] };
beforeEach(() => {
  gate = holdCountryList();
});
afterAll(() => resetCountryListLoader());

const arrive = (index = 0) => act(() => gate.requests[index]?.arrive());
const fail = (index = 0) => act(() => gate.requests[index]?.fail());

const setup = renderCountrySelectInForm;

const listbox = () => screen.queryByRole('listbox', { name: 'Countries and regions' });
const loading = () => screen.queryByText('Loading countries and regions…');
const activeOption = (combobox: HTMLElement) =>
  document.getElementById(combobox.getAttribute('aria-activedescendant') ?? '');

describe('the country list loads on first use', () => {
  it('is not requested on mount: the closed selector is all there is', async () => {
    const { combobox } = setup();
    // The mount's effects have run (render is wrapped in act) and their promises settled: a
    // request made on mount would be in the gate by now, whatever the time.
    await act(async () => {});
    expect(gate.requests).toHaveLength(0);
    expect(combobox).toHaveValue('+86');
    expect(combobox).toHaveAccessibleDescription('China');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('is requested once, on the first interaction, and opens when it arrives', async () => {
    const { user, combobox } = setup();
    await user.click(combobox);
    expect(gate.requests).toHaveLength(1);
    expect(combobox).toHaveFocus();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    // Where the list will be, something says it is coming.
    expect(loading()).toBeVisible();
    await arrive();
    expect(loading()).toBeNull();
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(listbox()).toBeVisible();
    expect(activeOption(combobox)).toHaveAccessibleName('China +86');
    await user.keyboard('{Escape}');
    await user.click(combobox);
    await user.keyboard('fr');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('France +33');
    expect(gate.requests).toHaveLength(1);
  });

  it('is loaded once for every selector of the page', async () => {
    const user = userEvent.setup();
    render(
      <>
        <CountrySelectHarness label="First" />
        <CountrySelectHarness label="Second" />
      </>,
    );
    await user.click(screen.getByRole('combobox', { name: 'First' }));
    await user.click(screen.getByRole('combobox', { name: 'Second' }));
    expect(gate.requests).toHaveLength(1);
    await arrive();
    expect(screen.getByRole('combobox', { name: 'Second' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('keeps what is typed while it loads and applies it when it arrives, Enter included', async () => {
    const { user, combobox, onSubmit, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('japan');
    // The text shows as typed; nothing pretends to be a list yet.
    expect(combobox).toHaveValue('japan');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveAttribute('aria-busy', 'true');
    await user.keyboard('{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onPick).not.toHaveBeenCalled();
    await arrive();
    expect(onPick).toHaveBeenCalledWith('JP');
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(combobox).toHaveValue('+81');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).not.toHaveAttribute('aria-busy');
    expect(combobox).toHaveFocus();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('applies arrow keys pressed while it loads', async () => {
    const { user, combobox } = setup({ countries: ['CN', 'JP', 'US', 'FR'] });
    combobox.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await arrive();
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    // Opened on China, then one down: France.
    expect(activeOption(combobox)).toHaveAccessibleName('France +33');
  });

  it('forgets nothing when the field is left before it arrives: Escape restores, nothing is picked', async () => {
    const { user, combobox, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('ger{Escape}');
    expect(combobox).toHaveValue('+86');
    expect(loading()).toBeNull();
    await arrive();
    expect(combobox).toHaveValue('+86');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('says so when it cannot load, and the next interaction tries again', async () => {
    const { user, combobox } = setup();
    await user.click(combobox);
    await user.keyboard('jap');
    await fail();
    expect(loading()).toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      "Couldn't load the list of countries. Check your connection and try again.",
    );
    expect(combobox).toHaveAccessibleDescription(expect.stringContaining("Couldn't load"));
    expect(combobox).toHaveValue('jap');
    expect(combobox).toHaveFocus();

    await user.keyboard('a');
    expect(gate.requests).toHaveLength(2);
    // Still said while the retry is on its way: no blinking message.
    expect(screen.getByRole('alert')).toBeVisible();
    expect(loading()).toBeNull();
    await arrive(1);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('Japan +81');
    expect(activeOption(combobox)).toHaveAccessibleName('Japan +81');
  });

  it('a failed load retried by a click opens on the selected country', async () => {
    const { user, combobox } = setup();
    await user.click(combobox);
    await fail();
    expect(screen.getByRole('alert')).toBeVisible();
    await user.click(combobox);
    expect(gate.requests).toHaveLength(2);
    await arrive(1);
    expect(activeOption(combobox)).toHaveAccessibleName('China +86');
  });

  it('says it in the catalogue in use', async () => {
    const user = userEvent.setup();
    render(<CountrySelectHarness messages={zhTW} />);
    await user.click(screen.getByRole('combobox', { name: '國家/地區' }));
    expect(screen.getByText(zhTW.countryListLoading)).toBeVisible();
    await fail();
    expect(screen.getByRole('alert')).toHaveTextContent(zhTW.countryListUnavailable);
  });
});

describe('one allowed country', () => {
  it('is a read-only display of it and never loads the list', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CountrySelect value="CN" onChange={onChange} countries={['CN']} />);
    expect(screen.queryByRole('combobox')).toBeNull();
    const field = screen.getByRole('textbox', { name: 'Country/region' });
    expect(field).toHaveValue('+86');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription('China');
    await user.click(field);
    await user.keyboard('{ArrowDown}jp{Enter}');
    expect(field).toHaveValue('+86');
    expect(gate.requests).toHaveLength(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('in a phone field: the number still works, the list never loads', async () => {
    const user = userEvent.setup();
    render(<PhoneInput defaultCountry="CN" countries={['CN']} />);
    await user.click(screen.getByRole('textbox', { name: 'Country/region' }));
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '13800138000');
    expect(screen.getByRole('textbox', { name: 'Phone number' })).toHaveValue('138 0013 8000');
    expect(gate.requests).toHaveLength(0);
  });

  it('stays a combobox when the value is not the one allowed country, so it can be fixed', () => {
    render(<CountrySelect value="US" onChange={() => {}} countries={['CN']} />);
    expect(screen.getByRole('combobox', { name: 'Country/region' })).toHaveValue('+1');
  });
});
