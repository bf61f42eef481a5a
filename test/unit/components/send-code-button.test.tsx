import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { GenAuthInputError, SendCodeButton, type SmsChannel } from '../../../src/index.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

const harness = sendCodeHarness();
afterEach(() => {
  vi.useRealTimers();
});

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });

describe('<SendCodeButton>', () => {
  it('renders a labelled phone input and a real type=button send button, idle', () => {
    const { container } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    expect(phoneInput()).toHaveAttribute('autocomplete', 'tel-national');
    expect(sendButton()).toHaveAccessibleName('Send code');
    expect(sendButton()).toHaveAttribute('type', 'button');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
  });

  it('sends one SMS for a valid number and starts a 60 s cooldown for it', async () => {
    const onSent = vi.fn();
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" onSent={onSent} />,
    );
    await user.type(phoneInput(), '138 0013 8000');
    await user.click(sendButton());
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(onSent.mock.calls[0]?.[1]).toEqual({
      phone: '+8613800138000',
      channel: 'CHANNEL_LOGIN',
    });
    // The name is stable; the seconds are shown but kept out of it.
    expect(sendButton()).toHaveAccessibleName('Resend code');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveTextContent('60 s');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Code sent. You can request a new one in 60 seconds.',
    );
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('sends one SMS however fast the button is clicked', async () => {
    const { mock, user } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />, {
      latencyMs: 300,
    });
    await user.type(phoneInput(), '13800138000');
    const button = sendButton();
    await user.dblClick(button);
    await user.tripleClick(button);
    await act(() => vi.advanceTimersByTimeAsync(400));
    await waitFor(() => expect(button).toHaveAccessibleName('Resend code'));
    await user.click(button);
    expect(mock.outbox).toHaveLength(1);
  });

  it('keeps focus on the button while sending and cooling down, and announces the end only', async () => {
    const { mock, user, container } = harness.setup(<SendCodeButton channel="CHANNEL_REGISTER" />, {
      latencyMs: 200,
    });
    await user.type(phoneInput(), '13800138000');
    await user.click(sendButton());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'sending');
    expect(sendButton()).toHaveFocus();
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    await act(() => vi.advanceTimersByTimeAsync(250));
    await waitFor(() => expect(sendButton()).toHaveTextContent('60 s'));
    const status = screen.getByRole('status');
    const announced = status.textContent;
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    // Countdowns step at the clock's whole seconds (all of a page's in one commit), so 30 s
    // after the send it reads 30 or 31, depending on where in a second the send landed.
    expect(sendButton()).toHaveTextContent(/[^0-9]3[01] s$/);
    expect(status.textContent).toBe(announced); // not every second
    expect(sendButton()).toHaveFocus();
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    await waitFor(() => expect(status).toHaveTextContent('You can request a new code now.'));
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(sendButton()).toHaveAccessibleName('Resend code');
    await user.click(sendButton());
    await act(() => vi.advanceTimersByTimeAsync(250));
    await waitFor(() => expect(mock.outbox).toHaveLength(2));
  });

  it.each([
    ['too short', '1380', 'This phone number is too short.'],
    ['a fixed line', '010 1234 5678', 'Enter a mobile number that can receive text messages.'],
  ])('refuses %s: shows why, focuses the input, sends nothing', async (_label, typed, reason) => {
    const { mock, user, container } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    await user.type(phoneInput(), typed);
    await user.click(sendButton());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'invalid');
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true');
    expect(phoneInput()).toHaveAccessibleDescription(reason);
    expect(phoneInput()).toHaveFocus();
    expect(mock.outbox).toHaveLength(0);
  });

  it('refuses an empty number', async () => {
    const { mock, user } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    await user.click(sendButton());
    expect(phoneInput()).toHaveAccessibleDescription('Enter your phone number.');
    expect(mock.outbox).toHaveLength(0);
  });

  it('refuses an unknown channel at the click, with a typed error and a message, never a crash', async () => {
    const onError = vi.fn();
    const channel = 'CHANNEL_NOPE' as SmsChannel; // plain JavaScript, or a typo cast away
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel={channel} onError={onError} />,
    );
    await user.type(phoneInput(), '13800138000'); // a valid number: the page keeps rendering
    await user.click(sendButton());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The code could not be sent. Try again.'),
    );
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(GenAuthInputError);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ field: 'channel' });
    expect(mock.outbox).toHaveLength(0);
  });

  it('turns a server 429 into the server-synced countdown, not an error', async () => {
    const onError = vi.fn();
    const { user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" onError={onError} />,
      {
        failure: { mode: 'rate-limit-http', retryAfterSeconds: 42 },
      },
    );
    await user.type(phoneInput(), '13800138000');
    await user.click(sendButton());
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(sendButton()).toHaveTextContent('42 s');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Too many requests. Try again in 42 seconds.',
    );
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['network', 'Could not reach the server. Check your connection and try again.'],
    ['server-error-html', 'The service is unavailable right now. Try again later.'],
  ] as const)('shows a %s failure as an alert and stays ready to retry', async (mode, text) => {
    const { mock, user, container } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />, {
      failure: { mode, times: 1 },
    });
    await user.type(phoneInput(), '13800138000');
    await user.click(sendButton());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(sendButton()).toHaveAccessibleDescription(text);
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    await user.click(sendButton());
    await waitFor(() => expect(mock.outbox).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('alert')).toBeEmptyDOMElement());
  });

  it('shows a cooldown already running for the number (reload, other tab) at once', async () => {
    const { store, user } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    store.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
    await user.type(phoneInput(), '13800138000');
    expect(sendButton()).toHaveAccessibleName('Resend code');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('cools each channel down separately', async () => {
    const { mock, user } = harness.setup(
      <>
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" hidePhoneInput />
        <SendCodeButton
          channel="CHANNEL_RESET_PASSWORD"
          defaultPhone="+8613800138000"
          hidePhoneInput
        />
      </>,
    );
    const [login, reset] = screen.getAllByRole('button', { name: 'Send code' });
    await user.click(login as HTMLElement);
    await waitFor(() => expect(login).toHaveAttribute('aria-disabled', 'true'));
    expect(reset).not.toHaveAttribute('aria-disabled');
    await user.click(reset as HTMLElement);
    await waitFor(() => expect(mock.outbox).toHaveLength(2));
  });

  it('sends to a known number with the input hidden', async () => {
    const { mock, user } = harness.setup(
      <SendCodeButton channel="CHANNEL_VERIFY_MFA" phone="+447911123456" hidePhoneInput />,
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(sendButton());
    await waitFor(() => expect(mock.outbox).toHaveLength(1));
    expect(mock.outbox[0]).toMatchObject({ phoneNumber: '7911123456', phoneCountryCode: '+44' });
  });

  it('says why when a hidden known number is invalid', async () => {
    const { mock, user } = harness.setup(
      <SendCodeButton channel="CHANNEL_VERIFY_MFA" phone="+86123" hidePhoneInput />,
    );
    await user.click(sendButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a valid mobile number.');
    expect(mock.outbox).toHaveLength(0);
  });

  it('passes state and seconds to a render prop', async () => {
    const { user } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000">
        {({ state, remainingSeconds }) => `Get code [${state} ${remainingSeconds}]`}
      </SendCodeButton>,
    );
    const button = screen.getByRole('button', { name: 'Get code [idle 0]' });
    await user.click(button);
    await waitFor(() => expect(button).toHaveTextContent('Get code [cooldown 60]'));
  });

  it('speaks zh-CN and takes message overrides', () => {
    harness.setup(
      <>
        <SendCodeButton channel="CHANNEL_LOGIN" messages={zhCN} />
        <SendCodeButton channel="CHANNEL_LOGIN" messages={{ sendCode: 'Text me a code' }} />
      </>,
    );
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Text me a code' })).toBeInTheDocument();
  });

  it('is controlled through phone and onPhoneChange', async () => {
    const onPhoneChange = vi.fn();
    const { user, mock } = harness.setup(
      <SendCodeButton
        channel="CHANNEL_LOGIN"
        phone="+8613900139000"
        onPhoneChange={onPhoneChange}
      />,
    );
    expect(phoneInput()).toHaveValue('139 0013 9000');
    await user.click(sendButton());
    await waitFor(() => expect(mock.outbox).toHaveLength(1));
    expect(mock.outbox[0]).toMatchObject({ phoneNumber: '13900139000' });
    await user.type(phoneInput(), '1');
    expect(onPhoneChange).toHaveBeenCalled();
  });

  it('does nothing when disabled', async () => {
    const { user, mock } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" disabled />,
    );
    await user.click(sendButton());
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(mock.outbox).toHaveLength(0);
  });
});
