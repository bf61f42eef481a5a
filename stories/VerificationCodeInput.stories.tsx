import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { storyLocale } from '../.storybook/locales.js';
import { VerificationCodeInput } from '../src/components/VerificationCodeInput.js';
import { zhCN } from '../src/i18n/zh-CN.js';

const meta = {
  title: 'Components/VerificationCodeInput',
  component: VerificationCodeInput,
  args: { length: 6, onChange: fn(), onComplete: fn() },
  argTypes: { errorMessage: { control: 'text' } },
} satisfies Meta<typeof VerificationCodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Six digits, typed one by one: `onComplete` fires once with the whole code. */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(input);
    await userEvent.keyboard('12a3456');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
    await userEvent.keyboard('{Backspace}');
    await expect(input).toHaveValue('12345');
  },
};

/** A four-digit code, pasted straight from the SMS text. */
export const FourDigits: Story = {
  args: { length: 4 },
};

/** Test only (hidden from the sidebar and docs): {@link FourDigits}, step by step. */
export const FourDigitsBehaviour: Story = {
  ...FourDigits,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.click(input);
    await userEvent.paste('Your GenAuth code is 4321. It expires in 5 minutes.');
    await expect(input).toHaveValue('4321');
    await expect(args.onComplete).toHaveBeenCalledWith('4321');
  },
};

/**
 * The server refused the code: the message is announced and describes the input. It speaks the
 * toolbar's locale (the flows' `errors.wrongCode`) unless you type your own `errorMessage`.
 */
export const InvalidWithError: Story = {
  args: { defaultValue: '123456' },
  render: (args, { globals }) => (
    <VerificationCodeInput
      {...args}
      errorMessage={args.errorMessage || storyLocale(globals.locale).flowMessages.errors.wrongCode}
    />
  ),
};

/** Test only (hidden from the sidebar and docs): {@link InvalidWithError}, step by step. */
export const InvalidWithErrorBehaviour: Story = {
  ...InvalidWithError,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      "That code isn't right. Check the text message and try again.",
    );
    await expect(canvas.getByRole('alert')).toBeVisible();
  },
};

/** Test only (hidden from the sidebar and docs): {@link InvalidWithError} follows the locale. */
export const InvalidWithErrorJaJPBehaviour: Story = {
  ...InvalidWithError,
  name: 'Invalid with error ja-JP behaviour',
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'ja-JP' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await expect(input).toHaveAccessibleDescription('認証コードが正しくありません。');
  },
};

/** Disabled, e.g. while the code is being checked. */
export const Disabled: Story = {
  args: { defaultValue: '12', disabled: true },
};

/** Test only (hidden from the sidebar and docs): {@link Disabled}, step by step. */
export const DisabledBehaviour: Story = {
  ...Disabled,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await expect(input).toBeDisabled();
    await userEvent.type(input, '3456');
    await expect(input).toHaveValue('12');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** Chinese label; full-width digits from a Chinese IME become ASCII. */
export const ZhCN: Story = {
  name: 'zh-CN',
  args: { messages: zhCN },
};

/** Test only (hidden from the sidebar and docs): {@link ZhCN}, step by step. */
export const ZhCNBehaviour: Story = {
  ...ZhCN,
  name: 'zh-CN behaviour',
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: '验证码' });
    await userEvent.click(input);
    await userEvent.paste('【GenAuth】您的验证码是 １２３４５６，5 分钟内有效。');
    await expect(input).toHaveValue('123456');
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
  },
};
