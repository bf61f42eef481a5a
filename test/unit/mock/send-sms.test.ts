import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { SMS_CHANNELS } from '../../../src/core/api/channels.js';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { APP_ID, HOST, post, setupMockServer } from '../../helpers/mock-server.js';

const { install, server } = setupMockServer();
const MOBILE = '13800138000';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('send-sms: success', () => {
  it('answers a 200 envelope with a requestId and puts a 6-digit code in the outbox', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    const { status, json, headers } = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: MOBILE,
    });
    expect(status).toBe(200);
    expect(json).toEqual({ statusCode: 200, message: 'Success', requestId: expect.any(String) });
    expect(json.requestId).toMatch(UUID);
    expect(headers.get('x-request-id')).toBe(json.requestId);
    expect(mock.outbox).toEqual([
      {
        type: 'sms',
        channel: 'CHANNEL_LOGIN',
        phoneNumber: MOBILE,
        phoneCountryCode: '+86',
        code: expect.stringMatching(/^\d{6}$/),
        sentAt: clock.now(),
        requestId: json.requestId,
      },
    ]);
    expect(mock.lastCodeFor(MOBILE)).toBe(mock.outbox[0]?.code);
  });

  it('accepts all 11 channels, with or without +86', async () => {
    const mock = install();
    for (const channel of SMS_CHANNELS) {
      const { json } = await post('send-sms', {
        channel,
        phoneNumber: MOBILE,
        phoneCountryCode: '+86',
      });
      expect(json.statusCode, channel).toBe(200);
    }
    expect(mock.outbox.map((m) => m.channel)).toEqual([...SMS_CHANNELS]);
  });

  it('uses generateCode when given', async () => {
    const mock = install({ generateCode: () => '123456' });
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    expect(mock.lastCodeFor(MOBILE, 'CHANNEL_LOGIN')).toBe('123456');
  });

  it('gives every response its own requestId', async () => {
    install();
    const a = await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    const b = await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    const c = await post('send-sms', { channel: 'nope', phoneNumber: MOBILE });
    expect(new Set([a.json.requestId, b.json.requestId, c.json.requestId]).size).toBe(3);
    expect(c.json.requestId).toMatch(UUID);
  });
});

describe('send-sms: validation (HTTP 200, statusCode 400)', () => {
  it.each([
    ['no channel', { phoneNumber: MOBILE }, 'channel should not be empty'],
    ['no phoneNumber', { channel: 'CHANNEL_LOGIN' }, 'phoneNumber should not be empty'],
    ['empty phoneNumber', { channel: 'CHANNEL_LOGIN', phoneNumber: '' }, 'phoneNumber should'],
  ])('refuses %s', async (_, body, message) => {
    const mock = install();
    const { status, json } = await post('send-sms', body);
    expect(status).toBe(200);
    expect(json).toMatchObject({ statusCode: 400, apiCode: 2231 });
    expect(json.message).toContain(message);
    expect(json.requestId).toMatch(UUID);
    expect(mock.outbox).toEqual([]);
  });

  it.each(['CHANNEL_NOPE', 'channel_login', 'CHANNEL_VERIFY_EMAIL_LINK', 42])(
    'refuses the channel %s',
    async (channel) => {
      install();
      const { json } = await post('send-sms', { channel, phoneNumber: MOBILE });
      expect(json.statusCode).toBe(400);
      expect(json.message).toContain('channel must be one of the following values');
      expect(json.message).toContain('CHANNEL_IDENTITY_VERIFICATION');
    },
  );

  it.each([
    '1380013800', // 10 digits
    '138001380001', // 12 digits
    '12800138000', // second digit 2
    '23800138000', // not starting with 1
    '138 0013 8000',
    '+8613800138000',
  ])('refuses the mainland number %s', async (phoneNumber) => {
    const mock = install();
    const { json } = await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber });
    expect(json).toMatchObject({ statusCode: 400, apiCode: 2028 });
    const withCode = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber,
      phoneCountryCode: '+86',
    });
    expect(withCode.json).toMatchObject({ statusCode: 400, apiCode: 2028 });
    expect(mock.outbox).toEqual([]);
  });

  it.each(['86', '+', '+0', '+12345', 'CN', 7])('refuses the country code %s', async (code) => {
    install();
    const { json } = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: MOBILE,
      phoneCountryCode: code,
    });
    expect(json.statusCode).toBe(400);
    expect(json.message).toContain('phoneCountryCode');
  });

  it('refuses a body that is not a JSON object', async () => {
    install();
    for (const body of ['not json', '[]', 'null']) {
      const { json } = await post('send-sms', body);
      expect(json, body).toMatchObject({ statusCode: 400, apiCode: 2231 });
    }
  });
});

