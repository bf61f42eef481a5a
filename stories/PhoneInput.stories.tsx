import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { resetCountryListLoader } from '../src/components/country-select/country-list-loader.js';
import { PhoneInput } from '../src/components/PhoneInput.js';
import { phoneRules } from '../src/core/phone/rules.js';
import { PhoneField } from '../src/form/index.js';
import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';

const meta = {
  title: 'Components/PhoneInput',
  component: PhoneInput,
  args: { onChange: fn(), onCountryChange: fn() },
  argTypes: {
    messages: {
      name: 'messages (catalogue)',
      control: 'inline-radio',
      options: ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'],
      mapping: { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP },
    },
    defaultCountry: { control: 'text' },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof PhoneInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Mainland China by default: digits are grouped `138 0013 8000` as they are typed. */
export const DefaultChina: Story = {};

/** Test only (hidden from the sidebar and docs): {@link DefaultChina}, step by step. */
export const DefaultChinaBehaviour: Story = {
  ...DefaultChina,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const number = canvas.getByRole('textbox', { name: 'Phone number' });
    await expect(canvas.getByRole('combobox', { name: 'Country/region' })).toHaveValue('+86');
    await userEvent.type(number, '13800138000');
    await expect(number).toHaveValue('138 0013 8000');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      '+8613800138000',
      expect.objectContaining({ valid: true, phoneNumber: '13800138000', phoneCountryCode: '+86' }),
    );
  },
};

/**
 * Typing or pasting a full international number (`+44 …`, `0044 …`, `tel:+1…`) selects its
 * country and keeps only the national digits: the dial code is never duplicated.
 */
export const International: Story = {};

/** Test only (hidden from the sidebar and docs): {@link International}, step by step. */
export const InternationalBehaviour: Story = {
  ...International,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const number = canvas.getByRole('textbox', { name: 'Phone number' });
    const country = canvas.getByRole('combobox', { name: 'Country/region' });
    await userEvent.type(number, '+44 7400 123456');
    await expect(country).toHaveValue('+44');
    // The +44 rules load on demand: digits show as typed, then formatted once they are here.
    await waitFor(() => expect(number).toHaveValue('7400 123456'));
    await userEvent.clear(number);
    await userEvent.paste('tel:+1-201-555-0123');
    await expect(country).toHaveValue('+1');
    await waitFor(() => expect(number).toHaveValue('(201) 555-0123'));
    await waitFor(() =>
      expect(args.onChange).toHaveBeenLastCalledWith('+12015550123', expect.anything()),
    );
  },
};

/** A preselected country with a short list on top; search by name, ISO code or `+code`. */
export const PreselectedCountry: Story = {
  args: { defaultCountry: 'JP', preferredCountries: ['JP', 'CN', 'US'] },
};

/** Test only (hidden from the sidebar and docs): {@link PreselectedCountry}, step by step. */
export const PreselectedCountryBehaviour: Story = {
  ...PreselectedCountry,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const country = canvas.getByRole('combobox', { name: 'Country/region' });
    await expect(country).toHaveValue('+81');
    await userEvent.click(country);
    // The list's code is downloaded on first use.
    const options = await canvas.findAllByRole('option');
    await expect(options[0]).toHaveAccessibleName('Japan +81');
    await expect(options[1]).toHaveAccessibleName('China +86');
    await userEvent.keyboard('+852{Enter}');
    await expect(country).toHaveValue('+852');
    await expect(args.onCountryChange).toHaveBeenCalledWith('HK');
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveFocus();
  },
};

/** Mainland numbers only: the selector is a read-only field, and no country list is downloaded. */
export const MainlandOnly: Story = {
  args: { countries: ['CN'] },
};

/**
 * Test only (hidden from the sidebar and docs): the country list's chunk cannot be downloaded
 * (offline, a Content Security Policy). The selector says so, in reach of axe, and the number
 * field keeps working.
 */
export const CountryListUnavailableBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  beforeEach: () => {
    resetCountryListLoader(() => Promise.reject(new TypeError('Failed to fetch')));
    return () => resetCountryListLoader();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const country = canvas.getByRole('combobox', { name: 'Country/region' });
    await userEvent.click(country);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(enUS.countryListUnavailable);
    await expect(country).toHaveFocus();
    await expect(country).toHaveAttribute('aria-expanded', 'false');
    const number = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.type(number, '13800138000');
    await waitFor(() => expect(number).toHaveValue('138 0013 8000'));
  },
};

/** A Beijing fixed line cannot receive an SMS: the reason is shown and tied to the input. */
export const Invalid: Story = {
  args: { defaultValue: '+861012345678', invalid: true },
};

/** Test only (hidden from the sidebar and docs): {@link Invalid}, step by step. */
export const InvalidBehaviour: Story = {
  ...Invalid,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const number = within(canvasElement).getByRole('textbox', { name: 'Phone number' });
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await expect(number).toHaveAccessibleDescription(
      'Enter a mobile number that can receive text messages.',
    );
  },
};

/** Both controls are disabled. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: '+8613800138000' },
};

/** Test only (hidden from the sidebar and docs): {@link Disabled}, step by step. */
export const DisabledBehaviour: Story = {
  ...Disabled,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toBeDisabled();
    await expect(canvas.getByRole('combobox', { name: 'Country/region' })).toBeDisabled();
  },
};

/** Chinese labels and country names; English names still match the search. */
export const ChineseLocale: Story = {
  args: { messages: zhCN },
};

/** Test only (hidden from the sidebar and docs): {@link ChineseLocale}, step by step. */
export const ChineseLocaleBehaviour: Story = {
  ...ChineseLocale,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const country = canvas.getByRole('combobox', { name: '国家/地区' });
    await userEvent.click(country);
    await userEvent.keyboard('日本');
    await expect((await canvas.findAllByRole('option'))[0]).toHaveAccessibleName('日本 +81');
    await userEvent.keyboard('{Escape}');
    await expect(country).toHaveValue('+86');
    await expect(canvas.getByRole('textbox', { name: '手机号' })).toBeVisible();
  },
};

interface SignUpValues {
  phone: string;
}

function SignUpForm() {
  const { control, handleSubmit } = useForm<SignUpValues>({ defaultValues: { phone: '' } });
  const [submitted, setSubmitted] = useState<string | null>(null);
  return (
    <form onSubmit={handleSubmit((values) => setSubmitted(values.phone))}>
      <PhoneField control={control} name="phone" rules={phoneRules({ required: true })} />
      <button type="submit">Sign up</button>
      {submitted ? <output aria-label="Submitted">{submitted}</output> : null}
    </form>
  );
}

/** Inside a react-hook-form form via `<PhoneField>` and `phoneRules`: errors focus the input. */
export const InReactHookForm: Story = {
  render: () => <SignUpForm />,
};

/** Test only (hidden from the sidebar and docs): {@link InReactHookForm}, step by step. */
export const InReactHookFormBehaviour: Story = {
  ...InReactHookForm,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const number = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(number).toHaveFocus();
    await expect(number).toHaveAccessibleDescription('Enter your phone number.');
    await userEvent.type(number, '13800138000');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByRole('status', { name: 'Submitted' })).toHaveTextContent(
      '+8613800138000',
    );
  },
};
