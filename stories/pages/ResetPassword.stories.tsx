import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, ResetPassword } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { HeadlessResetPassword } from './HeadlessResetPassword.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import './pages.css';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { phoneFlowArgTypes } from './flow-arg-types.js';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
const ADA_PHONE = '13800138000';
const ADA_EMAIL = 'ada@example.com';
const CHANNEL = 'CHANNEL_RESET_PASSWORD';

const meta = {
  title: 'Pages/ResetPassword',
  component: ResetPassword,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onPasswordReset: fn(), onBackToSignIn: fn() },
  argTypes: { ...phoneFlowArgTypes, signInLink: { control: 'text' } },
  // Tests: the preview resets the story mock first; then Ada exists, with a phone and an email.
  // (The persisted demo mock knows her from the start.)
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) {
      storyMock.addUser({ phone: ADA_PHONE, phoneCountryCode: '+86', email: ADA_EMAIL });
    }
  },
  render: (args) => (
    // The demo device shows what the first method offered receives: texts or emails.
    <FlowDemo kind={(args.defaultMethod ?? args.methods?.[0]) === 'email' ? 'email' : 'sms'}>
      {(demo) => <ResetPassword key={demo.generation} resumeStore={demo.resumeStore} {...args} />}
    </FlowDemo>
  ),
} satisfies Meta<typeof ResetPassword>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/**
 * `<ResetPassword>` from `genauth-sms-react/flows`, untouched, by phone. Type `138 0013 8000`
 * (Ada, a demo user) and press Enter: the demo phone receives the code; type it, then choose a
 * new password. Reload, or open this story in a second tab, in the code step: it is still there.
 */
export const Default: Story = {};

/**
 * By email, with Ada's address filled in: press "Send code", the demo inbox receives the code.
 * (The email code step is not resumed after a reload: nothing about an address is stored.)
 */
export const ByEmail: Story = { args: { defaultMethod: 'email', defaultEmail: ADA_EMAIL } };

/**
 * A pool that resets by phone only (`methods={['phone']}`): no choice, straight to the number.
 * Its passwords need letters and numbers (`strength="medium"`): the rules say so on the last step.
 */
export const PhoneOnly: Story = { args: { methods: ['phone'], strength: 'medium' } };

/**
 * The slots: your own heading, a footer with a link back to sign-in on every step, and on the
 * last step a link of your router instead of the built-in button.
 */
export const WithLinks: Story = {
  args: {
    title: 'Forgot your password?',
    footer: (
      <p className="genauth-flow__hint">
        Remembered it? <a href="#sign-in">Sign in</a>
      </p>
    ),
    signInLink: <a href="#sign-in">Sign in with your new password</a>,
  },
};

/**
 * The same flow built headlessly with `useResetPasswordFlow` (source in the reset-password docs
 * page), by phone: the hook's steps, fields, actions and errors drawn with plain markup and
 * three kit inputs.
 */
export const Headless: Story = {
  render: () => <FlowDemo>{(demo) => <HeadlessResetPassword key={demo.generation} />}</FlowDemo>,
};

const locale = (messages: GenAuthFlowMessages) => messages.locale as GenAuthLocale;

/** From the code step on: types the code and the password, and checks the end. */
async function finish(canvas: Canvas, code: string, args: Story['args']) {
  await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
  await userEvent.keyboard(code);
  const passwordStep = await canvas.findByRole(
    'heading',
    { name: 'Choose a new password' },
    NETWORK,
  );
  await expect(passwordStep).toHaveFocus();
  const password = canvas.getByLabelText('New password');
  await tabTo(password);
  await userEvent.keyboard('abc{Enter}');
  await findAlert(canvas, 'Your password does not meet all the requirements yet.');
  const toggle = canvas.getByRole('button', { name: 'Show password' });
  await tabTo(toggle);
  await userEvent.keyboard(' ');
  await expect(password).toHaveAttribute('type', 'text');
  await tabTo(password, { backwards: true });
  await userEvent.keyboard('{End}-123{Enter}');
  const done = await canvas.findByRole('heading', { name: 'Password changed' }, NETWORK);
  await expect(done).toHaveFocus();
  await expect(args?.onPasswordReset).toHaveBeenCalledTimes(1);
  await activate(canvas.getByRole('button', { name: 'Back to sign-in' }));
  await expect(args?.onBackToSignIn).toHaveBeenCalledTimes(1);
}

