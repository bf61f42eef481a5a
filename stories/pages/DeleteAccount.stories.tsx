import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { DEMO_USERS, storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthFlowMessages } from '../../src/flows/index.js';
import { DeleteAccount, enUSFlows } from '../../src/flows/index.js';
import { useGenAuthContext } from '../../src/hooks/context.js';
import { jaJPFlows } from '../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../src/i18n/flows/zh-TW.js';
import type { GenAuthLocale } from '../../src/index.js';
import { FlowDemo } from './FlowDemo.js';
import { findAlert } from './find-alert.js';
import { HeadlessDeleteAccount } from './HeadlessDeleteAccount.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import { SignedInDemo } from './SignedInDemo.js';
import './pages.css';
import { STATE_WAIT } from '../../.storybook/waits.js';
import { flowArgTypes } from './flow-arg-types.js';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = STATE_WAIT;
/** Cleo: phone and email (the code goes by SMS). */
const CLEO_EMAIL = 'cleo@example.com';
const CLEO = '13600136000';
/** Dan: email only. */
const DAN_EMAIL = 'dan@example.com';

/** The card shown once the demo user is gone (deleted earlier in this demo, until a reset). */
function Gone() {
  const t = (useGenAuthContext()?.flowMessages ?? enUSFlows).deleteAccount;
  return (
    <section className="genauth-flow" aria-label={t.doneTitle}>
      <h2 className="genauth-flow__title">{t.doneTitle}</h2>
      <p className="genauth-flow__lead">{t.done}</p>
    </section>
  );
}

const meta = {
  title: 'Pages/DeleteAccount',
  component: DeleteAccount,
  // The persisted demo: a deleted account stays deleted across reloads and tabs, until a reset.
  parameters: { layout: 'fullscreen', persistedDemo: true, demoUser: CLEO_EMAIL },
  args: { onAccountDeleted: fn() },
  argTypes: { ...flowArgTypes, deleted: { control: 'text' } },
  // Tests: the preview resets the story mock first; then it knows the demo's users.
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) for (const user of DEMO_USERS) storyMock.addUser(user);
  },
  render: (args, { parameters }) => (
    <FlowDemo kind={parameters.demoUser === DAN_EMAIL ? 'email' : 'sms'}>
      {(demo) => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => (
            <DeleteAccount
              resumeStore={demo.resumeStore}
              phone={account.phone}
              email={account.email}
              {...args}
            />
          )}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
} satisfies Meta<typeof DeleteAccount>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * `<DeleteAccount>` from `genauth-sms-react/flows`, for Cleo, a demo user signed in with the
 * number `+86 136 0013 6000`. Press "Delete my account…", send the code (it shows in the demo
 * phone), type it and press the red button: the account is gone only once GenAuth says so.
 * Reload in the code step: it comes back with its countdown. "Reset demo" brings Cleo back.
 */
export const Default: Story = {};

/** Dan has no phone, only `dan@example.com`: the code goes to his inbox (shown beside). */
export const ByEmail: Story = { parameters: { demoUser: DAN_EMAIL } };

/**
 * The same flow built headlessly with `useDeleteAccountFlow` (source in the delete-account docs
 * page), for Cleo, signed in: the hook's steps, fields, actions and errors drawn with plain
 * markup and the kit's code input.
 */
export const Headless: Story = {
  render: (_args, { parameters }) => (
    <FlowDemo>
      {() => (
        <SignedInDemo email={String(parameters.demoUser)} gone={<Gone />}>
          {(account) => <HeadlessDeleteAccount phone={account.phone} email={account.email} />}
        </SignedInDemo>
      )}
    </FlowDemo>
  ),
};

type Canvas = ReturnType<typeof within>;

