import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordSignIn } from '../../../src/flows/index.js';
import { GenAuthProvider } from '../../../src/index.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';
import {
  codeInput,
  mfaTokensSent,
  renderWithCache,
  secretLeaks,
  sendButton,
} from './mfa-harness.js';

const harness = flowHarness();
const PASSWORD = 'correct horse 9';
const ADA = { email: 'ada@example.com', username: 'ada', password: PASSWORD, phone: '13800138000' };

const account = () => screen.getByRole('textbox', { name: 'Username, email or phone' });
const password = () => screen.getByLabelText('Password');
const submit = () => screen.getByRole('button', { name: 'Sign in' });
const signInRequests = () => {
  const bodies: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/api/v3/signin')) bodies.push(request.url);
  });
  return bodies;
};

type User = ReturnType<typeof renderWithCache>['user'];
async function signInWith(user: User, name: string, secret = PASSWORD) {
  await user.type(account(), name);
  await user.type(password(), secret);
  await user.click(submit());
}

describe('<PasswordSignIn> without a second factor', () => {
  beforeEach(() => {
    harness.install().addUser(ADA);
  });

  it('signs in by email, username or phone; the password never in an attribute', async () => {
    const onSignedIn = vi.fn();
    const { user } = renderWithCache(harness, <PasswordSignIn onSignedIn={onSignedIn} />);
    await user.type(account(), 'ada');
    await user.type(password(), PASSWORD);
    expect(password()).toHaveAttribute('autocomplete', 'current-password');
    expect(document.body.innerHTML).not.toContain(PASSWORD);
    await user.click(submit());
    expect(await screen.findByRole('heading', { name: 'Signed in' })).toHaveFocus();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ token_type: 'Bearer' });
    expect(onSignedIn.mock.calls[0]?.[1]).toEqual({ method: 'password', mfaUser: undefined });
  });

  it('a wrong password: said at the field, forgotten, focus back on it', async () => {
    const requests = signInRequests();
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada@example.com', 'not it');
    expect(await screen.findByText(/That password isn't right/)).toBeVisible();
    expect(password()).toHaveAttribute('aria-invalid', 'true');
    expect(password()).toHaveValue('');
    expect(password()).toHaveFocus();
    expect(requests).toHaveLength(1);
  });

  it('an unknown account is said at the account field', async () => {
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'nobody@example.com');
    expect(await screen.findByText(/No account uses this username/)).toBeVisible();
    expect(account()).toHaveAttribute('aria-invalid', 'true');
    expect(account()).toHaveFocus();
  });

  it('empty or whitespace fields are refused before any request', async () => {
    const requests = signInRequests();
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await user.click(submit());
    expect(
      await screen.findByText('Enter your username, email address or phone number.'),
    ).toBeVisible();
    await user.type(account(), '   ');
    await user.click(submit());
    expect(account()).toHaveFocus();
    await user.clear(account());
    await user.type(account(), 'ada');
    await user.click(submit());
    expect(await screen.findByText('Enter your password.')).toBeVisible();
    expect(password()).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it('a 10 kB account is refused by the kit, never sent', async () => {
    const requests = signInRequests();
    const { user } = renderWithCache(
      harness,
      <PasswordSignIn defaultAccount={'a'.repeat(10_000)} />,
    );
    await user.type(password(), PASSWORD);
    await user.click(submit());
    expect(await screen.findByText(/Check your username/)).toBeVisible();
    expect(requests).toHaveLength(0);
  });

  it('a dead network keeps the password for a retry; double submit is one request', async () => {
    const requests = signInRequests();
    harness.mock.setFailure({ mode: 'network', times: 1 });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    expect(await screen.findByText(/Could not reach the server/)).toBeVisible();
    expect(requests).toHaveLength(1);
    // Enter and a click at once: one request.
    await user.click(password());
    await Promise.all([user.keyboard('{Enter}'), user.click(submit())]);
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(requests).toHaveLength(2);
  });

  it('a 500 with HTML and a 429 are worded, not shown raw', async () => {
    harness.mock.setFailure({ mode: 'server-error-html', times: 1 });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    expect(await screen.findByText(/unavailable right now/)).toBeVisible();
    harness.mock.setFailure({ mode: 'rate-limit-http', times: 1, retryAfterSeconds: 30 });
    await user.click(submit());
    expect(await screen.findByText(/Too many requests. Try again in 30 seconds/)).toBeVisible();
  });

  it('the forgot-password slot or button is under the password', async () => {
    const onForgot = vi.fn();
    const { user, unmount } = renderWithCache(
      harness,
      <PasswordSignIn onForgotPassword={onForgot} />,
    );
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    expect(onForgot).toHaveBeenCalledTimes(1);
    unmount();
    renderWithCache(harness, <PasswordSignIn forgotPassword={<a href="/reset">Reset it</a>} />);
    expect(screen.getByRole('link', { name: 'Reset it' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Forgot your password?' })).toBeNull();
  });
});

describe('<PasswordSignIn> with a second factor by SMS', { timeout: 20_000 }, () => {
  it('the account phone: masked, texted on CHANNEL_VERIFY_MFA, verified; no token left anywhere', {
    timeout: 20_000,
  }, async () => {
    harness.install().addUser({ ...ADA, mfa: { phone: '13900139000' } });
    const sent = mfaTokensSent(harness);
    const onSignedIn = vi.fn();
    const { user, queryClient } = renderWithCache(
      harness,
      <PasswordSignIn onSignedIn={onSignedIn} />,
    );
    await signInWith(user, 'ada');
    expect(await screen.findByRole('heading', { name: "Verify it's you" })).toHaveFocus();
    expect(screen.getByText(/we text a code to your phone/).textContent).toContain(
      '+86\u00a0139****9000',
    );
    expect(document.body.innerHTML).not.toContain('13900139000');
    expect(password).toBeDefined();
    expect(harness.mock.outbox).toHaveLength(0);
    await user.click(sendButton());
    await waitFor(() => expect(sendButton()).toHaveAccessibleName('Resend code'));
    const code = harness.mock.lastCodeFor('13900139000', 'CHANNEL_VERIFY_MFA') ?? '';
    expect(code).toMatch(/^\d{6}$/);

    // Wrong code first: at the field, and the step stays.
    await user.type(codeInput(), code === '000000' ? '111111' : '000000');
    expect(await screen.findByText(/That code isn't right/)).toBeVisible();
    await user.clear(codeInput());
    // The completed code and the button at once: one verify.
    const before = sent.verifies.length;
    // The completed code starts the verify; Enter while it is in flight joins it.
    harness.mock.setLatency(100);
    await user.type(codeInput(), code);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Signed in' })).toHaveFocus();
    expect(sent.verifies.length - before).toBe(1);

    const [tokens, details] = onSignedIn.mock.calls[0] ?? [];
    expect(details.method).toBe('password');
    expect(details.mfaUser.id).toEqual(expect.any(String));
    expect(tokens.access_token).toBe(details.mfaUser.token);
    expect(tokens.id_token).toBe(details.mfaUser.token);
    const mfaToken = sent.tokens[0] ?? '';
    expect(mfaToken.length).toBeGreaterThan(8);
    await waitFor(() => expect(secretLeaks(queryClient, mfaToken)).toEqual([]));
    expect(secretLeaks(queryClient, PASSWORD)).toEqual([]);
  });

  it('an expired MFA token sends the user back to sign in, with why', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    harness.install({ now: () => now }).addUser({ ...ADA, mfa: { phone: '13900139000' } });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    await screen.findByRole('heading', { name: "Verify it's you" });
    await user.click(sendButton());
    await waitFor(() => expect(sendButton()).toHaveAccessibleName('Resend code'));
    const code = harness.mock.lastCodeFor('13900139000', 'CHANNEL_VERIFY_MFA') ?? '';
    now += 7 * 60_000;
    await user.type(codeInput(), code);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toHaveFocus();
    expect(screen.getByText(/Verification took too long/)).toBeVisible();
    expect(account()).toHaveValue('ada');
    expect(password()).toHaveValue('');
  });

  it('no MFA phone: a number is checked, texted and bound', async () => {
    const mock = harness.install();
    mock.addUser({ ...ADA, mfa: {} });
    const sent = mfaTokensSent(harness);
    const onSignedIn = vi.fn();
    const { user } = renderWithCache(harness, <PasswordSignIn onSignedIn={onSignedIn} />);
    await signInWith(user, 'ada');
    expect(
      await screen.findByRole('heading', { name: 'Add a phone for verification' }),
    ).toHaveFocus();
    await user.type(
      screen.getByRole('textbox', { name: 'Phone number for verification' }),
      '13700137000',
    );
    await user.click(sendButton());
    expect(await screen.findByRole('heading', { name: "Verify it's you" })).toHaveFocus();
    expect(screen.getByText(/Enter the code we sent to/).textContent).toContain('+86\u00a0137');
    const code = mock.lastCodeFor('13700137000', 'CHANNEL_VERIFY_MFA') ?? '';
    await user.type(codeInput(), code);
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(sent.tokens).toHaveLength(2); // check, then verify
    expect(onSignedIn.mock.calls[0]?.[1].mfaUser).toBeDefined();
  });

  it("a provider's userPoolId goes on the V2 MFA calls only, as the MFA component sends it", async () => {
    const mock = harness.install();
    mock.addUser({ ...ADA, mfa: {} });
    const pools: [string, string | null][] = [];
    harness.server.events.on('request:start', ({ request }) => {
      pools.push([new URL(request.url).pathname, request.headers.get('x-genauth-userpool-id')]);
    });
    const user = userEvent.setup();
    render(
      <GenAuthProvider
        appId={APP_ID}
        appHost={HOST}
        userPoolId="62a0f1b2c3d4e5f6a7b8c9d0"
        cooldownStore={harness.browser().cooldownStore}
        queryClient={new QueryClient()}
      >
        <PasswordSignIn />
      </GenAuthProvider>,
    );
    await signInWith(user, 'ada');
    await user.type(
      await screen.findByRole('textbox', { name: 'Phone number for verification' }),
      '13700137000',
    );
    await user.click(sendButton());
    const code = await waitFor(() => {
      const sent = mock.lastCodeFor('13700137000', 'CHANNEL_VERIFY_MFA');
      if (!sent) throw new Error('no code texted yet');
      return sent;
    });
    await user.type(codeInput(), code);
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(pools).toEqual([
      ['/api/v3/signin', null],
      ['/api/v2/applications/mfa/check', '62a0f1b2c3d4e5f6a7b8c9d0'],
      ['/api/v3/send-sms', null],
      ['/api/v2/applications/mfa/sms/verify', '62a0f1b2c3d4e5f6a7b8c9d0'],
    ]);
  });

  it('no MFA phone: a number GenAuth will not bind is refused, no SMS sent', async () => {
    const mock = harness.install();
    mock.addUser({ ...ADA, mfa: {} });
    mock.addUser({ phone: '13700137000' });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    await screen.findByRole('heading', { name: 'Add a phone for verification' });
    const field = screen.getByRole('textbox', { name: 'Phone number for verification' });
    await user.type(field, '13700137000');
    await user.click(sendButton());
    // On the field, and said when it arrives.
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(/can't be used for verification/),
    );
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
      expect.stringMatching(/can't be used for verification/),
    );
    expect(mock.outbox).toHaveLength(0);
  });

  it('a dead network or a 500 at the verify: said, the step and the code stay', async () => {
    harness.install().addUser({ ...ADA, mfa: { phone: '13900139000' } });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    await screen.findByRole('heading', { name: "Verify it's you" });
    await user.click(sendButton());
    await waitFor(() => expect(sendButton()).toHaveAccessibleName('Resend code'));
    const code = harness.mock.lastCodeFor('13900139000', 'CHANNEL_VERIFY_MFA') ?? '';
    harness.mock.setFailure({
      mode: 'network',
      times: 1,
      endpoints: ['applications/mfa/sms/verify'],
    });
    await user.type(codeInput(), code);
    expect(await screen.findByText(/Could not reach the server/)).toBeVisible();
    harness.mock.setFailure({
      mode: 'server-error-html',
      times: 1,
      endpoints: ['applications/mfa/sms/verify'],
    });
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText(/unavailable right now/)).toBeVisible();
    expect(codeInput()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('heading', { name: 'Signed in' });
  });

  it('a number to bind: empty, emoji or 10 kB sends nothing; full-width digits are read', async () => {
    const mock = harness.install();
    mock.addUser({ ...ADA, mfa: {} });
    const checks: string[] = [];
    harness.server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/mfa/check')) checks.push(request.url);
    });
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    await screen.findByRole('heading', { name: 'Add a phone for verification' });
    const field = screen.getByRole('textbox', { name: 'Phone number for verification' });
    await user.click(sendButton());
    await user.type(field, '📱📱');
    await user.click(sendButton());
    await user.clear(field);
    await user.click(field);
    await user.paste('1'.repeat(10_000));
    await user.click(sendButton());
    expect(checks).toHaveLength(0);
    expect(mock.outbox).toHaveLength(0);
    await user.clear(field);
    await user.click(field);
    await user.paste('１３７００１３７０００');
    await user.click(sendButton());
    await screen.findByRole('heading', { name: "Verify it's you" });
    expect(checks).toHaveLength(1);
    expect(mock.lastCodeFor('13700137000', 'CHANNEL_VERIFY_MFA')).toMatch(/^\d{6}$/);
  });

  it('an app that asks for another factor than SMS: said, and back to sign-in', async () => {
    harness.install({ mfa: { factors: ['OTP'] } }).addUser(ADA);
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await signInWith(user, 'ada');
    expect(
      await screen.findByRole('heading', { name: 'Another kind of verification is needed' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toHaveFocus();
  });
});
