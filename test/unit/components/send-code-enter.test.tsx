import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SendCodeButton, SendEmailCodeButton } from '../../../src/index.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

// Enter in <SendCodeButton>'s phone field does what the send button would, when sending is
// the next step; otherwise the page's own Enter (a host form's submit) stands.
const harness = sendCodeHarness();
afterEach(() => {
  vi.useRealTimers();
});

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });

/** <SendCodeButton> inside a page's own sign-in form, whose main action is "Sign in". */
function HostForm({ onSubmit }: { onSubmit: () => void }) {
  return (
    <form
      aria-label="Sign in"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <SendCodeButton channel="CHANNEL_LOGIN" />
      <label>
        Code <input name="code" />
      </label>
      <button type="submit">Sign in</button>
    </form>
  );
}

describe('Enter in the phone field of <SendCodeButton>', () => {
  it('sends the code for a valid number, and the focus stays in the field', async () => {
    const onSent = vi.fn();
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" onSent={onSent} />,
    );
    await user.type(phoneInput(), '138 0013 8000{Enter}');
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(phoneInput()).toHaveFocus();
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
  });

  it('in a host form: sends the code instead of submitting the form', async () => {
    const onSubmit = vi.fn();
    const { mock, user, container } = harness.setup(<HostForm onSubmit={onSubmit} />);
    await user.type(phoneInput(), '13800138000{Enter}');
    await waitFor(() =>
      expect(container.querySelector('.genauth-send-code')).toHaveAttribute(
        'data-state',
        'cooldown',
      ),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(onSubmit).not.toHaveBeenCalled();
    expect(phoneInput()).toHaveFocus();
  });

  it('never sends twice: Enter again while sending, or a held key, sends nothing more and submits nothing', async () => {
    const onSubmit = vi.fn();
    const { mock, user, container } = harness.setup(<HostForm onSubmit={onSubmit} />, {
      latencyMs: 300,
    });
    await user.type(phoneInput(), '13800138000');
    await user.keyboard('{Enter}');
    const root = container.querySelector('.genauth-send-code');
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'sending'));
    await user.keyboard('{Enter}{Enter}');
    // A held key: the browser repeats keydown with `repeat` set.
    fireEvent.keyDown(phoneInput(), { key: 'Enter', code: 'Enter', repeat: true });
    await act(() => vi.advanceTimersByTimeAsync(400));
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'cooldown'));
    expect(mock.outbox).toHaveLength(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('during the cooldown, leaves Enter to the host form (its main action is next)', async () => {
    const onSubmit = vi.fn();
    const { mock, user, container } = harness.setup(<HostForm onSubmit={onSubmit} />);
    await user.type(phoneInput(), '13800138000{Enter}');
    const root = container.querySelector('.genauth-send-code');
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'cooldown'));
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(mock.outbox).toHaveLength(1);
  });

  it('sends nothing for an incomplete number, leaving Enter to the page', async () => {
    const onSubmit = vi.fn();
    const { mock, user } = harness.setup(<HostForm onSubmit={onSubmit} />);
    await user.type(phoneInput(), '1380{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(mock.outbox).toHaveLength(0);
    expect(phoneInput()).toHaveFocus();
  });

  it('ignores the Enter that ends an IME composition', async () => {
    const { mock, user, container } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    await user.type(phoneInput(), '13800138000');
    fireEvent.keyDown(phoneInput(), { key: 'Enter', isComposing: true });
    // The state a send would have left at once: still idle, nothing on its way.
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(mock.outbox).toHaveLength(0);
  });

  it('leaves the country selector its own Enter', async () => {
    const { mock, user, container } = harness.setup(<SendCodeButton channel="CHANNEL_LOGIN" />);
    await user.type(phoneInput(), '13800138000');
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Country/region' }), { key: 'Enter' });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(mock.outbox).toHaveLength(0);
  });

  it('does nothing while the control is disabled', async () => {
    const { mock, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" disabled />,
    );
    fireEvent.keyDown(phoneInput(), { key: 'Enter' });
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(mock.outbox).toHaveLength(0);
  });

  it('works the same in <SendEmailCodeButton>’s address field', async () => {
    const onSubmit = vi.fn();
    const { mock, user, container } = harness.setup(
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <SendEmailCodeButton channel="CHANNEL_LOGIN" />
        <button type="submit">Sign in</button>
      </form>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@example.com{Enter}');
    await waitFor(() =>
      expect(container.querySelector('.genauth-send-code')).toHaveAttribute(
        'data-state',
        'cooldown',
      ),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