/** From the first step, by keyboard: to the code step, send, return what `recipient` got. */
async function requestCode(canvas: Canvas, recipient: string) {
  const start = canvas.getByRole('button', { name: 'Delete my account…' });
  await expect(start).toHaveClass('genauth-flow__button--danger');
  await activate(start);
  await expect(canvas.getByRole('heading', { name: 'Confirm with a code' })).toHaveFocus();
  await activate(canvas.getByRole('button', { name: 'Send code' }));
  await expect(await canvas.findByRole('button', { name: 'Resend code' }, NETWORK)).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const code = storyMock.lastCodeFor(recipient, 'CHANNEL_DELETE_ACCOUNT') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  await tabTo(canvas.getByRole('textbox', { name: 'Verification code' }));
  return code;
}

/** Test only: {@link Default} by keyboard alone; a wrong code is refused, the right one deletes. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const code = await requestCode(canvas, CLEO);
    await expect(canvas.getByRole('button', { name: 'Delete my account' })).toHaveClass(
      'genauth-flow__button--danger',
    );
    await userEvent.keyboard(`${code === '000000' ? '111111' : '000000'}{Enter}`);
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await expect(storyMock.users.some((user) => user.email === CLEO_EMAIL)).toBe(true);
    await userEvent.keyboard(`{Control>}a{/Control}{Backspace}${code}{Enter}`);
    await expect(
      await canvas.findByRole('heading', { name: 'Account deleted' }, NETWORK),
    ).toHaveFocus();
    await expect(args.onAccountDeleted).toHaveBeenCalledTimes(1);
    await expect(storyMock.users.some((user) => user.email === CLEO_EMAIL)).toBe(false);
  },
};

/** Test only: {@link ByEmail}: the code goes by email and deletes Dan's account. */
export const ByEmailBehaviour: Story = {
  ...ByEmail,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const code = await requestCode(canvas, DAN_EMAIL);
    await expect(canvas.getByText(`To confirm, we send a code to ${DAN_EMAIL}.`)).toBeVisible();
    await userEvent.keyboard(`${code}{Enter}`);
    await expect(
      await canvas.findByRole('heading', { name: 'Account deleted' }, NETWORK),
    ).toHaveFocus();
    await expect(args.onAccountDeleted).toHaveBeenCalledTimes(1);
    await expect(storyMock.users.some((user) => user.email === DAN_EMAIL)).toBe(false);
  },
};

/** Test only: the headless build deletes Cleo's account too, after a wrong code is refused. */
export const HeadlessBehaviour: Story = {
  ...Headless,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete my account…' }));
    await canvas.findByRole('heading', { name: 'A code to +86 136 0013 6000 deletes the account' });
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await canvas.findByRole('button', { name: 'Resend' }, NETWORK);
    const code = storyMock.lastCodeFor(CLEO, 'CHANNEL_DELETE_ACCOUNT') ?? '';
    const input = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(input, code === '000000' ? '111111' : '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Delete for good' }));
    await findAlert(canvas, enUSFlows.errors.wrongCode);
    await expect(storyMock.users.some((user) => user.email === CLEO_EMAIL)).toBe(true);
    await userEvent.clear(input);
    await userEvent.type(input, code);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete for good' }));
    await canvas.findByRole('heading', { name: 'Your account is gone' }, NETWORK);
    await expect(storyMock.users.some((user) => user.email === CLEO_EMAIL)).toBe(false);
  },
};

/** Test only: the toolbar's locale reaches every text of the flow. */
async function speaksLocale(canvasElement: HTMLElement, messages: GenAuthFlowMessages) {
  const t = messages.deleteAccount;
  const kit = PAGE_TEXTS[messages.locale as GenAuthLocale].kit;
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { name: t.title })).toBeVisible();
  await expect(canvas.getByText(t.lead)).toBeVisible();
  await activate(canvas.getByRole('button', { name: t.start }));
  await expect(canvas.getByRole('heading', { name: t.codeTitle })).toHaveFocus();
  await expect(canvas.getByText(t.codeTo('+86 136 0013 6000'))).toBeVisible();
  await expect(canvas.getByRole('button', { name: kit.sendCode })).toBeVisible();
  await expect(canvas.getByRole('button', { name: t.confirm })).toBeVisible();
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
