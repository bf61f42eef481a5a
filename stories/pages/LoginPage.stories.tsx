import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthLocale } from '../../src/index.js';
import { DemoOutbox } from './DemoOutbox.js';
import { findAlert } from './find-alert.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { LoginPage } from './LoginPage.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = { timeout: 3000 };
const REGISTERED = '13800138000';

const meta = {
  title: 'Pages/LoginPage',
  component: LoginPage,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onSignedIn: fn() },
  // Tests: the preview resets the story mock first; then this number exists, so signing in with
  // it works. (The persisted demo mock knows it from the start.)
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) storyMock.addUser({ phone: REGISTERED, phoneCountryCode: '+86' });
  },
  render: (args) => (
    <div className="auth-demo">
      <LoginPage {...args} />
      <DemoOutbox kind="sms" />
    </div>
  ),
} satisfies Meta<typeof LoginPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types the number, asks for a code and waits until it was "texted". Returns the code. */
async function requestCode(canvasElement: HTMLElement, typed: string, national: string) {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), typed);
  const send = canvas.getByRole('button', { name: 'Send code' });
  await userEvent.click(send);
  const codeInput = await canvas.findByRole('textbox', { name: 'Verification code' }, NETWORK);
  // The cooldown is visible, out of the button's name, and the button refuses a second SMS.
  await expect(send).toHaveAccessibleName('Resend code');
  await expect(send).toHaveAttribute('aria-disabled', 'true');
  await expect(send).toHaveTextContent(/(60|59) s/);
  const code = storyMock.lastCodeFor(national, 'CHANNEL_LOGIN') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  // The demo phone shows the same code a person would read.
  const phone = within(canvas.getByRole('complementary', { name: 'Phone (demo)' }));
  await expect(phone.getByText(code)).toBeVisible();
  return { canvas, codeInput, code };
}

/**
 * The whole sign-in: number, code from the "phone", then GenAuth's tokens. The code is checked
 * as soon as six digits are in.
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const { canvas, codeInput, code } = await requestCode(
      canvasElement,
      '138 0013 8000',
      REGISTERED,
    );
    await expect(codeInput).toHaveFocus();
    await userEvent.type(codeInput, code);

    const heading = await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK);
    await expect(heading).toHaveFocus();
    await expect(canvas.getByText('Bearer')).toBeVisible();
    await expect(canvas.getByText('7200 s')).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
    await expect(args.onSignedIn).toHaveBeenCalledWith(
      expect.objectContaining({ token_type: 'Bearer', expires_in: 7200 }),
    );
    await expect(storyMock.outbox).toHaveLength(1);
  },
};

/** A wrong code shows GenAuth's message under the boxes; the right one still signs in. */
export const WrongCode: Story = {};

/** Test only (hidden from the sidebar and docs): {@link WrongCode}, step by step. */
export const WrongCodeBehaviour: Story = {
  ...WrongCode,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const { canvas, codeInput, code } = await requestCode(canvasElement, '13800138000', REGISTERED);
    const wrong = code === '000000' ? '111111' : '000000';
    await userEvent.type(codeInput, wrong);

    await findAlert(canvas, 'Invalid verification code');
    await expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    await expect(codeInput).toHaveAccessibleDescription('Invalid verification code');
    await expect(args.onSignedIn).not.toHaveBeenCalled();

    await userEvent.clear(codeInput);
    await waitFor(() => expect(canvas.queryByText('Invalid verification code')).toBeNull());
    await userEvent.type(codeInput, code);
    await expect(await canvas.findByRole('heading', { name: 'Signed in' }, NETWORK)).toBeVisible();
    await expect(args.onSignedIn).toHaveBeenCalledTimes(1);
  },
};

/** A number GenAuth does not know gets a code, but signing in says the user does not exist. */
export const UnknownUser: Story = {};

/** Test only (hidden from the sidebar and docs): {@link UnknownUser}, step by step. */
export const UnknownUserBehaviour: Story = {
  ...UnknownUser,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const { canvas, codeInput, code } = await requestCode(
      canvasElement,
      '139 0013 9000',
      '13900139000',
    );
    await userEvent.type(codeInput, code);
    await findAlert(canvas, 'User does not exist');
    await expect(canvas.queryByRole('heading', { name: 'Signed in' })).toBeNull();
    await expect(args.onSignedIn).not.toHaveBeenCalled();
  },
};

/**
 * Test only: the `locale` toolbar (here `globals`) switches the kit's texts and the page's own,
 * down to GenAuth's refusal of a wrong code.
 */
async function speaksLocale(canvasElement: HTMLElement, locale: GenAuthLocale) {
  const text = PAGE_TEXTS[locale];
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector(`[lang="${locale}"]`)).not.toBeNull();
  await expect(canvas.getByRole('heading', { level: 1, name: text.login.title })).toBeVisible();
  await expect(canvas.getByText(text.login.lead)).toBeVisible();
  await userEvent.type(canvas.getByRole('textbox', { name: text.kit.phoneLabel }), REGISTERED);
  await userEvent.click(canvas.getByRole('button', { name: text.kit.sendCode }));
  await expect(
    await canvas.findByText(text.common.enterCodeSentTo('+8613800138000'), {}, NETWORK),
  ).toBeVisible();
  const phone = within(canvas.getByRole('complementary', { name: text.outbox.phone }));
  await expect(phone.getByText(text.outbox.codeBefore.trim(), { exact: false })).toBeVisible();
  const code = storyMock.lastCodeFor(REGISTERED, 'CHANNEL_LOGIN') ?? '';
  await userEvent.type(
    canvas.getByRole('textbox', { name: text.kit.codeLabel }),
    code === '000000' ? '111111' : '000000',
  );
  await findAlert(canvas, text.errors.wrongCode);
  await expect(canvas.getByRole('button', { name: text.login.submit })).toBeVisible();
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
