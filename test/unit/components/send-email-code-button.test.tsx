import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { SendEmailCodeButton } from '../../../src/index.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

const harness = sendCodeHarness();
afterEach(() => {
  vi.useRealTimers();
});

const emailInput = () => screen.getByRole('textbox', { name: 'Email' });

describe('<SendEmailCodeButton>', () => {
  it('sends one email for a valid address and cools that (channel, address) down', async () => {
    const onSent = vi.fn();
    const { mock, user, container } = harness.setup(
      <SendEmailCodeButton channel="CHANNEL_RESET_PASSWORD" onSent={onSent} />,
    );
    expect(emailInput()).toHaveAttribute('autocomplete', 'email');
    await user.type(emailInput(), '  Ada@Example.com ');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ type: 'email', channel: 'CHANNEL_RESET_PASSWORD' });
    // Trimmed by the client; the mock keys addresses case-insensitively.
    expect(mock.outbox[0]).toHaveProperty('email', expect.stringMatching(/^ada@example\.com$/i));
    expect(onSent).toHaveBeenCalledWith(expect.anything(), {
      email: 'Ada@Example.com',
      channel: 'CHANNEL_RESET_PASSWORD',
    });
    const button = screen.getByRole('button', { name: 'Resend code' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(mock.outbox).toHaveLength(1);
  });

  it('refuses an invalid address with a message tied to the input, sending nothing', async () => {
    const { mock, user } = harness.setup(<SendEmailCodeButton channel="CHANNEL_LOGIN" />);
    await user.type(emailInput(), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    expect(emailInput()).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput()).toHaveAccessibleDescription('Enter a valid email address.');
    expect(emailInput()).toHaveFocus();
    expect(mock.outbox).toHaveLength(0);
  });

  it('turns the server rate limit into the countdown', async () => {
    const { user } = harness.setup(
      <SendEmailCodeButton channel="CHANNEL_LOGIN" defaultEmail="a@b.co" />,
      {
        failure: { mode: 'rate-limit-http', retryAfterSeconds: 25 },
      },
    );
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(screen.getByRole('button')).toHaveTextContent('25 s'));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('sends to a known address with the input hidden, in zh-CN', async () => {
    const { mock, user } = harness.setup(
      <SendEmailCodeButton
        channel="CHANNEL_VERIFY_MFA"
        email="ada@example.com"
        hideEmailInput
        messages={zhCN}
      />,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    await waitFor(() => expect(mock.outbox).toHaveLength(1));
  });
});
