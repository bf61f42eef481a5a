import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { EmailPasswordSignUp, type GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows } from '../../src/i18n/flows/en-US.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { phoneFlowArgTypes } from './flow-arg-types.js';
import { HeadlessEmailPasswordSignUp } from './HeadlessEmailPasswordSignUp.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { tabTo } from './keyboard.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
/** A number no demo user has. */
const NEW = '13900139000';
/** Bob's number: the demo knows him from the start, so no other account can complete it. */
const BOB = '13700137000';
const EMAIL = 'lin@example.com';
const PASSWORD = 'Orchid-42';

const meta = {
  title: 'Pages/EmailPasswordSignUp',
  component: EmailPasswordSignUp,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { requirePhone: true, onSignedUp: fn() },
  argTypes: {
    ...phoneFlowArgTypes,
    defaultEmail: { control: 'text' },
    strength: { control: 'inline-radio', options: ['none', 'low', 'medium', 'high'] },
    signInLink: { control: 'text' },
    signedUp: { control: false },
  },
  render: (args) => (
    <FlowDemo>
      {(demo) => (
        <EmailPasswordSignUp key={demo.generation} resumeStore={demo.resumeStore} {...args} />
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof EmailPasswordSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<EmailPasswordSignUp requirePhone>` from `genauth-sms-react/flows`, untouched: an email
 * address and a password (6 characters or more, no spaces), then a phone the pool requires,
 * checked by a `CHANNEL_COMPLETE_PHONE` code, and one sign-up with all of it. Try a number no
 * demo user has (`139 0013 9000`); Bob's (`137 0013 7000`) belongs to another account, and the
 * card says so on the number field. Reload in the code step: the address and password are asked
 * again (never kept), then the code step comes back without a new SMS.
 */
export const RequirePhone: Story = {};

/**
 * `askPhone` without `requirePhone`: the phone step offers "Skip for now", and the pool's
 * `medium` password level (two of letters, digits, symbols) is shown and checked.
 */
export const OptionalPhone: Story = {
  args: {
    requirePhone: false,
    askPhone: true,
    strength: 'medium',
    signInLink: <a href="#sign-in">Sign in</a>,
  },
};

/**
 * The same flow built headlessly with `useEmailPasswordSignUpFlow` (source in the docs page):
 * the hook's steps, fields, actions and errors drawn with plain markup and three kit inputs.
 */
export const Headless: Story = {
  render: () => (
    <FlowDemo>{(demo) => <HeadlessEmailPasswordSignUp key={demo.generation} />}</FlowDemo>
  ),
};

type Canvas = ReturnType<typeof within>;

/** By keyboard: Tab to the address, type it, Tab to the password, type it and press Enter. */
async function typeAccount(canvas: Canvas, messages: GenAuthFlowMessages) {
  const texts = messages.emailPasswordSignUp;
  const kit = PAGE_TEXTS[messages.locale as keyof typeof PAGE_TEXTS].kit;
  await tabTo(canvas.getByRole('textbox', { name: texts.emailLabel }));
  await userEvent.keyboard(EMAIL);
  await tabTo(canvas.getByLabelText(kit.newPasswordLabel));
  await userEvent.keyboard(`${PASSWORD}{Enter}`);
  const heading = await canvas.findByRole('heading', { name: texts.stepTitles.phone }, NETWORK);
  await expect(heading).toHaveFocus();
}

/** By keyboard: Tab to the number, type it, Enter sends; returns the code once its step shows. */
async function requestCode(canvas: Canvas, messages: GenAuthFlowMessages, number = NEW) {
  const kit = PAGE_TEXTS[messages.locale as keyof typeof PAGE_TEXTS].kit;
  await tabTo(canvas.getByRole('textbox', { name: kit.phoneLabel }));
  await userEvent.keyboard(`${number}{Enter}`);
  const heading = await canvas.findByRole(
    'heading',
    { name: messages.emailPasswordSignUp.stepTitles.code },
    NETWORK,
  );
  await expect(heading).toHaveFocus();
  const code = storyMock.lastCodeFor(number, 'CHANNEL_COMPLETE_PHONE') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Test only: the whole sign-up by keyboard, each step's heading focused, one account with the phone. */
export const RequirePhoneBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const step = () => canvas.getByRole('listitem', { current: 'step' });
    await expect(step()).toHaveTextContent('Account');
    await typeAccount(canvas, enUSFlows);
    await expect(step()).toHaveTextContent('Phone');
    const code = await requestCode(canvas, enUSFlows);
    await expect(step()).toHaveTextContent('Code');
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
    await userEvent.keyboard(code);
    const done = await canvas.findByRole('heading', { name: 'Account created' }, NETWORK);
    await expect(done).toHaveFocus();
    await expect(canvas.getByText(`Welcome! You can sign in with ${EMAIL} now.`)).toBeVisible();
    await expect(args.onSignedUp).toHaveBeenCalledTimes(1);
    await expect(storyMock.users).toEqual([expect.objectContaining({ email: EMAIL, phone: NEW })]);
    // The password is nowhere in the page once the account exists.
    await expect(canvasElement.outerHTML).not.toContain(PASSWORD);
  },
};

/** Test only: Bob's number belongs to another account: refused on the number field. */
export const TakenNumberBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  beforeEach: () => {
    storyMock.addUser({ phone: BOB, phoneCountryCode: '+86' });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeAccount(canvas, enUSFlows);
    const code = await requestCode(canvas, enUSFlows, BOB);
    await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
    await userEvent.keyboard(code);
    await expect(
      await canvas.findByRole('heading', { name: 'Your phone number' }, NETWORK),
    ).toHaveFocus();
    // The refusal is the number field's description: the next Tab lands there and reads it.
    const phone = canvas.getByRole('textbox', { name: 'Phone number' });
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toHaveAccessibleDescription(
      expect.stringContaining(enUSFlows.errors.phoneTaken),
    );
    await tabTo(phone);
    await expect(args.onSignedUp).not.toHaveBeenCalled();
    await expect(storyMock.users).toHaveLength(1);
  },
};

/** Test only: a wrong code is refused under the boxes (announced); the right one then signs up. */
export const WrongCodeBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await typeAccount(canvas, enUSFlows);
    const code = await requestCode(canvas, enUSFlows);
    const codeInput = canvas.getByRole('textbox', { name: 'Verification code' });
    await tabTo(codeInput);
    await userEvent.keyboard(code === '000000' ? '111111' : '000000');
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(codeInput);
    await userEvent.keyboard(code);
    await canvas.findByRole('heading', { name: 'Account created' }, NETWORK);
    await expect(storyMock.users).toEqual([expect.objectContaining({ email: EMAIL })]);
  },
};

/** Test only: {@link OptionalPhone}: "Skip for now" by keyboard creates the account without one. */
export const OptionalPhoneBehaviour: Story = {
  ...OptionalPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await typeAccount(canvas, enUSFlows);
    await tabTo(canvas.getByRole('button', { name: 'Skip for now' }));
    await userEvent.keyboard('{Enter}');
    await expect(
      await canvas.findByRole('heading', { name: 'Account created' }, NETWORK),
    ).toHaveFocus();
    await expect(args.onSignedUp).toHaveBeenCalledTimes(1);
    await expect(storyMock.outbox).toHaveLength(0);
  },
};

/** Test only: the headless build signs up too. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Work email' }), EMAIL);
    await userEvent.type(canvas.getByLabelText('New password'), PASSWORD);
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await canvas.findByRole('heading', { name: 'Your mobile number' }, NETWORK);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), NEW);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 139 0013 9000/ }, NETWORK);
    const code = storyMock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: /Welcome, lin@example.com/ }, NETWORK);
    await expect(storyMock.users).toEqual([expect.objectContaining({ email: EMAIL, phone: NEW })]);
  },
};

/** Test only: the toolbar's locale reaches the flow's texts, up to the phone step. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  const texts = messages.emailPasswordSignUp;
  await expect(canvas.getByRole('heading', { name: texts.title })).toBeVisible();
  await expect(canvas.getByRole('list', { name: texts.progress })).toBeVisible();
  await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent(
    texts.stepLabels.account,
  );
  await expect(canvas.getByText(texts.lead)).toBeVisible();
  await expect(canvas.getByRole('button', { name: messages.common.continue })).toBeVisible();
  await typeAccount(canvas, messages);
  await expect(canvas.getByText(texts.phoneLead)).toBeVisible();
  await expect(canvas.getByRole('button', { name: messages.common.back })).toBeVisible();
}

/** Test only: simplified Chinese. */
export const SpeaksZhCN: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-CN' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhCNFlows),
};

/** Test only: traditional Chinese (Taiwan). */
export const SpeaksZhTW: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'zh-TW' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, zhTWFlows),
};

/** Test only: Japanese. */
export const SpeaksJaJP: Story = {
  tags: ['!dev', '!autodocs'],
  globals: { locale: 'ja-JP' },
  play: ({ canvasElement }) => speaksLocale(canvasElement, jaJPFlows),
};
