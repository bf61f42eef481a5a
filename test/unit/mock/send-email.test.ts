import { describe, expect, it } from 'vitest';
import { EMAIL_CHANNELS, isEmailChannel } from '../../../src/core/api/email-channels.js';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const EMAIL = 'ada@example.com';

describe('EMAIL_CHANNELS', () => {
  it('lists the 11 email channels and recognises only them', () => {
    expect(EMAIL_CHANNELS).toHaveLength(11);
    expect(isEmailChannel('CHANNEL_VERIFY_EMAIL_LINK')).toBe(true);
    expect(isEmailChannel('CHANNEL_BIND_PHONE')).toBe(false);
    expect(isEmailChannel('channel_login')).toBe(false);
    expect(isEmailChannel(undefined)).toBe(false);
  });
});

describe('send-email', () => {
  it('sends a code on each of the 11 channels and records it lower-cased', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    for (const channel of EMAIL_CHANNELS) {
      const { json } = await post('send-email', { channel, email: 'Ada@Example.com' });
      expect(json, channel).toMatchObject({ statusCode: 200, requestId: expect.any(String) });
    }
    expect(mock.outbox).toHaveLength(11);
    expect(mock.outbox[0]).toEqual({
      type: 'email',
      channel: 'CHANNEL_LOGIN',
      email: EMAIL,
      code: expect.stringMatching(/^\d{6}$/),
      sentAt: clock.now(),
      requestId: expect.any(String),
    });
    expect(mock.lastCodeFor(EMAIL, 'CHANNEL_DELETE_ACCOUNT')).toBe(mock.outbox[10]?.code);
    expect(mock.lastCodeFor({ email: 'ADA@example.com' })).toBe(mock.outbox[10]?.code);
  });

  it.each([
    ['no channel', { email: EMAIL }, 400],
    ['no email', { channel: 'CHANNEL_LOGIN' }, 400],
    ['an SMS-only channel', { channel: 'CHANNEL_BIND_PHONE', email: EMAIL }, 400],
  ])('refuses %s', async (_, body, statusCode) => {
    const mock = install();
    const { json } = await post('send-email', body);
    expect(json.statusCode).toBe(statusCode);
    expect(mock.outbox).toEqual([]);
  });

  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com'])(
    'refuses the address %s',
    async (email) => {
      install();
      const { json } = await post('send-email', { channel: 'CHANNEL_LOGIN', email });
      expect(json).toMatchObject({ statusCode: 400, apiCode: 2204 });
    },
  );

  it('allows one email per (channel, address) per minute, case-insensitively', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    await post('send-email', { channel: 'CHANNEL_LOGIN', email: EMAIL });
    const again = await post('send-email', { channel: 'CHANNEL_LOGIN', email: 'ADA@example.com' });
    expect(again.json.statusCode).toBe(429);
    const otherChannel = await post('send-email', { channel: 'CHANNEL_REGISTER', email: EMAIL });
    expect(otherChannel.json.statusCode).toBe(200);
    const otherAddress = await post('send-email', {
      channel: 'CHANNEL_LOGIN',
      email: 'bob@example.com',
    });
    expect(otherAddress.json.statusCode).toBe(200);
    clock.advance(60_000);
    expect(
      (await post('send-email', { channel: 'CHANNEL_LOGIN', email: EMAIL })).json.statusCode,
    ).toBe(200);
    expect(mock.outbox).toHaveLength(4);
  });

  it('does not share the window with SMS on the same channel', async () => {
    install();
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    const email = await post('send-email', { channel: 'CHANNEL_LOGIN', email: EMAIL });
    expect(email.json.statusCode).toBe(200);
  });

  it('requires the app id header', async () => {
    install();
    const { json } = await post(
      'send-email',
      { channel: 'CHANNEL_LOGIN', email: EMAIL },
      { headers: {} },
    );
    expect(json).toMatchObject({ statusCode: 400, apiCode: 2101 });
  });
});
