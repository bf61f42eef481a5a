import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { useStoryDemo } from '../../.storybook/story-demo.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import { type GenAuthLocale, GenAuthProvider } from '../../src/index.js';
import { AccountSecurity, type AccountSecurityProps } from './AccountSecurity.js';
import { DemoOutbox } from './DemoOutbox.js';
import { findAlert } from './find-alert.js';
import { PAGE_TEXTS, usePageText } from './i18n/use-page-text.js';
import { activate, tabTo } from './keyboard.js';
import './pages.css';

const NETWORK = { timeout: 3000 };
const EMAIL = 'ada@example.com';
const FIRST = '13800138000';
const SECOND = '13900139000';
const OTHER = '13700137000';

/** Ada's session in the tests: the access token the mock's sign-in gave her. */
const session: { token: string | null } = { token: null };

/**
 * The signed-in area: the same app, plus the user's token, read at every call. Tests sign Ada
 * in on the story mock (`session`); the persisted demo signs in its own Ada and shows her
 * account as the demo server has it, so a phone bound before a reload is still there.
 */
function SignedInArea(args: AccountSecurityProps) {
  const demo = useStoryDemo();
  const text = usePageText();
  const [signedIn] = useState(() => {
    if (demo.mode !== 'persisted') return { token: () => session.token, account: args.account };
    const ada = demo.mock.users.find((user) => user.email === EMAIL);
    if (!ada) return null;
    const token = demo.mock.signIn(EMAIL).access_token;
    const phone = ada.phone ? `${ada.phoneCountryCode ?? '+86'}${ada.phone}` : undefined;
    return { token: () => token, account: { email: EMAIL, phone } };
  });
  if (!signedIn) {
    return (
      <main className="genauth-flow" aria-labelledby="demo-account-deleted">
        <h1 id="demo-account-deleted" className="genauth-flow__title">
          {text.accountSecurity.title}
        </h1>
        <p className="genauth-flow__lead">{text.outbox.accountDeleted}</p>
      </main>
    );
  }
  return (
    <GenAuthProvider
      appId={demo.client.appId}
      appHost={demo.client.appHost}
      accessToken={signedIn.token}
    >
      <AccountSecurity {...args} account={signedIn.account} />
    </GenAuthProvider>
  );
}

/** {@link SignedInArea} again after a "Reset demo", so Ada is signed in anew. */
function SignedInDemo(args: AccountSecurityProps) {
  return <SignedInArea key={useStoryDemo().generation} {...args} />;
}

const meta = {
  title: 'Pages/AccountSecurity',
  component: AccountSecurity,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { account: { email: EMAIL }, onSignedOut: fn() },
  // Tests: Ada (email only) is signed in; Bob already uses 137 0013 7000. (The persisted demo
  // knows Ada, with her number, and Bob from the start.)
  beforeEach: ({ tags }) => {
    if (!isTestOnlyStory(tags)) return;
    storyMock.addUser({ email: EMAIL, userId: 'ada' });
    storyMock.addUser({ phone: OTHER, userId: 'bob' });
    session.token = storyMock.signIn(EMAIL).access_token;
  },
  render: (args) => (
    <div className="auth-demo">
      <SignedInDemo {...args} />
      <DemoOutbox kind="sms" />
      <DemoOutbox kind="email" />
    </div>
  ),
} satisfies Meta<typeof AccountSecurity>;

export default meta;
type Story = StoryObj<typeof meta>;
type Canvas = ReturnType<typeof within>;

/**
 * Ada is signed in. In the tests she starts with her email only: add `138 0013 8000`, change it
 * to `139 0013 9000` (a code to each number), remove it, then delete the account (code by email).
 * In this persisted demo she starts with `138 0013 8000`, as on the other pages, and what you
 * change stays changed across reloads and tabs ("Reset demo" brings her back). Bob already uses
 * `137 0013 7000`. Each step has its own channel and cooldown; codes show in the demo phone and
 * inbox.
 */
export const Default: Story = {};

/** Ada already has a phone: deleting the account sends the code there. */
export const WithPhone: Story = {
  args: { account: { email: EMAIL, phone: `+86${FIRST}` } },
  beforeEach: ({ tags }) => {
    if (!isTestOnlyStory(tags)) return;
    storyMock.reset();
    storyMock.addUser({ email: EMAIL, phone: FIRST, userId: 'ada' });
    storyMock.addUser({ phone: OTHER, userId: 'bob' });
    session.token = storyMock.signIn(EMAIL).access_token;
  },
};

const group = (canvas: Canvas, name: string | RegExp) =>
  within(canvas.getByRole('group', { name }));

/** Sends a code with the send button of `scope`, then types it into the field named `label`. */
async function codeFor(
  scope: Canvas,
  channel: string,
  number: string,
  label = 'Verification code',
) {
  await activate(scope.getByRole('button', { name: 'Send code' }));
  await expect(await scope.findByRole('button', { name: 'Resend code' }, NETWORK)).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  const code = storyMock.lastCodeFor(number, channel as never) ?? '';
  await tabTo(scope.getByRole('textbox', { name: label }));
  await userEvent.keyboard(code);
  return code;
}

async function notice(canvas: Canvas, text: string) {
  await expect(await canvas.findByText(text, {}, NETWORK)).toBeVisible();
  await expect(canvas.getByRole('heading', { level: 1, name: 'Account security' })).toHaveFocus();
}

