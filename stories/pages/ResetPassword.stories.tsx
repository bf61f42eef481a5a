import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock } from '../../.storybook/genauth.js';
import type { GenAuthLocale } from '../../src/index.js';
import { DemoOutbox } from './DemoOutbox.js';
import { PAGE_TEXTS } from './i18n/use-page-text.js';
import { ResetPassword } from './ResetPassword.js';
import './pages.css';

/** The mock answers after 400 ms: every network wait gets room. */
const NETWORK = { timeout: 3000 };
const EMAIL = 'ada@example.com';

const meta = {
  title: 'Pages/ResetPassword',
  component: ResetPassword,
  parameters: { layout: 'fullscreen' },
  args: { onCodeSent: fn() },
  render: (args) => (
    <div className="auth-demo">
      <ResetPassword {...args} />
      <DemoOutbox kind="email" />
    </div>
  ),
} satisfies Meta<typeof ResetPassword>;

export default meta;
type Story = StoryObj<typeof meta>;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One email with a reset code, shown in the demo inbox; then the button counts down and a
 * second click sends nothing (GenAuth allows one email per minute per channel and address).
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), EMAIL);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);

    // Announced once, when the server has accepted the request.
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          'Code sent. You can request a new one in 60 seconds.',
        ),
      NETWORK,
    );
    await expect(button).toHaveAccessibleName('Resend code');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(/(60|59) s/);
    await expect(canvas.getByText(`We sent a code to ${EMAIL}.`, { exact: false })).toBeVisible();
    await expect(args.onCodeSent).toHaveBeenCalledWith(EMAIL);

    await expect(storyMock.outbox).toHaveLength(1);
    await expect(storyMock.outbox[0]).toMatchObject({
      type: 'email',
      channel: 'CHANNEL_RESET_PASSWORD',
      email: EMAIL,
    });
    const code = storyMock.lastCodeFor({ email: EMAIL }, 'CHANNEL_RESET_PASSWORD') ?? '';
    const inbox = within(canvas.getByRole('complementary', { name: 'Inbox (demo)' }));
    await expect(inbox.getByText(code)).toBeVisible();

    // Cooling down: the click is refused on the spot, and nothing reaches the server.
    await userEvent.click(button);
    await wait(800);
    await expect(storyMock.outbox).toHaveLength(1);
    await expect(args.onCodeSent).toHaveBeenCalledTimes(1);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** An address that cannot be one is refused before any request, with the reason attached. */
export const InvalidEmail: Story = {};

/** Test only (hidden from the sidebar and docs): {@link InvalidEmail}, step by step. */
export const InvalidEmailBehaviour: Story = {
  ...InvalidEmail,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Email' });
    await userEvent.type(input, 'ada@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Enter a valid email address.');
    await expect(input).toHaveFocus();
    await wait(800);
    await expect(storyMock.outbox).toHaveLength(0);
    await expect(args.onCodeSent).not.toHaveBeenCalled();
  },
};

/** Test only: the `locale` toolbar (here `globals`) switches the kit's texts and the page's own. */
async function speaksLocale(canvasElement: HTMLElement, locale: GenAuthLocale) {
  const text = PAGE_TEXTS[locale];
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector(`[lang="${locale}"]`)).not.toBeNull();
  await expect(
    canvas.getByRole('heading', { level: 1, name: text.resetPassword.title }),
  ).toBeVisible();
  await expect(canvas.getByText(text.resetPassword.lead)).toBeVisible();
  await userEvent.type(canvas.getByRole('textbox', { name: text.kit.emailLabel }), EMAIL);
  await userEvent.click(canvas.getByRole('button', { name: text.kit.sendCode }));
  await expect(
    await canvas.findByText(text.resetPassword.codeSentTo(EMAIL), {}, NETWORK),
  ).toBeVisible();
  await expect(canvas.getByRole('complementary', { name: text.outbox.inbox })).toHaveTextContent(
    text.outbox.codeBefore.trim(),
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
