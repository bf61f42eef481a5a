import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { DEMO_USERS, storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { enUSFlows, PhoneSecurity } from '../../src/flows/index.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { HeadlessPhoneSecurity } from './HeadlessPhoneSecurity.js';
import { PAGE_TEXTS, usePageText } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import { SignedInDemo } from './SignedInDemo.js';
import './pages.css';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { flowArgTypes } from './flow-arg-types.js';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
const ADA_EMAIL = 'ada@example.com';
const ADA = '13800138000';
const NEXT = '13900139000';
const BOB = '13700137000';

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
  title: 'Pages/PhoneSecurity',
  component: PhoneSecurity,
  // The persisted demo: what a person changes survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true, demoUser: ADA_EMAIL },
  args: { onPhoneChanged: fn() },
  argTypes: { ...flowArgTypes, defaultCountry: { control: 'text' } },
  // Tests: the preview resets the story mock first; then it knows the demo's users.
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) for (const user of DEMO_USERS) storyMock.addUser(user);
  },
  render: (args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => <PhoneSecurity currentPhone={account.phone} {...args} />}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof PhoneSecurity>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<PhoneSecurity>` from `genauth-sms-react/flows`, for Ada, signed in, whose number is
 * `+86 138 0013 8000`. Change it: a code goes to her current number first (the demo pool asks
 * for it), then type a new number (`139 0013 9000`) and its code. Or remove it with a code to
 * it. Codes show in the demo phone; what you change stays changed across reloads and tabs
 * ("Reset demo" gives Ada her number back).
 */
export const Default: Story = {};

/**
 * Grace, signed in, has no phone yet. Add one: Bob's `137 0013 7000` is refused on the number
 * field (it belongs to another account); `139 0013 9000` works.
 */
export const NoPhone: Story = { parameters: { demoUser: 'grace@example.com' } };

/**
 * The same flow built headlessly with `usePhoneSecurityFlow` (source in the phone-security docs
 * page), for Ada, signed in: the hook's steps, stages, fields, actions and errors drawn with
 * plain markup and two kit inputs.
 */
export const Headless: Story = {
  render: (_args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => <HeadlessPhoneSecurity currentPhone={account.phone} />}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
};

type Canvas = ReturnType<typeof within>;

/** Presses the send button by keyboard, waits for the cooldown, returns the code `number` got. */
async function sendCode(
  canvas: Canvas,
  number: string,
  channel: 'CHANNEL_BIND_PHONE' | 'CHANNEL_UNBIND_PHONE',
) {
  await activate(canvas.getByRole('button', { name: 'Send code' }));
  // "Resend" once GenAuth accepted the send (not while it is on its way).
  await expect(await canvas.findByRole('button', { name: 'Resend code' }, NETWORK)).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const code = storyMock.lastCodeFor(number, channel) ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Tabs to the code boxes and types `code`. */
async function typeCode(canvas: Canvas, code: string) {
  await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
  await userEvent.keyboard(code);
}

/** Types `number` in the focused flow's number field and presses Enter; returns its code. */
async function newNumberCode(canvas: Canvas, number: string, label: string) {
  await tabTo(canvas.getByRole('textbox', { name: label }));
  await userEvent.keyboard(`{Control>}a{/Control}{Backspace}${number}{Enter}`);
  await expect(
    await canvas.findByRole('heading', { name: 'Enter the code' }, NETWORK),
  ).toHaveFocus();
  return storyMock.lastCodeFor(number, 'CHANNEL_BIND_PHONE') ?? '';
}

/** Test only: {@link Default} by keyboard alone: change the number with a code to each. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(/^Your number:/)).toHaveTextContent('+86 138 0013 8000');
    await activate(canvas.getByRole('button', { name: 'Change number' }));
    await expect(canvas.getByRole('heading', { name: 'Change your number' })).toHaveFocus();
    const oldCode = await sendCode(canvas, ADA, 'CHANNEL_UNBIND_PHONE');
    await typeCode(canvas, `${oldCode}{Enter}`);
    await expect(
      await canvas.findByRole('heading', { name: 'Your new number' }, NETWORK),
    ).toHaveFocus();
    const code = await newNumberCode(canvas, NEXT, 'New phone number');
    await typeCode(canvas, code);
    await expect(await canvas.findByText('Phone number changed.', {}, NETWORK)).toHaveAttribute(
      'role',
      'status',
    );
    await expect(canvas.getByRole('heading', { name: 'Phone number' })).toHaveFocus();
    await expect(canvas.getByText(/^Your number:/)).toHaveTextContent('+86 139 0013 9000');
    await expect(args.onPhoneChanged).toHaveBeenCalledWith(`+86${NEXT}`);
  },
};

/** Test only: {@link NoPhone}: another account's number is refused on the field; a free one binds. */
export const NoPhoneBehaviour: Story = {
  ...NoPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No phone number yet.')).toBeVisible();
    await activate(canvas.getByRole('button', { name: 'Add number' }));
    await expect(canvas.getByRole('heading', { name: 'Add a phone number' })).toHaveFocus();
    await typeCode(canvas, await newNumberCode(canvas, BOB, 'Phone number'));
    const field = await canvas.findByRole('textbox', { name: 'Phone number' }, NETWORK);
    await waitFor(
      () =>
        expect(field).toHaveAccessibleDescription('This phone number is used by another account.'),
      NETWORK,
    );
    const code = await newNumberCode(canvas, NEXT, 'Phone number');
    await expect(canvas.queryByText('This phone number is used by another account.')).toBeNull();
    await typeCode(canvas, code);
    await expect(await canvas.findByText('Phone number added.', {}, NETWORK)).toBeVisible();
    await expect(canvas.getByText(/^Your number:/)).toHaveTextContent('+86 139 0013 9000');
  },
};

/** Test only: {@link Default}: remove the number; a wrong code is refused under the boxes first. */
export const RemoveBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Remove number' }));
    await expect(canvas.getByRole('heading', { name: 'Remove your number' })).toHaveFocus();
    const code = await sendCode(canvas, ADA, 'CHANNEL_UNBIND_PHONE');
    await typeCode(canvas, `${code === '000000' ? '111111' : '000000'}{Enter}`);
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await userEvent.keyboard(`{Control>}a{/Control}{Backspace}${code}{Enter}`);
    await expect(await canvas.findByText('Phone number removed.', {}, NETWORK)).toBeVisible();
    await expect(canvas.getByText('No phone number yet.')).toBeVisible();
    await expect(args.onPhoneChanged).toHaveBeenCalledWith(null);
    // The next action starts without the old notice.
    await activate(canvas.getByRole('button', { name: 'Add number' }));
    await expect(canvas.queryByText('Phone number removed.')).toBeNull();
  },
};

/** Test only: the headless build changes Ada's number too, with a code to each number. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Change' }));
    await canvas.findByRole('heading', { name: 'Change +86 138 0013 8000' });
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('button', { name: 'Resend' }, NETWORK);
    const oldCode = storyMock.lastCodeFor(ADA, 'CHANNEL_UNBIND_PHONE') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), oldCode);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await canvas.findByRole('heading', { name: 'Your new number' }, NETWORK);
    await userEvent.type(canvas.getByRole('textbox', { name: 'New phone number' }), NEXT);
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('heading', { name: /Code sent to \+86 139 0013 9000/ }, NETWORK);
    const code = storyMock.lastCodeFor(NEXT, 'CHANNEL_BIND_PHONE') ?? '';
    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await canvas.findByRole('heading', { name: 'Your number: +86 139 0013 9000' }, NETWORK);
    await expect(canvas.getByText('Phone number changed.')).toHaveAttribute('role', 'status');
  },
};

/** Test only: the toolbar's locale reaches every text of the flow. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const t = messages.phoneSecurity;
  const kit = PAGE_TEXTS[messages.locale as GenAuthLocale].kit;
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: t.title })).toBeVisible();
  await expect(canvas.getByText(t.currentPhone('+86 138 0013 8000'))).toBeVisible();
  await expect(canvas.getByRole('button', { name: t.remove })).toBeVisible();
  await activate(canvas.getByRole('button', { name: t.change }));
  await expect(canvas.getByRole('heading', { name: t.changeTitle })).toHaveFocus();
  await expect(canvas.getByRole('button', { name: kit.sendCode })).toBeVisible();
  await expect(canvas.getByRole('button', { name: messages.common.continue })).toBeVisible();
  await expect(canvas.getByRole('button', { name: t.cancel })).toBeVisible();
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
