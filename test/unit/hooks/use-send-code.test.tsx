import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parsePhone, useSendCode } from '../../../src/index.js';
import { kitHarness } from '../../helpers/hook-helpers.js';

describe('useSendCode (headless)', () => {
  it('walks idle → invalid → sending → cooldown with default messages', async () => {
    const kit = kitHarness(() => Response.json({ statusCode: 200, message: 'ok' }));
    const { result, rerender } = renderHook(
      ({ value }) => useSendCode({ channel: 'CHANNEL_LOGIN', phone: parsePhone(value) }),
      { wrapper: kit.wrapper, initialProps: { value: '138' } },
    );
    expect(result.current.state).toBe('idle');
    act(() => result.current.send());
    expect(result.current.state).toBe('invalid');
    expect(kit.spy).not.toHaveBeenCalled();
    rerender({ value: '13800138000' });
    expect(result.current.isRecipientValid).toBe(true);
    act(() => result.current.send());
    await waitFor(() => expect(result.current.state).toBe('cooldown'));
    expect(result.current.announcement).toBe('Code sent. You can request a new one in 60 seconds.');
    expect(result.current.hasSent).toBe(true);
    expect(kit.spy).toHaveBeenCalledTimes(1);
  });
});
