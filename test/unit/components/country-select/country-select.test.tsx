import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../../src/i18n/zh-CN.js';
import {
  CountrySelectHarness,
  renderCountrySelectInForm,
} from '../../../helpers/country-select-harness.js';

const setup = renderCountrySelectInForm;

const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent);
/** The open list: its code loads on first use, so the first check of each test waits for it. */
const openList = () => screen.findByRole('listbox', { name: 'Countries and regions' });

describe('CountrySelect', () => {
  it('is a labelled, collapsed combobox showing the calling code and describing the country', () => {
    const { combobox } = setup();
    expect(combobox).toHaveValue('+86');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveAttribute('autocomplete', 'tel-country-code');
    expect(combobox).toHaveAccessibleDescription('China');
    expect(screen.queryByRole('option')).toBeNull();
  });

  it('filters by name as you type and picks with Enter without submitting the form', async () => {
    const { user, combobox, onSubmit, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('japan');
    expect(await openList()).toBeVisible();
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(optionNames()).toEqual(['JP Japan +81']);
    expect(screen.getByRole('option', { name: 'Japan +81' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('JP');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(combobox).toHaveValue('+81');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
  });

  it.each([
    ['ISO code', 'gb', 'United Kingdom +44'],
    ['calling code digits', '86', 'China +86'],
    ['calling code with plus', '+852', 'Hong Kong SAR China +852'],
    ['part of a name', 'zeal', 'New Zealand +64'],
  ])('searches by %s', async (_label, query, first) => {
    const { user, combobox } = setup();
    await user.click(combobox);
    await user.keyboard(query);
    await openList();
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(first);
  });

  it('moves through options with arrows, Home and End via aria-activedescendant', async () => {
    const { user, combobox } = setup({ countries: ['CN', 'JP', 'US', 'FR'] });
    await user.click(combobox);
    await openList();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowDown}');
    const active = () =>
      document.getElementById(combobox.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveAccessibleName('China +86');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAccessibleName('France +33');
    await user.keyboard('{End}');
    expect(active()).toHaveAccessibleName('United States +1');
    await user.keyboard('{ArrowDown}');
    expect(active()).toHaveAccessibleName('United States +1');
    await user.keyboard('{Home}');
    expect(active()).toHaveAccessibleName('China +86');
    await user.keyboard('{ArrowUp}{ArrowDown}{ArrowDown}{Enter}');
    expect(combobox).toHaveValue('+81');
  });

  it('closes on Escape and restores the selected country', async () => {
    const { user, combobox, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('fra{ArrowDown}');
    await openList();
    await user.keyboard('{Escape}');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveValue('+86');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('closes on Tab and on blur without changing the country', async () => {
    const { user, combobox, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('japan');
    await openList();
    await user.tab();
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(combobox).toHaveValue('+86');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('picks with a click', async () => {
    const { user, combobox, onPick } = setup();
    await user.click(combobox);
    await user.keyboard('singa');
    await user.click(await screen.findByRole('option', { name: 'Singapore +65' }));
    expect(onPick).toHaveBeenCalledWith('SG');
    expect(combobox).toHaveValue('+65');
    expect(combobox).toHaveFocus();
  });

  it('lists preferred countries first and honours the allow-list', async () => {
    const { user, combobox } = setup({
      countries: ['CN', 'HK', 'US', 'GB'],
      preferredCountries: ['US', 'CN'],
    });
    await user.click(combobox);
    await openList();
    expect(optionNames()).toEqual([
      'US United States +1',
      'CN China +86',
      'HK Hong Kong SAR China +852',
      'GB United Kingdom +44',
    ]);
    await user.keyboard('japan');
    expect(screen.queryByRole('option')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('No results');
  });

  it('selects an autofilled calling code (tel-country-code)', async () => {
    const { combobox, onPick } = setup();
    fireEvent.change(combobox, { target: { value: '+44' } });
    await waitFor(() => expect(onPick).toHaveBeenCalledWith('GB'));
    expect(combobox).toHaveValue('+44');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
  });

  it('speaks Chinese and still finds English names', async () => {
    const user = userEvent.setup();
    render(<CountrySelectHarness messages={zhCN} />);
    const combobox = screen.getByRole('combobox', { name: '国家/地区' });
    expect(combobox).toHaveAccessibleDescription('中国');
    await user.click(combobox);
    await user.keyboard('日本');
    await screen.findByRole('listbox', { name: '国家和地区' });
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('日本 +81');
    await user.clear(combobox);
    await user.keyboard('germany');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('德国 +49');
  });

  it('can be disabled, labelled visibly, and left unstyled', () => {
    render(<CountrySelectHarness disabled label="Region" unstyled className="mine" />);
    const combobox = screen.getByRole('combobox', { name: 'Region' });
    expect(combobox).toBeDisabled();
    const root = combobox.closest('[data-country]');
    expect(root).toHaveAttribute('data-disabled');
    expect(root?.className).toBe('mine');
  });
});
