import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DEMO_USERS, storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import { STATE_WAIT } from '../../.storybook/waits.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, PhoneSecurity, SmsMfaSettings } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { flowArgTypes } from './flow-arg-types.js';
import { HeadlessSmsMfa } from './HeadlessSmsMfa.js';
import { PAGE_TEXTS, usePageText } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import { SignedInDemo } from './SignedInDemo.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
const ADA_EMAIL = 'ada@example.com';
const ADA = '13800138000';
const t = enUSFlows.smsMfa;

/** The card shown when the demo no longer has the user (deleted in an older demo state). */
function Gone() {
  const text = usePageText().outbox.accountDeleted;
  return (
    <section className="genauth-flow" aria-label={text}>
      <p className="genauth-flow__lead">{text}</p>
    </section>
  );
}

const meta = {
  title: 'Pages/SmsMfaSettings',
  component: SmsMfaSettings,
  // The persisted demo: what a person changes survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true, demoUser: ADA_EMAIL },
  args: { onChange: fn() },
  argTypes: { ...flowArgTypes, defaultCountry: { control: 'text' } },
  // Tests: the preview resets the story mock first; then it knows the demo's users.
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) for (const user of DEMO_USERS) storyMock.addUser(user);
  },
  render: (args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => <SmsMfaSettings defaultPhone={account.phone ?? undefined} {...args} />}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof SmsMfaSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<SmsMfaSettings>` from `genauth-sms-react/flows`, for Ada, signed in, with two-step
 * verification off. Turn it on: the field offers her number (`138 0013 8000`), the send button
 * texts a `CHANNEL_BIND_MFA` code through `send-enroll-factor-request` (with the countdown and
 * cross-tab cooldown of every send), and the code from the demo phone turns it on. Turn it off
 * again after a confirmation. What you change stays changed across reloads and tabs ("Reset
 * demo" turns it off again).
 */
export const Default: Story = {};

/** Erin, signed in, has it on: the overview shows her number with the middle digits hidden. */
export const TurnedOn: Story = { parameters: { demoUser: 'erin@example.com' } };

/**
 * The MFA section of an account-security page: `<PhoneSecurity>` and `<SmsMfaSettings>` side by
 * side under one signed-in provider, for Ada. Nothing connects them but the provider: each owns
 * its own steps and codes, on their own channels.
 */
export const AccountSecurity: Story = {
  render: (args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => (
            <div className="account-security-demo">
              <PhoneSecurity currentPhone={account.phone} />
              <SmsMfaSettings defaultPhone={account.phone ?? undefined} {...args} />
            </div>
          )}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
};

/**
 * The same flow built headlessly with `useSmsMfaFlow` (source in the SMS MFA docs page), for Ada,
 * signed in: the hook's steps, fields, actions and errors drawn with plain markup and two kit
 * inputs.
 */
export const Headless: Story = {
  render: (_args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => <HeadlessSmsMfa defaultPhone={account.phone ?? undefined} />}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
};

type Canvas = ReturnType<typeof within>;

/** Turns it on by keyboard alone from the overview (off), with the offered number. */
async function turnOnByKeyboard(canvas: Canvas) {
  await expect(await canvas.findByText(/^Off\./, {}, NETWORK)).toBeVisible();
  await activate(canvas.getByRole('button', { name: t.turnOn }));
  await expect(canvas.getByRole('heading', { name: t.phoneTitle })).toHaveFocus();
  // The field offers Ada's number: Enter in it sends the code.
  await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
  await userEvent.keyboard('{Enter}');
  await expect(
    await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK),
  ).toHaveFocus();
  const code = storyMock.lastCodeFor(ADA, 'CHANNEL_BIND_MFA') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
  await userEvent.keyboard(code);
  await expect(await canvas.findByText(t.turnedOn, {}, NETWORK)).toHaveAttribute('role', 'status');
  await expect(canvas.getByRole('heading', { name: t.title })).toHaveFocus();
}

/** Test only: {@link Default} by keyboard alone: turn it on with a code, then off again. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await turnOnByKeyboard(canvas);
    await expect(canvas.getByText(/^On\./)).toHaveTextContent('+86 138****8000');
    await expect(args.onChange).toHaveBeenCalledWith(`+86${ADA}`);
    await activate(canvas.getByRole('button', { name: t.turnOff }));
    await expect(canvas.getByRole('heading', { name: t.confirmTitle })).toHaveFocus();
    await activate(canvas.getByRole('button', { name: t.turnOff }));
    await expect(await canvas.findByText(t.turnedOff, {}, NETWORK)).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getByRole('heading', { name: t.title })).toHaveFocus();
    await expect(canvas.getByRole('button', { name: t.turnOn })).toBeVisible();
    await expect(args.onChange).toHaveBeenLastCalledWith(null);
  },
};

/** Test only: {@link TurnedOn}: the masked number; Cancel keeps it on. */
export const TurnedOnBehaviour: Story = {
  ...TurnedOn,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/^On\./, {}, NETWORK)).toHaveTextContent(
      '+86 135****5000',
    );
    await activate(canvas.getByRole('button', { name: t.turnOff }));
    await expect(canvas.getByRole('heading', { name: t.confirmTitle })).toHaveFocus();
    await activate(canvas.getByRole('button', { name: t.cancel }));
    await expect(canvas.getByRole('heading', { name: t.title })).toHaveFocus();
    await expect(await canvas.findByText(/^On\./, {}, NETWORK)).toBeVisible();
  },
};

/** Test only: a wrong code is refused under the boxes; the right one turns it on. */
export const WrongCodeBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  args: { submitOnComplete: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await activate(await canvas.findByRole('button', { name: t.turnOn }, NETWORK));
    await tabTo(canvas.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('{Enter}');
    await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK);
    const code = storyMock.lastCodeFor(ADA, 'CHANNEL_BIND_MFA') ?? '';
    await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
    await userEvent.keyboard(`${code === '000000' ? '111111' : '000000'}{Enter}`);
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await userEvent.keyboard(`{Control>}a{/Control}{Backspace}${code}{Enter}`);
    await expect(await canvas.findByText(t.turnedOn, {}, NETWORK)).toBeVisible();
  },
};

/** Test only: the account-security page: both sections by keyboard, turning the MFA on. */
export const AccountSecurityBehaviour: Story = {
  ...AccountSecurity,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Phone number' })).toBeVisible();
    await turnOnByKeyboard(canvas);
    await expect(canvas.getByText(/^Your number:/)).toHaveTextContent('+86 138 0013 8000');
  },
};

/** Test only: the headless build turns it on too. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Text me a code at sign-in' }, NETWORK),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 138 0013 8000/ }, NETWORK);
    const code = storyMock.lastCodeFor(ADA, 'CHANNEL_BIND_MFA') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: 'SMS codes go to +86 138****8000' }, NETWORK);
    await expect(canvas.getByText(t.turnedOn)).toHaveAttribute('role', 'status');
  },
};

/** Test only: the toolbar's locale reaches every text of the flow. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const texts = messages.smsMfa;
  const kit = PAGE_TEXTS[messages.locale as GenAuthLocale].kit;
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: texts.title })).toBeVisible();
  await expect(await canvas.findByText(texts.off, {}, NETWORK)).toBeVisible();
  await activate(canvas.getByRole('button', { name: texts.turnOn }));
  await expect(canvas.getByRole('heading', { name: texts.phoneTitle })).toHaveFocus();
  await expect(canvas.getByText(texts.phoneLead)).toBeVisible();
  await expect(canvas.getByRole('button', { name: kit.sendCode })).toBeVisible();
  await expect(canvas.getByRole('button', { name: texts.cancel })).toBeVisible();
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
