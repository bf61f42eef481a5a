import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import { isTestOnlyStory } from '../../.storybook/test-only.js';
import type { GenAuthLocale } from '../../src/index.js';
import { DemoOutbox } from './DemoOutbox.js';
import { findAlert } from './find-alert.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { RegistrationFlow } from './RegistrationFlow.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = { timeout: 3000 };
const NUMBER = '13800138000';

const meta = {
  title: 'Pages/RegistrationFlow',
  component: RegistrationFlow,
  // The persisted demo: what a person sends survives reloads and shows in other tabs.
  parameters: { layout: 'fullscreen', persistedDemo: true },
  args: { onRegistered: fn() },
  render: (args) => (
    <div className="auth-demo">
      <RegistrationFlow {...args} />
      <DemoOutbox kind="sms" />
    </div>
  ),
} satisfies Meta<typeof RegistrationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

const stepHeading = (canvas: Canvas, name: string) =>
  canvas.findByRole('heading', { level: 2, name }, NETWORK);

/** Step 1: types the number and sends; returns the code the mock texted. */
async function sendCode(canvas: Canvas) {
  await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), '138 0013 8000');
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
  await stepHeading(canvas, 'Enter the code');
  const code = storyMock.lastCodeFor(NUMBER, 'CHANNEL_REGISTER') ?? '';
  await expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Steps 2 and 3: the code (the step moves on by itself) and a nickname, then "Create account". */
async function enterCodeAndProfile(canvas: Canvas, code: string, nickname: string) {
  await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
  await stepHeading(canvas, 'Your profile');
  const nicknameInput = canvas.getByRole('textbox', { name: 'Nickname' });
  await userEvent.clear(nicknameInput);
  await userEvent.type(nicknameInput, nickname);
  await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
}

/**
 * All four steps. Going back from the code step keeps the typed number AND its cooldown: the
 * button says "Resend code" and refuses a second SMS; "Continue" goes on with the same code.
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Phone');
    const code = await sendCode(canvas);
    await expect(canvas.getByRole('textbox', { name: 'Verification code' })).toHaveFocus();
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Code');

    await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    await expect(await stepHeading(canvas, 'Your phone number')).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toHaveValue(
      '138 0013 8000',
    );
    const resend = canvas.getByRole('button', { name: 'Resend code' });
    await expect(resend).toHaveAttribute('aria-disabled', 'true');
    await expect(resend).toHaveTextContent(/\d+ s/);
    await userEvent.click(resend);
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await stepHeading(canvas, 'Enter the code');
    await expect(storyMock.outbox).toHaveLength(1);

    await enterCodeAndProfile(canvas, code, 'Ada');
    await stepHeading(canvas, 'Account created');
    await expect(
      canvas.getByText('Welcome, Ada! You can sign in with your number now.'),
    ).toBeVisible();
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('Done');
    await expect(args.onRegistered).toHaveBeenCalledWith(
      expect.objectContaining({ phone: NUMBER, phoneCountryCode: '+86', nickname: 'Ada' }),
    );
    await expect(storyMock.users).toEqual([
      expect.objectContaining({ phone: NUMBER, profile: { nickname: 'Ada' } }),
    ]);
  },
};

/** The number already has an account: GenAuth refuses the sign-up and the page says so. */
export const AlreadyRegistered: Story = {
  beforeEach: ({ tags }) => {
    if (isTestOnlyStory(tags)) storyMock.addUser({ phone: NUMBER, phoneCountryCode: '+86' });
  },
};

/** Test only (hidden from the sidebar and docs): {@link AlreadyRegistered}, step by step. */
export const AlreadyRegisteredBehaviour: Story = {
  ...AlreadyRegistered,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const code = await sendCode(canvas);
    await enterCodeAndProfile(canvas, code, 'Grace');
    await findAlert(canvas, 'User already exists, please do not register again');
    await expect(canvas.getByRole('heading', { level: 2, name: 'Your profile' })).toBeVisible();
    await expect(args.onRegistered).not.toHaveBeenCalled();
    await expect(storyMock.users).toHaveLength(1);
  },
};

/**
 * A mistyped code is caught at the code step by `preCheckCode`, which does not spend it: the
 * right code then goes on, and GenAuth spends it with the sign-up.
 */
export const WrongCode: Story = {};

/** Test only (hidden from the sidebar and docs): {@link WrongCode}, step by step. */
export const WrongCodeBehaviour: Story = {
  ...WrongCode,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const code = await sendCode(canvas);
    const codeInput = canvas.getByRole('textbox', { name: 'Verification code' });
    await userEvent.type(codeInput, code === '000000' ? '111111' : '000000');
    await findAlert(canvas, 'Invalid verification code');
    await expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('heading', { level: 2, name: 'Enter the code' })).toBeVisible();
    await expect(storyMock.users).toHaveLength(0);

    await userEvent.clear(codeInput);
    await enterCodeAndProfile(canvas, code, 'Lin');
    await stepHeading(canvas, 'Account created');
    await waitFor(() => expect(args.onRegistered).toHaveBeenCalledTimes(1));
    await expect(storyMock.users).toEqual([
      expect.objectContaining({ phone: NUMBER, profile: { nickname: 'Lin' } }),
    ]);
  },
};

/** Test only: the `locale` toolbar (here `globals`) switches the kit's texts and the page's own. */
async function speaksLocale(canvasElement: HTMLElement, locale: GenAuthLocale) {
  const text = PAGE_TEXTS[locale];
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector(`[lang="${locale}"]`)).not.toBeNull();
  await expect(
    canvas.getByRole('heading', { level: 1, name: text.registration.title }),
  ).toBeVisible();
  await expect(canvas.getByRole('list', { name: text.registration.progress })).toBeVisible();
  await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent(
    text.registration.stepLabels.phone,
  );
  await expect(
    canvas.getByRole('heading', { level: 2, name: text.registration.stepTitles.phone }),
  ).toBeVisible();
  await expect(canvas.getByText(text.registration.phoneLead)).toBeVisible();
  await expect(canvas.getByRole('textbox', { name: text.kit.phoneLabel })).toBeVisible();
  await expect(canvas.getByRole('button', { name: text.kit.sendCode })).toBeVisible();
  await expect(canvas.getByRole('complementary', { name: text.outbox.phone })).toHaveTextContent(
    text.outbox.empty,
  );
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
