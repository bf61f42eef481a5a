import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  EMAIL_CHANNELS,
  GenAuthApiError,
  GenAuthInputError,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const tokens = { access_token: 'at', id_token: 'it', token_type: 'Bearer', expires_in: 1209600 };

function setup(respond?: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(respond);
  const client = createGenAuthClient({
    appId: 'app-1',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
  });
  return { client, ...fake };
}

describe('client.sendEmail', () => {
  it('POSTs { channel, email } to /api/v3/send-email with the app id header', async () => {
    const { client, requests } = setup();
    await client.sendEmail({ channel: 'CHANNEL_VERIFY_EMAIL_LINK', email: '  Ada@Example.com ' });
    expect(requests[0]).toMatchObject({
      url: 'https://x.genauth.ai/api/v3/send-email',
      method: 'POST',
      headers: { 'x-genauth-app-id': 'app-1', 'content-type': 'application/json' },
      body: { channel: 'CHANNEL_VERIFY_EMAIL_LINK', email: 'Ada@Example.com' },
    });
  });

  it('has the 11 email channels', () => {
    expect(EMAIL_CHANNELS).toHaveLength(11);
  });

  it.each([
    ['SMS-only channel', { channel: 'CHANNEL_BIND_PHONE', email: 'a@b.co' }, 'channel'],
    ['empty email', { channel: 'CHANNEL_LOGIN', email: '' }, 'email'],
    ['no domain', { channel: 'CHANNEL_LOGIN', email: 'ada@' }, 'email'],
    ['spaces inside', { channel: 'CHANNEL_LOGIN', email: 'a da@b.co' }, 'email'],
    ['10 kB', { channel: 'CHANNEL_LOGIN', email: `${'a'.repeat(10_000)}@b.co` }, 'email'],
  ])('refuses %s before any request', async (_label, input, field) => {
    const { client, spy } = setup();
    const error = await client.sendEmail(input as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect((error as GenAuthInputError).field).toBe(field);
    expect(spy).not.toHaveBeenCalled();
  });

  it('shares the envelope handling: a 429 envelope is an API error', async () => {
    const { client } = setup(() => Response.json({ statusCode: 429, message: 'too often' }));
    await expect(
      client.sendEmail({ channel: 'CHANNEL_LOGIN', email: 'a@b.co' }),
    ).rejects.toBeInstanceOf(GenAuthApiError);
  });
});

describe('client.signInByPhonePassCode', () => {
  it('POSTs the PASSCODE connection to /api/v3/signin and resolves with tokens', async () => {
    const { client, requests } = setup(() =>
      Response.json({ statusCode: 200, message: 'ok', data: tokens }),
    );
    const result = await client.signInByPhonePassCode({
      phone: '13800138000',
      phoneCountryCode: '+86',
      passCode: '123456',
      options: { scope: 'openid profile' },
    });
    expect(result.data.access_token).toBe('at');
    expect(requests[0]).toMatchObject({
      url: 'https://x.genauth.ai/api/v3/signin',
      body: {
        connection: 'PASSCODE',
        passCodePayload: { passCode: '123456', phone: '13800138000', phoneCountryCode: '+86' },
        options: { scope: 'openid profile' },
      },
    });
  });

  it('omits absent optional fields and never sends a profile on sign-in', async () => {
    const { client, requests } = setup(() =>
      Response.json({ statusCode: 200, message: 'ok', data: tokens }),
    );
    await client.signInByPhonePassCode({
      phone: '13800138000',
      passCode: '1234',
      profile: { x: 1 },
    } as never);
    expect(requests[0]?.body).toEqual({
      connection: 'PASSCODE',
      passCodePayload: { passCode: '1234', phone: '13800138000' },
    });
  });

  it.each([
    ['empty code', { phone: '13800138000', passCode: '' }, 'passCode'],
    ['letters in code', { phone: '13800138000', passCode: '12a456' }, 'passCode'],
    ['phone with dial code', { phone: '+8613800138000', passCode: '123456' }, 'phoneNumber'],
    [
      'bad country code',
      { phone: '13800138000', phoneCountryCode: '86', passCode: '123456' },
      'phoneCountryCode',
    ],
  ])('refuses %s before any request', async (_label, input, field) => {
    const { client, spy } = setup();
    const error = await client.signInByPhonePassCode(input as never).catch((e: unknown) => e);
    expect((error as GenAuthInputError).field).toBe(field);
    expect(spy).not.toHaveBeenCalled();
  });

  it('rejects a wrong code with the server envelope', async () => {
    const { client } = setup(() =>
      Response.json({ statusCode: 400, apiCode: '2001', message: '验证码不正确' }),
    );
    await expect(
      client.signInByPhonePassCode({ phone: '13800138000', passCode: '000000' }),
    ).rejects.toMatchObject({ statusCode: 400, apiCode: 2001 });
  });
});

describe('client.signUpByPhonePassCode', () => {
  it('POSTs the PASSCODE connection with the profile to /api/v3/signup', async () => {
    const user = { userId: 'u1', phone: '13800138000' };
    const { client, requests } = setup(() =>
      Response.json({ statusCode: 200, message: 'ok', data: user }),
    );
    const result = await client.signUpByPhonePassCode({
      phone: '13800138000',
      phoneCountryCode: '+86',
      passCode: '654321',
      profile: { nickname: 'Ada' },
    });
    expect(result.data.userId).toBe('u1');
    expect(requests[0]).toMatchObject({
      url: 'https://x.genauth.ai/api/v3/signup',
      body: {
        connection: 'PASSCODE',
        passCodePayload: { passCode: '654321', phone: '13800138000', phoneCountryCode: '+86' },
        profile: { nickname: 'Ada' },
      },
    });
  });
});
