import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthLocale } from '../../src/index.js';
import { DemoOutbox } from './DemoOutbox.js';
import { findAlert } from './find-alert.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import { ResetPassword } from './ResetPassword.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = { timeout: 3000 };
const EMAIL = 'ada@example.com';
const NUMBER = '13800138000';

const meta = {
  title: 'Pages/ResetPassword',
  component: ResetPassword,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onCodeSent: fn(), onPasswordReset: fn(), onBackToSignIn: fn() },
  // Ada has an account with both a phone and an email: either can get the reset code. (Tests:
  // the preview resets the story mock first; the persisted demo mock knows Ada from the start.)
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) {
      storyMock.addUser({ email: EMAIL, phone: NUMBER, phoneCountryCode: '+86' });
    }
  },
  render: (args) => (
    <div className="auth-demo">
      <ResetPassword {...args} />
      <DemoOutbox kind="email" />
      <DemoOutbox kind="sms" withReset={false} />
    </div>
  ),
} satisfies Meta<typeof ResetPassword>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

const stepHeading = (canvas: Canvas, name: string) =>
  canvas.findByRole('heading', { level: 2, name }, NETWORK);

/**
 * Forgot password by email: the code goes to the account's address (`CHANNEL_RESET_PASSWORD`),
 * is checked at the code step, then the new password is set. `ada@example.com` has an account.
 */
export const Default: Story = {};

/** The same by SMS: the account's number is `138 0013 8000`. */
export const ByPhone: Story = { args: { defaultMethod: 'phone' } };

/** Sets the new password on the last step, then checks the end of the flow. */
async function choosePassword(canvas: Canvas, args: Story['args']) {
  const password = canvas.getByLabelText('New password');
  await expect(password).toHaveFocus();
  await userEvent.keyboard('abc{Enter}');
  await findAlert(canvas, 'Your password does not meet all the requirements yet.');
  const toggle = canvas.getByRole('button', { name: 'Show password' });
  await tabTo(toggle);
  await userEvent.keyboard(' ');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(password).toHaveAttribute('type', 'text');
  await tabTo(password, { backwards: true });
  await userEvent.keyboard('{End}def-123{Enter}');
  await expect(await stepHeading(canvas, 'Password changed')).toHaveFocus();
  await expect(within(canvas.getByRole('main')).getByRole('status')).toHaveTextContent(
    'Your password has been changed.',
  );
  await expect(args?.onPasswordReset).toHaveBeenCalledTimes(1);
  await activate(canvas.getByRole('button', { name: 'Back to sign-in' }));
  await expect(args?.onBackToSignIn).toHaveBeenCalledTimes(1);
}

/** Test only (hidden from the sidebar and docs): {@link Default}, by keyboard alone. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'My email' })).toBeChecked();
    await tabTo(canvas.getByRole('textbox', { name: 'Email' }));
    await userEvent.keyboard(EMAIL);
    await activate(canvas.getByRole('button', { name: 'Send code' }));
    await stepHeading(canvas, 'Enter the code');
    await expect(args.onCodeSent).toHaveBeenCalledWith(EMAIL);
    await expect(canvas.getByText(`We sent a code to ${EMAIL}.`, { exact: false })).toBeVisible();
    const code = storyMock.lastCodeFor(EMAIL, 'CHANNEL_RESET_PASSWORD') ?? '';
    await expect(code).toMatch(/^\d{6}$/);

    // A wrong code is caught here by the pre-check, which spends nothing.
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await expect(input).toHaveFocus();
    await userEvent.keyboard(code === '000000' ? '111111' : '000000');
    await findAlert(canvas, 'Invalid verification code');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.keyboard(code);
    await stepHeading(canvas, 'Choose a new password');
    await choosePassword(canvas, args);
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** Test only: {@link ByPhone}, by keyboard alone, with a cooldown kept per channel and number. */
export const ByPhoneBehaviour: Story = {
  ...ByPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('138 0013 8000');
    await activate(canvas.getByRole('button', { name: 'Send code' }));
    await stepHeading(canvas, 'Enter the code');
    await expect(args.onCodeSent).toHaveBeenCalledWith(`+86${NUMBER}`);
    await expect(storyMock.lastCodeFor(NUMBER, 'CHANNEL_RESET_PASSWORD')).toMatch(/^\d{6}$/);

    // Back to the first step: the number is cooling down on this channel, no second SMS.
    await activate(canvas.getByRole('button', { name: 'Back' }));
    await expect(await stepHeading(canvas, 'Where should we send the code?')).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await activate(canvas.getByRole('button', { name: 'Resend code' }));
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** Test only: {@link ByPhone} to the end. */
export const ByPhoneCompletes: Story = {
  ...ByPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('138 0013 8000');
    await activate(canvas.getByRole('button', { name: 'Send code' }));
    await stepHeading(canvas, 'Enter the code');
    await userEvent.keyboard(storyMock.lastCodeFor(NUMBER, 'CHANNEL_RESET_PASSWORD') ?? '');
    await stepHeading(canvas, 'Choose a new password');
    await choosePassword(canvas, args);
  },
};

/** Test only: the `locale` toolbar (here `globals`) switches the kit's texts and the page's own. */
async function speaksLocale(canvasElement: HTMLElement, locale: GenAuthLocale) {
  const text = PAGE_TEXTS[locale];
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector(`[lang="${locale}"]`)).not.toBeNull();
  await expect(
    canvas.getByRole('heading', { level: 1, name: text.resetPassword.title }),
  ).toBeVisible();
  await expect(canvas.getByRole('group', { name: text.resetPassword.methodLabel })).toBeVisible();
  await userEvent.type(canvas.getByRole('textbox', { name: text.kit.emailLabel }), EMAIL);
  await userEvent.click(canvas.getByRole('button', { name: text.kit.sendCode }));
  await stepHeading(canvas, text.resetPassword.stepTitles.code);
  await expect(canvas.getByText(text.resetPassword.codeSentTo(EMAIL))).toBeVisible();
  await userEvent.keyboard(storyMock.lastCodeFor(EMAIL, 'CHANNEL_RESET_PASSWORD') ?? '');
  await stepHeading(canvas, text.resetPassword.stepTitles.password);
  await expect(canvas.getByLabelText(text.kit.newPasswordLabel)).toBeVisible();
  await expect(canvas.getByRole('button', { name: text.kit.showPassword })).toBeVisible();
  await waitFor(() =>
    expect(canvas.getByRole('list', { name: text.kit.passwordRulesTitle })).toHaveTextContent(
      text.kit.passwordRuleMinLength(6),
    ),
  );
}

/** Test only: simplified Chinese throughout. */
export const SpeaksZhCN: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-CN' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, 'zh-CN'),
};

/** Test only: traditional Chinese (Taiwan) throughout. */
export const SpeaksZhTW: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-TW' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, 'zh-TW'),
};

/** Test only: Japanese throughout. */
export const SpeaksJaJP: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'ja-JP' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, 'ja-JP'),
};
