import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, PhoneSignIn } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { HeadlessSignIn } from './HeadlessSignIn.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { tabTo } from './keyboard.js';
import { SignedInPanel } from './SignedInPanel.js';
import './pages.css';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { phoneFlowArgTypes } from './flow-arg-types.js';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
const ADA = '13800138000';

const meta = {
  title: 'Pages/PhoneSignIn',
  component: PhoneSignIn,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onSignedIn: fn() },
  argTypes: { ...phoneFlowArgTypes, signedIn: { control: false } },
  // Tests: the preview resets the story mock first; then Ada exists, so signing in works.
  // (The persisted demo mock knows her from the start.)
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) storyMock.addUser({ phone: ADA, phoneCountryCode: '+86' });
  },
  render: (args) => (
    <FlowDemo>
      {(demo) => (
        <PhoneSignIn
          key={demo.generation}
          resumeStore={demo.resumeStore}
          signedIn={(tokens) => <SignedInPanel tokens={tokens} />}
          {...args}
        />
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof PhoneSignIn>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<PhoneSignIn>` from `genauth-sms-react/flows`, untouched. Type `138 0013 8000` (Ada, a demo
 * user) and press Enter: the demo phone receives the code; type it to sign in. Reload, or open
 * this story in a second tab: the code step and its countdown are still there.
 */
export const Default: Story = {};

/**
 * Opens with Ada's number filled in. Send the code, then type a wrong one to see the refusal
 * under the boxes, and the right one (from the demo phone) to sign in.
 */
export const RegisteredNumber: Story = { args: { defaultPhone: '+8613800138000' } };

/**
 * Opens with a number no demo user has. GenAuth sends the code anyway (it does not tell who is
 * registered); typing it says that no account uses the number.
 */
export const UnknownNumber: Story = { args: { defaultPhone: '+8613900139000' } };

/**
 * Fay (a demo user) has two-step verification by SMS: after her sign-in code, "Verify it's you"
 * texts a second code to her number, shown masked (+86 133****3000). A reload there starts the
 * sign-in again: the second step's token is never stored.
 */
export const SecondFactor: Story = { args: { defaultPhone: '+8613300133000' } };

/**
 * The slots: your own heading, a header and a footer with links to the other flows. Nothing
 * else changes.
 */
export const WithLinks: Story = {
  args: {
    title: 'Welcome back',
    footer: (
      <p className="genauth-flow__hint">
        <a href="#reset">Forgot password?</a> · <a href="#sign-up">Create an account</a>
      </p>
    ),
  },
};

/**
 * The same flow built headlessly with `usePhoneSignInFlow` (source in the sign-in docs page):
 * the hook's steps, fields, actions and errors drawn with plain markup and two kit inputs.
 */
export const Headless: Story = {
  render: () => <FlowDemo>{(demo) => <HeadlessSignIn key={demo.generation} />}</FlowDemo>,
};

/** Types the number, presses Enter, and waits for the code step. Returns the code. */
async function requestCode(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  const phone = canvas.getByRole('textbox', { name: PAGE_TEXTS[locale(messages)].kit.phoneLabel });
  await userEvent.click(phone);
  await userEvent.keyboard('138 0013 8000{Enter}');
  const heading = await canvas.findByRole(
    'heading',
    { name: messages.common.codeStepTitle },
    NETWORK,
  );
  await expect(heading).toHaveFocus();
  const code = storyMock.lastCodeFor(ADA, 'CHANNEL_LOGIN') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  return { canvas, code };
}

function locale(messages: GenAuthFlowMessages): GenAuthLocale {
  return messages.locale as GenAuthLocale;
}

/** Test only: the whole sign-in by keyboard: Enter sends, Tab reaches the code, it signs in. */
export const DefaultBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const { canvas, code } = await requestCode(canvasElement, enUSFlows);
    const send = canvas.getByRole('button', { name: 'Resend code' });
    await expect(send).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByText(/Enter the code we sent to/)).toHaveTextContent(
      /\+86.138.0013.8000/,
    );
    const codeInput = canvas.getByRole('textbox', { name: 'Verification code' });
    await tabTo(codeInput);
    await userEvent.keyboard(code);
    const done = await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK);
    await expect(done).toHaveFocus();
    await expect(canvas.getByText('Bearer')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** Test only: a wrong code is refused under the boxes; clearing it clears the error. */
export const WrongCodeBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const { canvas, code } = await requestCode(canvasElement, enUSFlows);
    const codeInput = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(codeInput, code === '000000' ? '111111' : '000000');
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(codeInput);
    await waitFor(() => expect(canvas.queryByText(enUSFlows.errors.wrongCode)).toBeNull());
    await userEvent.type(codeInput, code);
    await expect(await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK)).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
  },
};

/** Test only: "Use another number" goes back; an empty field shows no countdown. */
export const AnotherNumberBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const { canvas } = await requestCode(canvasElement, enUSFlows);
    await userEvent.click(canvas.getByRole('button', { name: 'Use another number' }));
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'I have a code' })).toBeVisible();
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Phone number' }));
    const send = canvas.getByRole('button', { name: 'Send code' });
    await expect(send).not.toHaveAttribute('aria-disabled');
  },
};

/** Test only: the headless build signs in too, with the same rules. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), '13800138000');
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 138 0013 8000/ }, NETWORK);
    const code = storyMock.lastCodeFor(ADA, 'CHANNEL_LOGIN') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: 'Welcome back (Bearer token)' }, NETWORK);
  },
};

/** Test only: the toolbar's locale reaches every text of the flow. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: messages.signIn.title })).toBeVisible();
  const { code } = await requestCode(canvasElement, messages);
  const kit = PAGE_TEXTS[locale(messages)].kit;
  await userEvent.type(
    canvas.getByRole('textbox', { name: kit.codeLabel }),
    code === '000000' ? '111111' : '000000',
  );
  await findAlert(canvas, messages.errors.wrongCode);
  await expect(canvas.getByRole('button', { name: messages.signIn.submit })).toBeVisible();
  await expect(
    canvas.getByRole('button', { name: messages.common.useAnotherNumber }),
  ).toBeVisible();
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