/** Test only: the whole reset by phone, by keyboard alone; Enter in the number sends. */
export const DefaultBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'My phone' })).toBeChecked();
    await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('138 0013 8000{Enter}');
    const codeStep = await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK);
    await expect(codeStep).toHaveFocus();
    await expect(canvas.getByText(/We sent a code to/)).toHaveTextContent(/\+86.138.0013.8000/);
    const code = storyMock.lastCodeFor(ADA_PHONE, CHANNEL) ?? '';
    await expect(code).toMatch(/^\d{6}$/);
    await finish(canvas, code, args);
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** Test only: the method choice by keyboard (one Tab stop, arrows), then by email to the end. */
export const ByEmailBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('radio', { name: 'My phone' }));
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('radio', { name: 'My email' })).toBeChecked();
    await tabTo(canvas.getByRole('textbox', { name: 'Email' }));
    await userEvent.keyboard(`${ADA_EMAIL}{Enter}`);
    await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK);
    await expect(canvas.getByText(/We sent a code to/)).toHaveTextContent(ADA_EMAIL);
    const code = storyMock.lastCodeFor(ADA_EMAIL, CHANNEL) ?? '';
    // A wrong code is caught here by the pre-check, which spends nothing.
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(input, code === '000000' ? '111111' : '000000');
    await findAlert(canvas, enUSFlows.resetPassword.wrongEmailCode);
    await userEvent.clear(input);
    await waitFor(() => expect(input).not.toHaveAttribute('aria-invalid', 'true'));
    await finish(canvas, code, args);
  },
};

/** Test only: "Use another number" goes back; the countdown stays with Ada's number. */
export const AnotherNumberBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), ADA_PHONE);
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK);
    await activate(canvas.getByRole('button', { name: 'Use another number' }));
    await expect(canvas.getByRole('heading', { name: 'Reset your password' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(canvas.getByRole('button', { name: 'I have a code' })).toBeVisible();
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Phone number' }));
    await expect(canvas.getByRole('button', { name: 'Send code' })).not.toHaveAttribute(
      'aria-disabled',
    );
  },
};

/** Test only: the headless build resets the password too: code checked, rules, done. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), ADA_PHONE);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 138 0013 8000/ }, NETWORK);
    const code = storyMock.lastCodeFor(ADA_PHONE, CHANNEL) ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: /New password for \+86 138 0013 8000/ }, NETWORK);
    const password = canvas.getByLabelText('New password');
    await userEvent.type(password, 'abc{Enter}');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(password, '-123');
    await userEvent.click(canvas.getByRole('button', { name: 'Save password' }));
    await canvas.findByRole('heading', { name: 'Password saved: sign in with it' }, NETWORK);
  },
};

/** Test only: the toolbar's locale reaches every text of the flow, to the password rules. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  const kit = PAGE_TEXTS[locale(messages)].kit;
  const text = messages.resetPassword;
  await expect(canvas.getByRole('heading', { name: text.title })).toBeVisible();
  await expect(canvas.getByRole('radiogroup', { name: text.methodLabel })).toBeVisible();
  await userEvent.click(canvas.getByRole('radio', { name: text.byEmail }));
  await userEvent.type(canvas.getByRole('textbox', { name: kit.emailLabel }), ADA_EMAIL);
  await userEvent.click(canvas.getByRole('button', { name: kit.sendCode }));
  await canvas.findByRole('heading', { name: text.stepTitles.code }, NETWORK);
  await expect(canvas.getByText(text.codeSentTo(ADA_EMAIL))).toBeVisible();
  await expect(canvas.getByRole('button', { name: text.useAnotherEmail })).toBeVisible();
  await userEvent.type(
    canvas.getByRole('textbox', { name: kit.codeLabel }),
    storyMock.lastCodeFor(ADA_EMAIL, CHANNEL) ?? '',
  );
  await canvas.findByRole('heading', { name: text.stepTitles.password }, NETWORK);
  await expect(canvas.getByLabelText(kit.newPasswordLabel)).toBeVisible();
  await expect(canvas.getByRole('button', { name: text.submit })).toBeVisible();
  await expect(canvas.getByRole('list', { name: kit.passwordRulesTitle })).toHaveTextContent(
    kit.passwordRuleMinLength(6),
  );
}

/** Test only: simplified Chinese throughout. */
export const SpeaksZhCN: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-CN' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhCNFlows),
};

/** Test only: traditional Chinese (Taiwan) throughout. */
export const SpeaksZhTW: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-TW' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhTWFlows),
};

/** Test only: Japanese throughout. */
export const SpeaksJaJP: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'ja-JP' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, jaJPFlows),
};
