import { describe, expect, it } from 'vitest';
import { createGenAuthClient, isRateLimitError } from '../../../src/core/index.js';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST, post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const login = {
  channel: 'CHANNEL_LOGIN',
  phoneNumber: '13800138000',
  phoneCountryCode: '+86',
} as const;

describe('the mock tells a rate-limited client how long to wait', () => {
  it('sends Retry-After with the remaining window on its statusCode 429 envelope', async () => {
    const clock = fakeClock();
    install({ now: clock.now });
    expect((await post('send-sms', login)).headers.get('retry-after')).toBeNull();
    clock.advance(12_300);
    const limited = await post('send-sms', login);
    expect(limited.status).toBe(200);
    expect(limited.json.statusCode).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('48');
  });

  it("makes the README's isRateLimitError example print a real number", async () => {
    const clock = fakeClock();
    install({ now: clock.now });
    const client = createGenAuthClient({ appId: APP_ID, appHost: HOST, now: clock.now });
    await client.sendSms(login);
    clock.advance(20_000);
    const printed: unknown[] = [];
    try {
      await client.sendSms(login);
    } catch (error) {
      if (isRateLimitError(error)) printed.push('wait', error.retryAfterMs, 'ms');
    }
    expect(printed).toEqual(['wait', 40_000, 'ms']);
  });
});
