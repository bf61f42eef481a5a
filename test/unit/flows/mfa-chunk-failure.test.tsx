import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PasswordSignIn } from '../../../src/flows/index.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import { mfaTokensSent, renderWithCache } from './mfa-harness.js';

// The second step's chunk cannot be fetched (offline, a deploy removed it).
vi.mock('../../../src/flows/mfa/mfa-step-chunk.js', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const harness = flowHarness();

describe('the MFA step chunk fails to load', () => {
  it('the sign-in says it failed, stays on its step, and sends nothing more', async () => {
    harness
      .install()
      .addUser({ username: 'ada', password: 'pw-123456', mfa: { phone: '13900139000' } });
    const sent = mfaTokensSent(harness);
    const { user } = renderWithCache(harness, <PasswordSignIn />);
    await user.type(screen.getByRole('textbox', { name: 'Username, email or phone' }), 'ada');
    await user.type(screen.getByLabelText('Password'), 'pw-123456{Enter}');
    expect(await screen.findByText('Something went wrong. Try again.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(sent.tokens).toHaveLength(0);
    expect(harness.mock.outbox).toHaveLength(0);
  });
});
