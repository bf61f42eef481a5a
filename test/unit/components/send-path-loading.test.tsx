import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enUS } from '../../../src/i18n/en-US.js';
import { cooldownKey, SendCodeButton } from '../../../src/index.js';
import { isolatedStore, sharedStorage } from '../../helpers/cooldown-fakes.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';
import { controlSendPath, restoreSendPathAfterEach } from '../../helpers/send-path.js';

// The send path (hardened transport, cross-tab lock) loads on the first send intent, never
// with the page: what a page shows on mount must work without it, and one intent must still
// send exactly one SMS, whether the chunk arrives late, twice requested, or not at all.

const harness = sendCodeHarness();
restoreSendPathAfterEach();
afterEach(() => {
  vi.useRealTimers();
});

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });

/** A store of one "tab" over storage shared with other tabs, on the test's (fake) clock. */
function tabStore(shared: ReturnType<typeof sharedStorage>) {
  const { storage, events } = shared.tab();
  return isolatedStore({ storage, storageEvents: events });
}

describe('the send path loads on the first send, not with the page', () => {
  it('mounts, shows a persisted countdown and follows another tab without loading it', async () => {
    const sendPath = controlSendPath('hold');
    const shared = sharedStorage();
    const otherTab = tabStore(shared);
    // Sent before this page loaded (a reload) on one number, and from another tab on another.
    otherTab.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 30_000);
    const store = tabStore(shared);
    const { user } = harness.setup(
      <>
        <div data-testid="first">
          <SendCodeButton
            channel="CHANNEL_LOGIN"
            defaultCountry="CN"
            defaultPhone="13800138000"
            cooldownStore={store}
          />
        </div>
        <div data-testid="second">
          <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" cooldownStore={store} />
        </div>
      </>,
    );
    const first = within(screen.getByTestId('first')).getByRole('button');
    expect(first).toHaveAttribute('aria-disabled', 'true');
    expect(first).toHaveTextContent(/30 s$/);
    await act(() => vi.advanceTimersByTimeAsync(2_000));
    expect(first).toHaveTextContent(/2[89] s$/);

    const second = within(screen.getByTestId('second'));
    await user.type(second.getByRole('textbox', { name: 'Phone number' }), '139 0013 9000');
    expect(second.getByRole('button')).toHaveAccessibleName('Send code');
    act(() => otherTab.start(cooldownKey('CHANNEL_LOGIN', '+8613900139000'), 45_000));
    await waitFor(() => expect(second.getByRole('button')).toHaveTextContent(/45 s$/));
    expect(sendPath.loads).toBe(0);
  });

  it('the first click loads it and sends exactly one SMS', async () => {
    const sendPath = controlSendPath('load');
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" />,
    );
    await user.type(phoneInput(), '13800138000');
    expect(sendPath.loads).toBe(0);
    await user.click(sendButton());
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(sendPath.loads).toBe(1);
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
  });

  it('clicks, Enter and a second button during the load still send one SMS', async () => {
    const sendPath = controlSendPath('hold');
    const onSent = vi.fn();
    const { mock, user } = harness.setup(
      <>
        <div data-testid="first">
          <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="13800138000" onSent={onSent} />
        </div>
        <div data-testid="second">
          <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="13800138000" onSent={onSent} />
        </div>
      </>,
    );
    const first = within(screen.getByTestId('first')).getByRole('button');
    const second = within(screen.getByTestId('second')).getByRole('button');
    await user.dblClick(first);
    await user.tripleClick(first);
    await user.keyboard('{Enter}');
    await user.click(second);
    expect(first).toHaveAttribute('data-state', 'sending');
    expect(first).toHaveAttribute('aria-disabled', 'true');
    expect(mock.outbox).toHaveLength(0);
    expect(sendPath.loads).toBe(1); // one load, however many intents wait for it

    act(() => sendPath.release(true));
    await waitFor(() => expect(first).toHaveAttribute('data-state', 'cooldown'));
    await waitFor(() => expect(second).toHaveAttribute('data-state', 'cooldown'));
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(mock.outbox).toHaveLength(1);
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(sendPath.loads).toBe(1);
  });

  it('a failed load says so, sends nothing, and the next click loads again and sends once', async () => {
    const sendPath = controlSendPath('fail');
    const onError = vi.fn();
    const { mock, user, container, store } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" onError={onError} />,
    );
    await user.type(phoneInput(), '13800138000');
    await user.click(sendButton());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(enUS.sendUnavailable));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(sendButton()).toHaveAccessibleName('Send code');
    expect(sendButton()).toHaveAccessibleDescription(enUS.sendUnavailable);
    expect(store.remainingMs(cooldownKey('CHANNEL_LOGIN', '+8613800138000'))).toBe(0);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(mock.outbox).toHaveLength(0);
    const failedLoads = sendPath.loads;
    expect(failedLoads).toBeGreaterThan(0);

    sendPath.setMode('load');
    await user.click(sendButton());
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(sendPath.loads).toBeGreaterThan(failedLoads);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(mock.outbox).toHaveLength(1);
  });

  it('starts loading when the pointer is over the button or it gets focus, silently', async () => {
    const sendPath = controlSendPath('hold');
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" />,
    );
    await user.type(phoneInput(), '13800138000');
    expect(sendPath.loads).toBe(0);
    await user.tab(); // focus moves from the field to the button
    expect(sendButton()).toHaveFocus();
    expect(sendPath.loads).toBe(1);
    await user.hover(sendButton());
    expect(sendPath.loads).toBe(1); // already loading: one load

    // A failed early load is nobody's concern until the user asks to send.
    act(() => sendPath.release(false));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(container.firstElementChild).toHaveAttribute('data-state', 'idle');

    sendPath.setMode('load');
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(sendPath.loads).toBe(2);
    expect(mock.outbox).toHaveLength(1);
  });
});
