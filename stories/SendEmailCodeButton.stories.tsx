import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock, usesRealGenAuth } from '../.storybook/genauth.js';
import { STATE_WAIT } from '../.storybook/waits.js';
import { SendEmailCodeButton } from '../src/components/SendEmailCodeButton.js';
import { EMAIL_CHANNELS } from '../src/core/api/email-channels.js';
import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';

/** The mock answers after 400 ms: give every network wait room. */
const NETWORK = STATE_WAIT;

const meta = {
  title: 'Components/SendEmailCodeButton',
  component: SendEmailCodeButton,
  args: {
    channel: 'CHANNEL_LOGIN',
    cooldownSeconds: 60,
    disabled: false,
    hideEmailInput: false,
    onSent: fn(),
    onError: fn(),
    onEmailChange: fn(),
  },
  argTypes: {
    channel: { control: 'select', options: EMAIL_CHANNELS },
    cooldownSeconds: { control: { type: 'number', min: 1, max: 600, step: 1 } },
    messages: {
      name: 'messages (catalogue)',
      control: 'inline-radio',
      options: ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'],
      mapping: { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP },
    },
    email: { control: 'text' },
    defaultEmail: { control: 'text' },
    emailLabel: { control: 'text' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    id: { control: 'text' },
    children: { control: false },
    client: { control: false },
    cooldownStore: { control: false },
  },
} satisfies Meta<typeof SendEmailCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Against a real app (`STORYBOOK_GENAUTH_APP_ID` set) the checks would send real email. */
function mockOnly(play: NonNullable<Story['play']>): Story['play'] {
  return async (context) => {
    if (usesRealGenAuth) return;
    await play(context);
  };
}

/**
 * Type an address and click "Send code": one email (the mock's outbox), then the same 60 s
 * countdown as `<SendCodeButton>`, per channel and address. Another address can send at once.
 */
export const Default: Story = {};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Email' }), 'Alex@Example.com');
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await expect(storyMock.outbox[0]).toMatchObject({
      type: 'email',
      channel: 'CHANNEL_LOGIN',
      email: 'alex@example.com',
    });
    await waitFor(() => expect(button).toHaveAccessibleName('Resend code'), NETWORK);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(args.onSent).toHaveBeenCalledTimes(1);
    await expect(args.onError).not.toHaveBeenCalled();
  }),
};

/**
 * An address without a domain. Click "Send code": nothing is sent, the field is marked invalid
 * and says why; fix the address and send again.
 */
export const InvalidAddress: Story = {
  args: { defaultEmail: 'alex@' },
};

/** Test only (hidden from the sidebar and docs): {@link InvalidAddress}, step by step. */
export const InvalidAddressBehaviour: Story = {
  ...InvalidAddress,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Email' });
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    await expect(input).toHaveAccessibleDescription('Enter a valid email address.');
    await expect(storyMock.outbox).toHaveLength(0);
  }),
};

/**
 * A known address (`hideEmailInput` with `defaultEmail`), e.g. re-sending to the account's
 * email on a reset-password page: only the button shows.
 */
export const KnownAddress: Story = {
  args: {
    channel: 'CHANNEL_RESET_PASSWORD',
    hideEmailInput: true,
    defaultEmail: 'alex@example.com',
  },
};

/** Test only (hidden from the sidebar and docs): {@link KnownAddress}, step by step. */
export const KnownAddressBehaviour: Story = {
  ...KnownAddress,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await expect(storyMock.outbox[0]).toMatchObject({
      channel: 'CHANNEL_RESET_PASSWORD',
      email: 'alex@example.com',
    });
  }),
};

/** Disabled, e.g. while the rest of the form is being submitted. */
export const Disabled: Story = {
  args: { defaultEmail: 'alex@example.com', disabled: true },
};
