import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, PhoneSignUp } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { HeadlessSignUp } from './HeadlessSignUp.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { tabTo } from './keyboard.js';
import './pages.css';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { phoneFlowArgTypes } from './flow-arg-types.js';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
/** A number no demo user has. */
const NEW = '13900139000';
/** Ada, a demo user (the persisted demo mock knows her from the start). */
const ADA = '13800138000';

const meta = {
  title: 'Pages/PhoneSignUp',
  component: PhoneSignUp,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onSignedUp: fn() },
  argTypes: { ...phoneFlowArgTypes, signInLink: { control: 'text' }, signedUp: { control: false } },
  render: (args) => (
    <FlowDemo>
      {(demo) => <PhoneSignUp key={demo.generation} resumeStore={demo.resumeStore} {...args} />}
    </FlowDemo>
  ),
} satisfies Meta<typeof PhoneSignUp>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<PhoneSignUp>` from `genauth-sms-react/flows`, untouched. Type a number no demo user has
 * (`139 0013 9000`) and press Enter: the demo phone receives the code. Type it: the code is
 * checked without being spent, then choose a nickname and create the account. Reload in the
 * code step, or open this story in a second tab: the code step and its countdown are still
 * there ("Reset demo" forgets the accounts created).
 */
export const Default: Story = {};

/**
 * Opens with Ada's number (`+86 138 0013 8000`), which already has an account in the demo.
 * Send the code, type it and create the account: GenAuth refuses the sign-up, and the card says
 * that the number has an account, with a link to sign in and a way to use another number.
 */
export const AlreadyRegistered: Story = {
  args: {
    defaultPhone: '+8613800138000',
    signInLink: <a href="#sign-in">Sign in</a>,
  },
};

/**
 * The slots and the profile: your own heading, a footer link to sign in, and profile fields of
 * your own (a required first name and an optional company instead of the nickname).
 */
export const CustomProfile: Story = {
  args: {
    title: 'Join Acme',
    footer: (
      <p className="genauth-flow__hint">
        Already have an account? <a href="#sign-in">Sign in</a>
      </p>
    ),
    profileFields: [
      {
        name: 'givenName',
        label: 'First name',
        autoComplete: 'given-name',
        required: true,
        requiredMessage: 'Enter your first name.',
      },
      { name: 'company', label: 'Company (optional)', autoComplete: 'organization' },
    ],
  },
};

/**
 * The same flow built headlessly with `usePhoneSignUpFlow` (source in the sign-up docs page):
 * the hook's steps, fields (the profile's included), actions and errors drawn with plain markup
 * and two kit inputs.
 */
export const Headless: Story = {
  render: () => <FlowDemo>{(demo) => <HeadlessSignUp key={demo.generation} />}</FlowDemo>,
};

type Canvas = ReturnType<typeof within>;

function locale(messages: GenAuthFlowMessages): GenAuthLocale {
  return messages.locale as GenAuthLocale;
}

/**
 * Types `number` (unless the field shows it already), presses Enter, and waits for the code
 * step (focused). Returns the code.
 */
async function requestCode(canvas: Canvas, messages: GenAuthFlowMessages, number = NEW) {
  const phone = canvas.getByRole('textbox', { name: PAGE_TEXTS[locale(messages)].kit.phoneLabel });
  await userEvent.click(phone);
  const shown = (phone as HTMLInputElement).value.replace(/\D/g, '');
  await userEvent.keyboard(`${shown === number ? '' : number}{Enter}`);
  const heading = await canvas.findByRole(
    'heading',
    { name: messages.signUp.stepTitles.code },
    NETWORK,
  );
  await expect(heading).toHaveFocus();
  const code = storyMock.lastCodeFor(number, 'CHANNEL_REGISTER') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Tabs to the code boxes and types `code`; returns the profile step's heading. */
async function typeCode(canvas: Canvas, code: string) {
  await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
  await userEvent.keyboard(code);
  return canvas.findByRole('heading', { name: 'Your profile' }, NETWORK);
}

/** Test only: the whole sign-up by keyboard: Enter sends, Tab reaches each field, Enter creates. */
export const DefaultBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Phone');
    const code = await requestCode(canvas, enUSFlows);
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Code');
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(await typeCode(canvas, code)).toHaveFocus();
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Profile');
    await tabTo(canvas.getByRole('textbox', { name: 'Nickname' }));
    await userEvent.keyboard('Lin{Enter}');
    const done = await canvas.findByRole('heading', { name: 'Account created' }, NETWORK);
    await expect(done).toHaveFocus();
    await expect(
      canvas.getByText('Welcome, Lin! You can sign in with your number now.'),
    ).toBeVisible();
    await expect(args.onSignedUp).toHaveBeenCalledTimes(1);
    await expect(storyMock.users).toEqual([
      expect.objectContaining({ phone: NEW, profile: { nickname: 'Lin' } }),
    ]);
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** Test only: {@link AlreadyRegistered}, step by step (Ada added to the story mock first). */
export const AlreadyRegisteredBehaviour: Story = {
  ...AlreadyRegistered,
  tags: ['!dev', '!autodocs'],
  beforeEach: () => {
    storyMock.addUser({ phone: ADA, phoneCountryCode: '+86' });
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue(
      '138 0013 8000',
    );
    const code = await requestCode(canvas, enUSFlows, ADA);
    await typeCode(canvas, code);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Nickname' }), 'Grace{Enter}');
    await findAlert(canvas, enUSFlows.errors.userExists);
    await expect(canvas.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Your profile' })).toBeVisible();
    await expect(args.onSignedUp).not.toHaveBeenCalled();
    await expect(storyMock.users).toHaveLength(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Use another number' }));
    await expect(await canvas.findByRole('heading', { name: 'Create your account' })).toHaveFocus();
  },
};

/** Test only: a wrong code is refused at the code step; the right one then goes on. */
export const WrongCodeBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const code = await requestCode(canvas, enUSFlows);
    const codeInput = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(codeInput, code === '000000' ? '111111' : '000000');
    await findAlert(canvas, enUSFlows.signUp.codeRefused);
    await expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(codeInput);
    await waitFor(() => expect(canvas.queryByText(enUSFlows.signUp.codeRefused)).toBeNull());
    await userEvent.type(codeInput, code);
    await expect(
      await canvas.findByRole('heading', { name: 'Your profile' }, NETWORK),
    ).toBeVisible();
    await expect(storyMock.users).toHaveLength(0);
  },
};

/** Test only: {@link CustomProfile}: its fields replace the nickname, the required one is checked. */
export const CustomProfileBehaviour: Story = {
  ...CustomProfile,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Join Acme' })).toBeVisible();
    await typeCode(canvas, await requestCode(canvas, enUSFlows));
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const first = canvas.getByRole('textbox', { name: 'First name' });
    await waitFor(() => expect(first).toHaveFocus());
    await expect(first).toHaveAccessibleDescription('Enter your first name.');
    await userEvent.type(first, 'Ada{Enter}');
    await canvas.findByRole('heading', { name: 'Account created' }, NETWORK);
    await expect(storyMock.users).toEqual([
      expect.objectContaining({ phone: NEW, profile: { givenName: 'Ada' } }),
    ]);
  },
};

/** Test only: the headless build signs up too: code checked, profile, one account. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const phone = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(phone, NEW);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 139 0013 9000/ }, NETWORK);
    const code = storyMock.lastCodeFor(NEW, 'CHANNEL_REGISTER') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: 'About you' }, NETWORK);
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const nickname = canvas.getByRole('textbox', { name: 'Nickname' });
    await expect(nickname).toHaveAccessibleDescription('Choose a nickname.');
    await userEvent.type(nickname, 'Lin{Enter}');
    await canvas.findByRole('heading', { name: /Account created for \+86 139 0013 9000/ }, NETWORK);
    await expect(storyMock.users).toEqual([
      expect.objectContaining({ phone: NEW, profile: { nickname: 'Lin' } }),
    ]);
  },
};

/** Test only: the toolbar's locale reaches every text of the flow, up to the profile step. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const canvas = within(canvasElement);
  const { signUp } = messages;
  await expect(canvas.getByRole('heading', { name: signUp.title })).toBeVisible();
  await expect(canvas.getByRole('list', { name: signUp.progress })).toBeVisible();
  await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent(
    signUp.stepLabels.phone,
  );
  await expect(canvas.getByText(signUp.phoneLead)).toBeVisible();
  const code = await requestCode(canvas, messages);
  const kit = PAGE_TEXTS[locale(messages)].kit;
  const codeInput = canvas.getByRole('textbox', { name: kit.codeLabel });
  await userEvent.type(codeInput, code === '000000' ? '111111' : '000000');
  await findAlert(canvas, signUp.codeRefused);
  await expect(canvas.getByRole('button', { name: messages.common.continue })).toBeVisible();
  await userEvent.clear(codeInput);
  await userEvent.type(codeInput, code);
  await canvas.findByRole('heading', { name: signUp.stepTitles.profile }, NETWORK);
  await expect(canvas.getByRole('textbox', { name: signUp.nickname })).toBeVisible();
  await expect(canvas.getByRole('button', { name: signUp.createAccount })).toBeVisible();
  await expect(canvas.getByRole('button', { name: messages.common.back })).toBeVisible();
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