describe('send-sms: international numbers', () => {
  it('accepts plausible numbers when the service is enabled (default)', async () => {
    const mock = install();
    for (const [phoneCountryCode, phoneNumber] of [
      ['+44', '7700900123'],
      ['+1', '4155550123'],
      ['+852', '51234567'],
    ] as const) {
      const { json } = await post('send-sms', {
        channel: 'CHANNEL_LOGIN',
        phoneNumber,
        phoneCountryCode,
      });
      expect(json.statusCode, phoneCountryCode).toBe(200);
    }
    expect(
      mock.lastMessageFor({ phoneNumber: '7700900123', phoneCountryCode: '+44' }),
    ).toMatchObject({ phoneCountryCode: '+44', phoneNumber: '7700900123' });
  });

  it.each([
    ['letters', '77009OO123'],
    ['too short', '123'],
    ['longer than E.164 allows', '12345678901234'],
  ])('refuses %s', async (_, phoneNumber) => {
    install();
    const { json } = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber,
      phoneCountryCode: '+44',
    });
    expect(json).toMatchObject({ statusCode: 400, apiCode: 2028 });
  });

  it('refuses non-+86 numbers when internationalSms is false, and still sends mainland ones', async () => {
    const mock = install({ internationalSms: false });
    const { json } = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '7700900123',
      phoneCountryCode: '+44',
    });
    expect(json.statusCode).toBe(403);
    expect(json.message).toContain('international SMS service is not enabled');
    expect(json.message).toContain('+44');
    const mainland = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: MOBILE,
      phoneCountryCode: '+86',
    });
    expect(mainland.json.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(1);
  });
});

describe('send-sms: one SMS per (channel, number) per minute', () => {
  it('answers statusCode 429 (HTTP 200) inside the window and sends again after it', async () => {
    const clock = fakeClock();
    const mock = install({ now: clock.now });
    const body = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };
    expect((await post('send-sms', body)).json.statusCode).toBe(200);

    clock.advance(59_999);
    const limited = await post('send-sms', body);
    expect(limited.status).toBe(200);
    expect(limited.json).toEqual({
      statusCode: 429,
      message: expect.stringContaining('try again in 1 s'),
      requestId: expect.any(String),
    });
    expect(mock.outbox).toHaveLength(1);

    clock.advance(1);
    expect((await post('send-sms', body)).json.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(2);
  });

  it('does not extend the window on refused attempts', async () => {
    const clock = fakeClock();
    install({ now: clock.now });
    const body = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };
    await post('send-sms', body);
    clock.advance(30_000);
    expect((await post('send-sms', body)).json.message).toContain('try again in 30 s');
    clock.advance(30_000);
    expect((await post('send-sms', body)).json.statusCode).toBe(200);
  });

  it('counts a number with and without +86 as the same number', async () => {
    install();
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    const again = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: MOBILE,
      phoneCountryCode: '+86',
    });
    expect(again.json.statusCode).toBe(429);
  });

  it('keeps channels and numbers independent', async () => {
    const mock = install();
    const sends = [
      { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE },
      { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE },
      { channel: 'CHANNEL_LOGIN', phoneNumber: '13900139000' },
      { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE.slice(1), phoneCountryCode: '+1' },
    ];
    for (const body of sends) expect((await post('send-sms', body)).json.statusCode).toBe(200);
    expect(mock.outbox).toHaveLength(4);
  });

  it('lets only one of two concurrent requests through', async () => {
    const mock = install();
    const body = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };
    const results = await Promise.all([post('send-sms', body), post('send-sms', body)]);
    expect(results.map((r) => r.json.statusCode).sort()).toEqual([200, 429]);
    expect(mock.outbox).toHaveLength(1);
  });

  it('honours rateWindowMs', async () => {
    const clock = fakeClock();
    install({ now: clock.now, rateWindowMs: 10_000 });
    const body = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };
    await post('send-sms', body);
    clock.advance(9_000);
    expect((await post('send-sms', body)).json.statusCode).toBe(429);
    clock.advance(1_000);
    expect((await post('send-sms', body)).json.statusCode).toBe(200);
  });
});

describe('send-sms: app id header', () => {
  const body = { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE };

  it('refuses a request without an app id', async () => {
    const mock = install();
    const { status, json } = await post('send-sms', body, { headers: {} });
    expect(status).toBe(200);
    expect(json).toMatchObject({ statusCode: 400, apiCode: 2101 });
    expect(json.message).toContain('x-genauth-app-id');
    expect(mock.outbox).toEqual([]);
  });

  it('accepts the legacy x-authing-app-id header', async () => {
    install({ appId: APP_ID });
    const { json } = await post('send-sms', body, { headers: { 'x-authing-app-id': APP_ID } });
    expect(json.statusCode).toBe(200);
  });

  it('refuses another app id when appId is set', async () => {
    install({ appId: APP_ID });
    const { json } = await post('send-sms', body, { headers: { 'x-genauth-app-id': 'other' } });
    expect(json).toMatchObject({ statusCode: 499, apiCode: 2011, message: 'App not found' });
  });
});

describe('send-sms: appHost', () => {
  it('answers only its own host, given with or without scheme and trailing slash', async () => {
    for (const appHost of ['mock.genauth.test', `${HOST}/`]) {
      server.resetHandlers(
        http.post('*/api/v3/send-sms', () => new HttpResponse('not the mock', { status: 404 })),
      );
      const mock = install({ appHost });
      const own = await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
      expect(own.json.statusCode).toBe(200);
      const other = await fetch('https://other.genauth.test/api/v3/send-sms', {
        method: 'POST',
        headers: { 'x-genauth-app-id': APP_ID },
        body: JSON.stringify({ channel: 'CHANNEL_LOGIN', phoneNumber: '13900139000' }),
      });
      expect(other.status).toBe(404);
      expect(mock.outbox).toHaveLength(1);
    }
  });
});
