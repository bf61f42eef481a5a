import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from '../../../../src/core/index.js';
import { fakeClock } from '../../../helpers/cooldown-fakes.js';
import { HOST, setupMockServer } from '../../../helpers/mock-server.js';

const server = setupMockServer();
const login = {
  channel: 'CHANNEL_LOGIN',
  phoneNumber: '13800138000',
  phoneCountryCode: '+86',
} as const;

function client(timeoutMs?: number) {
  return createGenAuthClient({ appId: 'app-123', appHost: HOST, timeoutMs });
}

describe('the client against the GenAuth mock (real fetch through MSW)', () => {
  it('sends, then hits the one-per-minute rule, then sends again after a minute', async () => {
    const clock = fakeClock();
    const mock = server.install({ now: clock.now });
    await expect(client().sendSms(login)).resolves.toMatchObject({ statusCode: 200 });
    const error = await client()
      .sendSms(login)
      .catch((e: unknown) => e);
    expect(isRateLimitError(error)).toBe(true);
    clock.advance(60_000);
    await expect(client().sendSms(login)).resolves.toMatchObject({ statusCode: 200 });
    expect(mock.outbox).toHaveLength(2);
  });

  it('reads Retry-After from an HTTP 429', async () => {
    server.install({ failure: { mode: 'rate-limit-http', retryAfterSeconds: 17 } });
    await expect(client().sendSms(login)).rejects.toMatchObject({
      httpStatus: 429,
      retryAfterMs: 17_000,
    });
  });

  it('maps an HTML 500 page, a dead network and a silent server to typed errors', async () => {
    const mock = server.install({ failure: 'server-error-html' });
    await expect(client().sendSms(login)).rejects.toBeInstanceOf(GenAuthApiError);
    mock.setFailure('network');
    await expect(client().sendSms(login)).rejects.toBeInstanceOf(GenAuthNetworkError);
    mock.setFailure('timeout');
    await expect(client(50).sendSms(login)).rejects.toBeInstanceOf(GenAuthTimeoutError);
  });

  it('signs up, then signs in, with codes from the outbox', async () => {
    const mock = server.install();
    await client().sendSms({ ...login, channel: 'CHANNEL_REGISTER' });
    const registerCode = mock.lastCodeFor('13800138000', 'CHANNEL_REGISTER') ?? '';
    const signUp = await client().signUpByPhonePassCode({
      phone: '13800138000',
      phoneCountryCode: '+86',
      passCode: registerCode,
      profile: { nickname: 'Ada' },
    });
    expect(signUp.data.userId).toBeTruthy();
    await client().sendSms(login);
    const signIn = await client().signInByPhonePassCode({
      phone: '13800138000',
      phoneCountryCode: '+86',
      passCode: mock.lastCodeFor('13800138000', 'CHANNEL_LOGIN') ?? '',
    });
    expect(signIn.data.access_token).toBeTruthy();
    // A code is single use.
    await expect(
      client().signInByPhonePassCode({
        phone: '13800138000',
        phoneCountryCode: '+86',
        passCode: registerCode,
      }),
    ).rejects.toBeInstanceOf(GenAuthApiError);
  });
});
