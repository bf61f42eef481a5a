import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CountryCode } from 'libphonenumber-js/core';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CountrySelect } from '../src/components/country-select/CountrySelect.js';
import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';

const meta = {
  title: 'Components/CountrySelect',
  component: CountrySelect,
  args: { value: 'CN', onChange: fn() },
  argTypes: {
    value: { control: 'text' },
    label: { control: 'text' },
    countries: { control: 'object' },
    preferredCountries: { control: 'object' },
    messages: {
      name: 'messages (catalogue)',
      control: 'inline-radio',
      options: ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'],
      mapping: { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP },
    },
    id: { control: 'text' },
    'aria-describedby': { control: 'text' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    ref: { control: false },
  },
  // A controlled component: the story keeps the chosen country (starting from `value`).
  render: function Render(args) {
    const [value, setValue] = useState<CountryCode>(args.value);
    return (
      <CountrySelect
        {...args}
        value={value}
        onChange={(next) => {
          setValue(next);
          args.onChange(next);
        }}
      />
    );
  },
} satisfies Meta<typeof CountrySelect>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Click it (the list downloads on first use), then type a name, an ISO code or digits such as
 * `852`, and pick with the arrows and Enter; Escape closes and restores the choice.
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Country/region' });
    await expect(input).toHaveValue('+86');
    await userEvent.click(input);
    await expect(await canvas.findByRole('listbox')).toBeVisible();
    await userEvent.keyboard('+852{Enter}');
    await expect(input).toHaveValue('+852');
    await expect(args.onChange).toHaveBeenCalledWith('HK');
    await userEvent.click(input);
    await userEvent.keyboard('Japan{Escape}');
    await expect(input).toHaveValue('+852');
  },
};

/** `preferredCountries` come first in the list, the rest alphabetically after them. Open it. */
export const PreferredCountries: Story = {
  args: { preferredCountries: ['CN', 'HK', 'TW', 'SG'] },
};

/** Test only (hidden from the sidebar and docs): {@link PreferredCountries}, step by step. */
export const PreferredCountriesBehaviour: Story = {
  ...PreferredCountries,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Country/region' }));
    const options = await canvas.findAllByRole('option');
    await expect(options[0]).toHaveAccessibleName('China +86');
    await expect(options[1]).toHaveAccessibleName('Hong Kong +852');
    await expect(options[3]).toHaveAccessibleName('Singapore +65');
  },
};

/** One allowed country (`countries={['CN']}`): a read-only field, no list to download. */
export const OneAllowedCountry: Story = {
  args: { countries: ['CN'] },
};

/** Test only (hidden from the sidebar and docs): {@link OneAllowedCountry}, step by step. */
export const OneAllowedCountryBehaviour: Story = {
  ...OneAllowedCountry,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('combobox')).toBeNull();
    const input = canvas.getByRole('textbox', { name: 'Country/region' });
    await expect(input).toHaveAttribute('readonly');
    await expect(input).toHaveValue('+86');
  },
};

/** With a visible label (`label`) instead of the built-in accessible name. */
export const WithLabel: Story = {
  args: { label: 'Country or region of your phone', value: 'JP' },
};
