import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PhoneSignIn } from '../../../src/flows/index.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import {
  codeInput,
  mfaTokensSent,
  renderWithCache,
  secretLeaks,
  sendButton,
} from './mfa-harness.js';

const harness = flowHarness();
const ADA = '13800138000';
const MFA_PHONE = '13900139000';

type User = ReturnType<typeof renderWithCache>['user'];
/** Signs in by SMS code up to the second factor. */
async function toMfaStep(user: User) {
  await user.type(screen.getByRole('textbox', { name: 'Phone number' }), ADA);
  await user.click(sendButton());
  await screen.findByRole('heading', { name: 'Enter the code' });
  await user.type(codeInput(), harness.mock.lastCodeFor(ADA, 'CHANNEL_LOGIN') ?? '');
  expect(await screen.findByRole('heading', { name: "Verify it's you" })).toHaveFocus();
}

/** Texts the MFA code and returns it. */
async function sendMfaCode(user: User) {
  await user.click(sendButton());
  await waitFor(() => expect(sendButton()).toHaveAccessibleName('Resend code'));
  return harness.mock.lastCodeFor(MFA_PHONE, 'CHANNEL_VERIFY_MFA') ?? '';
}

describe('<PhoneSignIn> with a second factor', { timeout: 20_000 }, () => {
  it('code → "Verify it\'s you" (masked) → signed in; onSignedIn gets the V2 user', async () => {
    harness.install().addUser({ phone: ADA, mfa: { phone: MFA_PHONE } });
    const sent = mfaTokensSent(harness);
    const onSignedIn = vi.fn();
    const browser = harness.browser();
    const { user, queryClient } = renderWithCache(
      harness,
      <PhoneSignIn onSignedIn={onSignedIn} resumeStore={false} />,
      browser,
    );
    await toMfaStep(user);
    expect(screen.getByText(/we text a code to your phone/).textContent).toContain(
      '+86\u00a0139****9000',
    );
    expect(document.body.innerHTML).not.toContain(MFA_PHONE);
    await user.type(codeInput(), await sendMfaCode(user));
    expect(await screen.findByRole('heading', { name: 'Signed in' })).toHaveFocus();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    const [tokens, details] = onSignedIn.mock.calls[0] ?? [];
    expect(details).toMatchObject({
      method: 'phone-code',
      mfaUser: { token: tokens.access_token },
    });
    expect(sent.verifies).toHaveLength(1);
    await waitFor(() => expect(secretLeaks(queryClient, sent.tokens[0] ?? '')).toEqual([]));
  });

  it('no second factor: onSignedIn gets method phone-code and no mfaUser', async () => {
    harness.install().addUser({ phone: ADA });
    const onSignedIn = vi.fn();
    const { user } = renderWithCache(harness, <PhoneSignIn onSignedIn={onSignedIn} />);
    await user.type(screen.getByRole('textbox', { name: 'Phone number' }), ADA);
    await user.click(sendButton());
    await screen.findByRole('heading', { name: 'Enter the code' });
    await user.type(codeInput(), harness.mock.lastCodeFor(ADA, 'CHANNEL_LOGIN') ?? '');
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(onSignedIn.mock.calls[0]?.[1]).toEqual({ method: 'phone-code', mfaUser: undefined });
  });

  it('a reload during the second factor starts the sign-in again (the token is not stored)', async () => {
    harness.install().addUser({ phone: ADA, mfa: { phone: MFA_PHONE } });
    const browser = harness.browser();
    const first = renderWithCache(harness, <PhoneSignIn />, browser);
    await toMfaStep(first.user);
    expect(browser.storage.raw()).toBe('');
    first.unmount();
    renderWithCache(harness, <PhoneSignIn />, browser);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  });

  it('wrong code at the field; an expired token back to the number, with why', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    harness.install({ now: () => now }).addUser({ phone: ADA, mfa: { phone: MFA_PHONE } });
    const { user } = renderWithCache(harness, <PhoneSignIn />);
    await toMfaStep(user);
    const code = await sendMfaCode(user);
    await user.type(codeInput(), code === '000000' ? '111111' : '000000');
    expect(await screen.findByText(/That code isn't right/)).toBeVisible();
    expect(screen.getByRole('heading', { name: "Verify it's you" })).toBeVisible();
    await user.clear(codeInput());
    now += 7 * 60_000;
    await user.type(codeInput(), code);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toHaveFocus();
    expect(screen.getByText(/Verification took too long/)).toBeVisible();
    // The number stays, to text a new sign-in code.
    const phone = screen.getByRole('textbox', { name: 'Phone number' }) as HTMLInputElement;
    expect(phone.value.replace(/\D/g, '')).toContain('13800138000');
  });

  it('"Back to sign-in" drops the step', async () => {
    harness.install().addUser({ phone: ADA, mfa: { phone: MFA_PHONE } });
    const sent = mfaTokensSent(harness);
    const { user } = renderWithCache(harness, <PhoneSignIn />);
    await toMfaStep(user);
    await user.click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toHaveFocus();
    expect(sent.tokens).toHaveLength(0);
  });
});
