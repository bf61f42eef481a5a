import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PASSWORD_DEMO_USERS, storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import { STATE_WAIT } from '../../.storybook/waits.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, PasswordSignIn } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { flowArgTypes } from './flow-arg-types.js';
import { HeadlessPasswordSignIn } from './HeadlessPasswordSignIn.js';
import { activate, tabTo } from './keyboard.js';
import { SignedInPanel } from './SignedInPanel.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
const FAY_MFA_PHONE = '13300133000';

const meta = {
  title: 'Pages/PasswordSignIn',
  component: PasswordSignIn,
  // The persisted demo: Fay, Gus and Hal are demo users of it (see .storybook/genauth.ts).
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: {
    onSignedIn: fn(),
    forgotPassword: <a href="#reset-password">Forgot your password?</a>,
  },
  argTypes: {
    ...flowArgTypes,
    defaultAccount: { control: 'text' },
    signedIn: { control: false },
    forgotPassword: { control: false },
  },
  // Tests: the preview resets the story mock first; then the demo's password users exist.
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) for (const user of PASSWORD_DEMO_USERS) storyMock.addUser(user);
  },
  render: (args) => (
    <FlowDemo>
      {(demo) => (
        <PasswordSignIn
          key={demo.generation}
          signedIn={(tokens) => <SignedInPanel tokens={tokens} />}
          {...args}
        />
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof PasswordSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<PasswordSignIn>` from `genauth-sms-react/flows`, for a user with two-step verification by
 * SMS: sign in as `fay` with `fay-demo-pass`, then "Verify it's you" shows her number masked
 * (+86 133****3000); send the code, read it on the demo phone and type it. The second step does
 * not survive a reload: its token is never stored, so you sign in again.
 */
export const Default: Story = { args: { defaultAccount: 'fay' } };

/**
 * Gus has two-step verification on but no number for it yet (password `gus-demo-pass`): the
 * second step asks for one, checks with GenAuth that it can be his, texts it a code, and GenAuth
 * binds it once the code is right. Try Bob's 137 0013 7000: another account has it.
 */
export const NoMfaPhone: Story = { args: { defaultAccount: 'gus' } };

/** Hal has no second step (password `hal-demo-pass`): the password signs him in. */
export const WithoutMfa: Story = { args: { defaultAccount: 'hal' } };

/** The same flow built headlessly with `usePasswordSignInFlow` and `useMfaStep`. */
export const Headless: Story = {
  render: () => <FlowDemo>{(demo) => <HeadlessPasswordSignIn key={demo.generation} />}</FlowDemo>,
};

/** Types the account and password by keyboard and presses Enter. */
async function signInByKeyboard(canvasElement: HTMLElement, password: string) {
  const canvas = within(canvasElement);
  const account = canvas.getByRole('textbox', { name: enUSFlows.passwordSignIn.accountLabel });
  await tabTo(account);
  await userEvent.keyboard('{Control>}a{/Control}fay');
  await tabTo(canvas.getByLabelText(enUSFlows.passwordSignIn.passwordLabel));
  await userEvent.keyboard(`${password}{Enter}`);
  return canvas;
}

/**
 * Test only: password → "Verify it's you" → the code texted on CHANNEL_VERIFY_MFA → signed
 * in, by keyboard only; the full number never shows.
 */
export const MfaByKeyboardBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'fay' },
  play: async ({ canvasElement, args }) => {
    const canvas = await signInByKeyboard(canvasElement, 'fay-demo-pass');
    const heading = await canvas.findByRole('heading', { name: "Verify it's you" }, NETWORK);
    // The step is a lazy chunk's card: its heading takes focus once it has mounted.
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByText(/we text a code to your phone/)).toHaveTextContent(
      /\+86.133\*\*\*\*3000/,
    );
    await expect(canvasElement.innerHTML).not.toContain(FAY_MFA_PHONE);
    await activate(canvas.getByRole('button', { name: 'Send code' }));
    await canvas.findByRole('button', { name: 'Resend code' }, NETWORK);
    const code = storyMock.lastCodeFor(FAY_MFA_PHONE, 'CHANNEL_VERIFY_MFA') ?? '';
    await expect(code).toMatch(/^\d{6}$/);
    await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }), { backwards: true });
    await userEvent.keyboard(code);
    const done = await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK);
    await waitFor(() => expect(done).toHaveFocus());
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
    const details = (args.onSignedIn as ReturnType<typeof fn>).mock.calls[0]?.[1];
    await expect(details).toMatchObject({ method: 'password', mfaUser: { id: 'fay' } });
  },
};

/** Test only: a wrong password is said at the field, which is emptied and focused. */
export const WrongPasswordBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'fay' },
  play: async ({ canvasElement }) => {
    const canvas = await signInByKeyboard(canvasElement, 'not-her-password');
    await findAlert(canvas, enUSFlows.passwordSignIn.wrongPassword);
    const password = canvas.getByLabelText(enUSFlows.passwordSignIn.passwordLabel);
    await expect(password).toHaveFocus();
    await expect(password).toHaveValue('');
  },
};

/** Test only: Gus binds a number at the second step, by keyboard. */
export const BindPhoneBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'gus' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByLabelText(enUSFlows.passwordSignIn.passwordLabel));
    await userEvent.keyboard('gus-demo-pass{Enter}');
    const heading = await canvas.findByRole('heading', { name: enUSFlows.mfa.bindTitle }, NETWORK);
    await waitFor(() => expect(heading).toHaveFocus());
    await tabTo(canvas.getByRole('textbox', { name: enUSFlows.mfa.bindPhoneLabel }));
    await userEvent.keyboard('139 0013 9000{Enter}');
    await canvas.findByRole('heading', { name: "Verify it's you" }, NETWORK);
    const code = storyMock.lastCodeFor('13900139000', 'CHANNEL_VERIFY_MFA') ?? '';
    await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }), { backwards: true });
    await userEvent.keyboard(code);
    const done = await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK);
    await waitFor(() => expect(done).toHaveFocus());
  },
};

/** Test only: the headless build reaches the second step and signs in. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Account' }), 'fay');
    await userEvent.type(canvas.getByLabelText('Password'), 'fay-demo-pass{Enter}');
    await canvas.findByRole('heading', { name: /code to \+86 133\*\*\*\*3000/ }, NETWORK);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me the code' }));
    await canvas.findByRole('button', { name: /Resend/ }, NETWORK);
    const code = storyMock.lastCodeFor(FAY_MFA_PHONE, 'CHANNEL_VERIFY_MFA') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: 'Welcome back, two steps done' }, NETWORK);
  },
};

/** Test only: the toolbar's locale reaches the form and the second step. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  const texts = messages.passwordSignIn;
  await expect(canvas.getByRole('heading', { name: texts.title })).toBeVisible();
  await userEvent.type(canvas.getByLabelText(texts.passwordLabel), 'fay-demo-pass{Enter}');
  await canvas.findByRole('heading', { name: messages.mfa.title }, NETWORK);
  // Testing Library reads the no-break spaces as spaces.
  await expect(canvas.getByText(messages.mfa.lead('+86 133****3000'))).toBeVisible();
  await expect(canvas.getByRole('button', { name: messages.mfa.startOver })).toBeVisible();
}

/** Test only: simplified Chinese throughout. */
export const SpeaksZhCN: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'fay' },
  globals: { locale: 'zh-CN' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhCNFlows),
};

/** Test only: traditional Chinese (Taiwan) throughout. */
export const SpeaksZhTW: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'fay' },
  globals: { locale: 'zh-TW' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhTWFlows),
};

/** Test only: Japanese throughout. */
export const SpeaksJaJP: Story = {
  tags: ['!dev', '!autodocs'],
  args: { defaultAccount: 'fay' },
  globals: { locale: 'ja-JP' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, jaJPFlows),
};
