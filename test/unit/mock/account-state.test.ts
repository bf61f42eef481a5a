import { describe, expect, it } from 'vitest';
import { createMfaStore } from '../../../src/mock/mfa-store.js';
import { createOutbox } from '../../../src/mock/outbox.js';
import { createRateLimiter } from '../../../src/mock/rate-limiter.js';
import { issueGrant, startSession } from '../../../src/mock/sessions.js';
import type { MockState } from '../../../src/mock/state.js';
import { emptyAccountState, type MockAccountState } from '../../../src/mock/state.js';
import { createUserStore } from '../../../src/mock/users.js';

describe('account state', () => {
  it('is plain data that survives a JSON round trip unchanged', () => {
    const accounts: MockAccountState = emptyAccountState();
    const state: MockState = {
      settings: {
        appId: undefined,
        internationalSms: true,
        rateWindowMs: 60_000,
        codeTtlMs: 300_000,
        latencyMs: 0,
        flowTokenTtlMs: 60_000,
        verifyOldPhoneOnUpdate: true,
        passwordStrength: 'low',
        appMfa: undefined,
        mfaTokenTtlMs: 360_000,
      },
      now: () => 1_000,
      generateCode: () => '123456',
      outbox: createOutbox(),
      limiter: createRateLimiter(
        () => 1_000,
        () => 60_000,
      ),
      users: createUserStore([], () => 1_000),
      accounts,
      mfa: createMfaStore(),
    };
    startSession(state, 'token-1', 'u1', 7_200_000);
    issueGrant(state, {
      kind: 'update-phone',
      userId: 'u1',
      phoneNumber: '13900139000',
      phoneCountryCode: '+86',
    });
    state.accounts.passwordSetAt.u1 = 1_000;
    expect(JSON.parse(JSON.stringify(state.accounts))).toEqual(state.accounts);
    expect(Object.values(state.accounts.grants)[0]).toEqual({
      kind: 'update-phone',
      userId: 'u1',
      phoneNumber: '13900139000',
      phoneCountryCode: '+86',
      expiresAt: 61_000,
    });
  });
});
