import { act, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import {
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
  type SmsChannel,
  useSendSms,
} from '../../../src/index.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

// No official call consumes these two channels' codes (README, "Every channel and the call that
// consumes its code"): the kit keeps sending them, with the cooldown of every other channel.
const UNCONSUMED: readonly SmsChannel[] = ['CHANNEL_UNBIND_MFA', 'CHANNEL_IDENTITY_VERIFICATION'];

const harness = sendCodeHarness();
afterEach(() => {
  vi.useRealTimers();
});

describe.each(UNCONSUMED)('%s, a channel no official call consumes', (channel) => {
  it('<SendCodeButton> sends it to the mock and starts its cooldown', async () => {
    const { mock, user, store, container } = harness.setup(<SendCodeButton channel={channel} />);
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), '13800138000');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ channel, phoneNumber: '13800138000' });
    expect(mock.lastCodeFor('13800138000', channel)).toMatch(/^\d{6}$/);
    // The window started at the answer (the fake clock may have moved a little since).
    const left = store.remainingMs(cooldownKey(channel, '+8613800138000'));
    expect(left).toBeGreaterThan(55_000);
    expect(left).toBeLessThanOrEqual(60_000);
  });

  it('useSendSms sends it to the mock, once per minute per number', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const mock = harness.server.install();
    const store = isolatedStore();
    const client = createGenAuthClient({ appId: APP_ID, appHost: HOST });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <GenAuthProvider client={client} cooldownStore={store}>
        {children}
      </GenAuthProvider>
    );
    const { result } = renderHook(() => useSendSms(), { wrapper });
    const input = { channel, phoneNumber: '13700137000', phoneCountryCode: '+86' };
    await act(() => result.current.mutateAsync(input));
    // TanStack tells its observers in a batch after the promise settles: wait for that state.
    await waitFor(() => expect(result.current.data).toMatchObject({ statusCode: 200 }));
    expect(mock.outbox).toEqual([expect.objectContaining({ channel, phoneNumber: '13700137000' })]);
    expect(result.current.remainingSeconds).toBe(60);
    // A second send within the minute is refused here, before any request (as the server would).
    await act(async () => {
      await expect(result.current.mutateAsync(input)).rejects.toThrow();
    });
    expect(mock.outbox).toHaveLength(1);
  });
});