/** Test only (hidden from the sidebar and docs): {@link Default}, binding, by keyboard alone. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('No phone number yet.')).toBeVisible();
    // A number another account uses is refused; a free one is bound.
    const fresh = group(canvas, 'New phone number');
    await tabTo(fresh.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('137 0013 7000');
    await codeFor(fresh, 'CHANNEL_BIND_PHONE', OTHER, 'Code sent to the new number');
    await userEvent.keyboard('{Enter}');
    await findAlert(canvas, 'This phone number is used by another account.');
    await tabTo(fresh.getByRole('textbox', { name: 'Phone number' }), { backwards: true });
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}138 0013 8000');
    await codeFor(fresh, 'CHANNEL_BIND_PHONE', FIRST, 'Code sent to the new number');
    await userEvent.keyboard('{Enter}');
    await notice(canvas, 'Phone number added.');
    await expect(canvas.getByText('Your number: +86 138 0013 8000')).toBeVisible();
  },
};

/** Test only: with no phone left, deleting the account sends the code by email. */
export const DeleteByEmailBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Delete my account…' }));
    await expect(
      canvas.getByRole('heading', { level: 3, name: `To confirm, we send a code to ${EMAIL}.` }),
    ).toHaveFocus();
    await codeFor(
      within(canvas.getByRole('region', { name: 'Delete account' })),
      'CHANNEL_DELETE_ACCOUNT',
      EMAIL,
    );
    await userEvent.keyboard('{Enter}');
    await expect(
      await canvas.findByText('Your account has been deleted and you are signed out.', {}, NETWORK),
    ).toBeVisible();
    await expect(args.onSignedOut).toHaveBeenCalledTimes(1);
    await expect(storyMock.users.map((user) => user.userId)).toEqual(['bob']);
  },
};

/** Test only: {@link WithPhone}: change the number with a code to each number. */
export const ChangeBehaviour: Story = {
  ...WithPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Change number' }));
    await expect(canvas.getByRole('heading', { level: 3, name: 'Change number' })).toHaveFocus();
    await codeFor(
      group(canvas, 'Your number: +86 138 0013 8000'),
      'CHANNEL_UNBIND_PHONE',
      FIRST,
      'Code sent to your current number',
    );
    const next = group(canvas, 'New phone number');
    await tabTo(next.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard('139 0013 9000');
    await codeFor(next, 'CHANNEL_BIND_PHONE', SECOND, 'Code sent to the new number');
    await userEvent.keyboard('{Enter}');
    await notice(canvas, 'Phone number changed.');
    await expect(canvas.getByText('Your number: +86 139 0013 9000')).toBeVisible();
  },
};

/** Test only: {@link WithPhone}: remove the number (code on the unbind channel). */
export const RemoveBehaviour: Story = {
  ...WithPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Remove number' }));
    await codeFor(
      group(canvas, 'Your number: +86 138 0013 8000'),
      'CHANNEL_UNBIND_PHONE',
      FIRST,
      'Code sent to your current number',
    );
    await userEvent.keyboard('{Enter}');
    await notice(canvas, 'Phone number removed.');
    await expect(canvas.getByText('No phone number yet.')).toBeVisible();
    await expect(storyMock.users.find((user) => user.userId === 'ada')?.phone).toBeUndefined();
  },
};

/** Test only: {@link WithPhone}: a wrong code is refused, the right one deletes the account. */
export const WithPhoneBehaviour: Story = {
  ...WithPhone,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Delete my account…' }));
    await expect(
      canvas.getByRole('heading', { level: 3, name: `To confirm, we send a code to +86${FIRST}.` }),
    ).toHaveFocus();
    const section = within(canvas.getByRole('region', { name: 'Delete account' }));
    const code = await codeFor(section, 'CHANNEL_DELETE_ACCOUNT', FIRST);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.keyboard(code === '000000' ? '111111' : '000000');
    await userEvent.keyboard('{Enter}');
    await findAlert(canvas, 'Invalid verification code');
    await expect(storyMock.users).toHaveLength(2);
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}');
    await userEvent.keyboard(`${code}{Enter}`);
    await expect(
      await canvas.findByText('Your account has been deleted and you are signed out.', {}, NETWORK),
    ).toBeVisible();
    await expect(args.onSignedOut).toHaveBeenCalledTimes(1);
    await expect(storyMock.users.map((user) => user.userId)).toEqual(['bob']);
  },
};

/** Test only: signed out (no token), the page says so and nothing reaches the server. */
export const SignedOutBehaviour: Story = {
  tags: ['!dev', '!autodocs'],
  args: { account: { email: EMAIL, phone: `+86${FIRST}` } },
  play: async ({ canvasElement }) => {
    session.token = null;
    const canvas = within(canvasElement);
    await activate(canvas.getByRole('button', { name: 'Remove number' }));
    await tabTo(canvas.getByRole('textbox', { name: 'Code sent to your current number' }));
    await userEvent.keyboard('123456{Enter}');
    await findAlert(canvas, 'Your session has ended. Sign in again.');
  },
};

/** Test only: the `locale` toolbar (here `globals`) switches the kit's texts and the page's own. */
async function speaksLocale(canvasElement: HTMLElement, locale: GenAuthLocale) {
  const text = PAGE_TEXTS[locale];
  const t = text.accountSecurity;
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector(`[lang="${locale}"]`)).not.toBeNull();
  await expect(canvas.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
  await expect(canvas.getByRole('heading', { level: 2, name: t.phoneTitle })).toBeVisible();
  await expect(canvas.getByText(t.noPhone)).toBeVisible();
  await expect(canvas.getByRole('group', { name: t.newPhoneLabel })).toBeVisible();
  await expect(canvas.getByRole('button', { name: t.bind })).toBeVisible();
  await activate(canvas.getByRole('button', { name: t.deleteStart }));
  await expect(
    canvas.getByRole('heading', { level: 3, name: t.deleteCodeTo(EMAIL) }),
  ).toBeVisible();
  await expect(canvas.getByRole('button', { name: t.deleteConfirm })).toBeVisible();
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
