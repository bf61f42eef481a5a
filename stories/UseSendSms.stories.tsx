import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { storyMock } from '../.storybook/genauth.js';
import { STATE_WAIT } from '../.storybook/waits.js';
import { UseSendSmsDemo } from './UseSendSmsDemo.js';

const meta = {
  title: 'Hooks/useSendSms',
  component: UseSendSmsDemo,
  args: { defaultChannel: 'CHANNEL_LOGIN', cooldownSeconds: 60 },
} satisfies Meta<typeof UseSendSmsDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Sends one SMS through the hook; the mock's outbox shows the code that was "texted". */
export const SendsOnce: Story = {};

/** Test only (hidden from the sidebar and docs): {@link SendsOnce}, step by step. */
export const SendsOnceBehaviour: Story = {
  ...SendsOnce,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const send = canvas.getByRole('button', { name: 'Send SMS' });
    await userEvent.click(send);
    await expect(await canvas.findByText(/Sent \(/, {}, STATE_WAIT)).toBeVisible();
    await expect(canvas.getByText(/Next SMS in 60 s/)).toBeVisible();
    await expect(send).toBeDisabled();
    await expect(storyMock.outbox).toHaveLength(1);
    await expect(storyMock.outbox[0]).toMatchObject({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '13800138000',
    });
  },
};

/** Invalid input is refused by the client before any request. */
export const RefusesBadInput: Story = {};

/** Test only (hidden from the sidebar and docs): {@link RefusesBadInput}, step by step. */
export const RefusesBadInputBehaviour: Story = {
  ...RefusesBadInput,
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const phone = canvas.getByRole('textbox', { name: 'Phone number' });
    await userEvent.clear(phone);
    await userEvent.type(phone, '138 0013');
    await userEvent.click(canvas.getByRole('button', { name: 'Send SMS' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('GenAuthInputError');
    await expect(storyMock.outbox).toHaveLength(0);
  },
};
