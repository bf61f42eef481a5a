import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { NewPasswordInput } from '../src/components/NewPasswordInput.js';
import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';

const meta = {
  title: 'Components/NewPasswordInput',
  component: NewPasswordInput,
  args: { strength: 'low', onChange: fn(), onBlur: fn() },
  argTypes: {
    strength: { control: 'inline-radio', options: ['none', 'low', 'medium', 'high'] },
    messages: {
      name: 'messages (catalogue)',
      control: 'inline-radio',
      options: ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'],
      mapping: { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP },
    },
    label: { control: 'text' },
    errorMessage: { control: 'text' },
    defaultValue: { control: 'text' },
    value: { control: 'text' },
    name: { control: 'text' },
    id: { control: 'text' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    ref: { control: false },
  },
} satisfies Meta<typeof NewPasswordInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The pool's default strength (`low`): type a password and watch the rules tick; press
 * "Show password" to read it back. Try `strength` in Controls for the other levels.
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('New password');
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByRole('list', { name: 'Your password needs' })).toBeVisible();
    await userEvent.type(input, 'abc');
    await expect(args.onChange).toHaveBeenLastCalledWith('abc', { accepted: false });
    await userEvent.type(input, 'def');
    await expect(args.onChange).toHaveBeenLastCalledWith('abcdef', { accepted: true });
    // The password is never copied into the `value` attribute (CSS and DOM snapshots read it).
    await expect(input).not.toHaveAttribute('value', 'abcdef');
    const toggle = canvas.getByRole('button', { name: 'Show password' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(input).toHaveAttribute('type', 'text');
  },
};

/** `strength="medium"`: two kinds of characters. Type `password`, then `password1`. */
export const Medium: Story = {
  args: { strength: 'medium' },
};

/** `strength="high"`: letters, numbers and symbols. Starts with a password that misses one. */
export const High: Story = {
  args: { strength: 'high', defaultValue: 'genauth2026' },
};

/** Test only (hidden from the sidebar and docs): {@link High}, step by step. */
export const HighBehaviour: Story = {
  ...High,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const rule = canvas.getByText('Letters, numbers and symbols');
    await expect(rule).not.toHaveAttribute('data-met');
    await expect(rule).toHaveTextContent('not yet');
    await userEvent.type(canvas.getByLabelText('New password'), '!');
    await expect(args.onChange).toHaveBeenLastCalledWith('genauth2026!', { accepted: true });
    await expect(rule).toHaveAttribute('data-met');
    await expect(rule).toHaveTextContent('done');
  },
};

/** The server refused the password: the error is announced and describes the input. */
export const WithError: Story = {
  args: {
    defaultValue: '123456',
    errorMessage: 'This password is not allowed here. Choose a stronger one.',
  },
};

/** Test only (hidden from the sidebar and docs): {@link WithError}, step by step. */
export const WithErrorBehaviour: Story = {
  ...WithError,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('New password');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'This password is not allowed here. Choose a stronger one.',
    );
    await expect(input).toHaveAccessibleDescription(
      expect.stringContaining('This password is not allowed here.'),
    );
  },
};
