import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthInputError,
  SMS_CHANNELS,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

describe('client.sendSms request shape', () => {
  it('POSTs exactly the official SDK request with x-genauth headers', async () => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({
      appId: 'app-123',
      appHost: 'https://my-app.genauth.ai',
      fetch,
    });
    const result = await client.sendSms({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '13800138000',
      phoneCountryCode: '+86',
    });
    expect(result).toMatchObject({ statusCode: 200, message: 'ok', requestId: 'req-1' });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toEqual({
      url: 'https://my-app.genauth.ai/api/v3/send-sms',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-genauth-app-id': 'app-123' },
      body: { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+86' },
      credentials: 'include',
    });
  });

  it('uses the Authing header names with headerPrefix x-authing, lang and tenant only when set', async () => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({
      appId: 'app-9',
      appHost: 'core.authing.cn',
      headerPrefix: 'x-authing',
      lang: 'zh-CN',
      tenantId: 'tenant-1',
      fetch,
    });
    await client.sendSms({ channel: 'CHANNEL_REGISTER', phoneNumber: '13800138000' });
    expect(requests[0]?.headers).toEqual({
      'content-type': 'application/json',
      'x-authing-app-id': 'app-9',
      'x-authing-lang': 'zh-CN',
      'x-authing-app-tenant-id': 'tenant-1',
    });
    expect(requests[0]?.url).toBe('https://core.authing.cn/api/v3/send-sms');
  });

  it('omits an undefined phoneCountryCode from the body', async () => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    await client.sendSms({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '13800138000',
      phoneCountryCode: undefined,
    });
    expect(requests[0]?.body).toEqual({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    expect(Object.keys(requests[0]?.body as object)).not.toContain('phoneCountryCode');
  });

  it.each(SMS_CHANNELS)('accepts channel %s', async (channel) => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    await client.sendSms({ channel, phoneNumber: '13800138000' });
    expect(requests[0]?.body).toMatchObject({ channel });
  });

  it('honours credentials', async () => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({
      appId: 'a',
      appHost: 'x.genauth.ai',
      credentials: 'omit',
      fetch,
    });
    await client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    expect(requests[0]?.credentials).toBe('omit');
  });
});

describe('client.sendSms refuses bad input before any request', () => {
  const cases: Array<[string, unknown, string]> = [
    ['unknown channel', { channel: 'CHANNEL_NOPE', phoneNumber: '13800138000' }, 'channel'],
    ['lower-case channel', { channel: 'channel_login', phoneNumber: '13800138000' }, 'channel'],
    ['missing channel', { phoneNumber: '13800138000' }, 'channel'],
    ['empty phone', { channel: 'CHANNEL_LOGIN', phoneNumber: '' }, 'phoneNumber'],
    ['whitespace phone', { channel: 'CHANNEL_LOGIN', phoneNumber: '   ' }, 'phoneNumber'],
    ['phone with +', { channel: 'CHANNEL_LOGIN', phoneNumber: '+8613800138000' }, 'phoneNumber'],
    [
      'full-width digits',
      { channel: 'CHANNEL_LOGIN', phoneNumber: '１３８００１３８０００' },
      'phoneNumber',
    ],
    ['emoji', { channel: 'CHANNEL_LOGIN', phoneNumber: '138📱' }, 'phoneNumber'],
    ['10 kB string', { channel: 'CHANNEL_LOGIN', phoneNumber: '1'.repeat(10_000) }, 'phoneNumber'],
    ['number type', { channel: 'CHANNEL_LOGIN', phoneNumber: 13800138000 }, 'phoneNumber'],
    [
      'country code without +',
      { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '86' },
      'phoneCountryCode',
    ],
    [
      'country code too long',
      { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+12345' },
      'phoneCountryCode',
    ],
    [
      'empty country code',
      { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '' },
      'phoneCountryCode',
    ],
  ];

  it.each(cases)('%s', async (_label, input, field) => {
    const { fetch, spy } = fakeFetch();
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    const error = await client.sendSms(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect((error as GenAuthInputError).field).toBe(field);
    expect((error as Error).message.length).toBeLessThan(200);
    expect(spy).not.toHaveBeenCalled();
  });
});
