import { describe, expect, it, vi } from 'vitest';
import {
  createGenAuthClient,
  deleteAccountByCode,
  GenAuthApiError,
  GenAuthAuthRequiredError,
  GenAuthInputError,
  type HeaderPrefix,
  resetPasswordByCode,
  updatePhoneByCode,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const HOST = 'https://my-app.genauth.ai';
const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSJ9.sig';

function client(
  options: {
    headerPrefix?: HeaderPrefix;
    accessToken?: unknown;
    respond?: Parameters<typeof fakeFetch>[0];
  } = {},
) {
  // The final account calls resolve only on a confirmed change; the other calls ignore `data`.
  const fake = fakeFetch(
    options.respond ??
      (() => Response.json({ statusCode: 200, message: 'ok', data: { success: true } })),
  );
  const c = createGenAuthClient({
    appId: 'app-1',
    appHost: HOST,
    headerPrefix: options.headerPrefix,
    accessToken: options.accessToken as string | undefined,
    fetch: fake.fetch,
  });
  return { ...fake, client: c };
}

/** Every call: its method name, its input, its path, the exact body, and whether it needs a token. */
const CALLS = [
  {
    name: 'preCheckCode (SMS)',
    call: (c: ReturnType<typeof client>['client']) =>
      c.preCheckCode({
        codeType: 'SMS',
        smsCodePayload: {
          phone: '13800138000',
          passCode: '123456',
          phoneCountryCode: '+86',
          channel: 'CHANNEL_REGISTER',
        },
      }),
    path: '/api/v3/pre-check-code',
    body: {
      codeType: 'SMS',
      smsCodePayload: {
        phone: '13800138000',
        passCode: '123456',
        phoneCountryCode: '+86',
        channel: 'CHANNEL_REGISTER',
      },
    },
    auth: false,
  },
  {
    name: 'preCheckCode (EMAIL)',
    call: (c: ReturnType<typeof client>['client']) =>
      c.preCheckCode({
        codeType: 'EMAIL',
        emailCodePayload: {
          email: ' ada@example.com ',
          passCode: '123456',
          channel: 'CHANNEL_RESET_PASSWORD',
        },
      }),
    path: '/api/v3/pre-check-code',
    body: {
      codeType: 'EMAIL',
      emailCodePayload: {
        email: 'ada@example.com',
        passCode: '123456',
        channel: 'CHANNEL_RESET_PASSWORD',
      },
    },
    auth: false,
  },
  {
    name: 'verifyResetPasswordRequest (PHONE_PASSCODE)',
    call: (c: ReturnType<typeof client>['client']) =>
      c.verifyResetPasswordRequest({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: {
          phoneNumber: '13800138000',
          passCode: '123456',
          phoneCountryCode: '+86',
        },
      }),
    path: '/api/v3/verify-reset-password-request',
    body: {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        phoneNumber: '13800138000',
        passCode: '123456',
        phoneCountryCode: '+86',
      },
    },
    auth: false,
  },
  {
    name: 'verifyResetPasswordRequest (EMAIL_PASSCODE)',
    call: (c: ReturnType<typeof client>['client']) =>
      c.verifyResetPasswordRequest({
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '1234' },
      }),
    path: '/api/v3/verify-reset-password-request',
    body: {
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: 'ada@example.com', passCode: '1234' },
    },
    auth: false,
  },
  {
    name: 'resetPassword',
    call: (c: ReturnType<typeof client>['client']) =>
      c.resetPassword({ password: 'n3w passw0rd', passwordResetToken: 'reset-1' }),
    path: '/api/v3/reset-password',
    body: { password: 'n3w passw0rd', passwordResetToken: 'reset-1' },
    auth: false,
  },
  {
    name: 'bindPhone',
    call: (c: ReturnType<typeof client>['client']) =>
      c.bindPhone({ phoneNumber: '13800138000', passCode: '123456', phoneCountryCode: '+86' }),
    path: '/api/v3/bind-phone',
    body: { passCode: '123456', phoneNumber: '13800138000', phoneCountryCode: '+86' },
    auth: true,
  },
  {
    name: 'unbindPhone',
    call: (c: ReturnType<typeof client>['client']) => c.unbindPhone({ passCode: '123456' }),
    path: '/api/v3/unbind-phone',
    body: { passCode: '123456' },
    auth: true,
  },
  {
    name: 'verifyUpdatePhoneRequest',
    call: (c: ReturnType<typeof client>['client']) =>
      c.verifyUpdatePhoneRequest({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: {
          newPhoneNumber: '13900139000',
          newPhonePassCode: '111111',
          newPhoneCountryCode: '+86',
          oldPhoneNumber: '13800138000',
          oldPhonePassCode: '222222',
          oldPhoneCountryCode: '+86',
        },
      }),
    path: '/api/v3/verify-update-phone-request',
    body: {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: '13900139000',
        newPhonePassCode: '111111',
        newPhoneCountryCode: '+86',
        oldPhoneNumber: '13800138000',
        oldPhonePassCode: '222222',
        oldPhoneCountryCode: '+86',
      },
    },
    auth: true,
  },
  {
    name: 'updatePhone',
    call: (c: ReturnType<typeof client>['client']) => c.updatePhone({ updatePhoneToken: 'upd-1' }),
    path: '/api/v3/update-phone',
    body: { updatePhoneToken: 'upd-1' },
    auth: true,
  },
  {
    name: 'verifyDeleteAccountRequest',
    call: (c: ReturnType<typeof client>['client']) =>
      c.verifyDeleteAccountRequest({
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { phoneNumber: '13800138000', passCode: '123456' },
      }),
    path: '/api/v3/verify-delete-account-request',
    body: {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { phoneNumber: '13800138000', passCode: '123456' },
    },
    auth: true,
  },
  {
    name: 'deleteAccount',
    call: (c: ReturnType<typeof client>['client']) =>
      c.deleteAccount({ deleteAccountToken: 'del-1' }),
    path: '/api/v3/delete-account',
    body: { deleteAccountToken: 'del-1' },
    auth: true,
  },
] as const;

describe.each(['x-genauth', 'x-authing'] as const)(
  'account calls with the %s header prefix',
  (prefix) => {
    it.each(CALLS)(
      '$name POSTs the official body with the app id and the raw token',
      async (spec) => {
        const { client: c, requests } = client({ headerPrefix: prefix, accessToken: TOKEN });
        await spec.call(c);
        expect(requests).toEqual([
          {
            url: `${HOST}${spec.path}`,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [`${prefix}-app-id`]: 'app-1',
              // The official Node SDK sets the token itself as the header value: no "Bearer ".
              authorization: TOKEN,
            },
            body: spec.body,
            credentials: 'include',
          },
        ]);
      },
    );
  },
);

describe('the access token', () => {
  it.each(CALLS.filter((c) => c.auth))(
    '$name rejects before any request when signed out',
    async (spec) => {
      for (const accessToken of [undefined, null, '', '   ', () => null, async () => undefined]) {
        const { client: c, spy } = client({ accessToken });
        await expect(spec.call(c)).rejects.toBeInstanceOf(GenAuthAuthRequiredError);
        expect(spy).not.toHaveBeenCalled();
      }
    },
  );

  it.each(CALLS.filter((c) => !c.auth))(
    '$name works signed out and sends no authorization',
    async (spec) => {
      const { client: c, requests } = client();
      await spec.call(c);
      expect(requests[0]?.headers).not.toHaveProperty('authorization');
    },
  );

  it('reads a token function anew for every call (sync and async), keeping nothing', async () => {
    const tokens = ['first', 'second'];
    const source = vi.fn(async () => tokens.shift() ?? null);
    const { client: c, requests } = client({ accessToken: source });
    await c.unbindPhone({ passCode: '123456' });
    await c.unbindPhone({ passCode: '123456' });
    await expect(c.unbindPhone({ passCode: '123456' })).rejects.toBeInstanceOf(
      GenAuthAuthRequiredError,
    );
    expect(requests.map((r) => r.headers.authorization)).toEqual(['first', 'second']);
    expect(source).toHaveBeenCalledTimes(3);
  });

  it('is sent on other calls too while there is one, as the official SDK does', async () => {
    const { client: c, requests } = client({ accessToken: () => TOKEN });
    await c.sendSms({ channel: 'CHANNEL_BIND_PHONE', phoneNumber: '13800138000' });
    expect(requests[0]?.headers.authorization).toBe(TOKEN);
  });

  it('refuses values a header cannot carry, before any request', async () => {
    expect(() =>
      createGenAuthClient({ appId: 'a', appHost: HOST, accessToken: 42 as unknown as string }),
    ).toThrow(GenAuthInputError);
    const { client: c, spy } = client({ accessToken: 'abc\r\nx-evil: 1' });
    const error = await c
      .bindPhone({ phoneNumber: '13800138000', passCode: '123456' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'GenAuthInputError', field: 'accessToken' });
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('input is checked before any request', () => {
  const cases: Array<
    [string, (c: ReturnType<typeof client>['client']) => Promise<unknown>, string]
  > = [
    ['unknown codeType', (c) => c.preCheckCode({ codeType: 'PUSH' } as never), 'codeType'],
    [
      'SMS pre-check with an email channel',
      (c) =>
        c.preCheckCode({
          codeType: 'SMS',
          smsCodePayload: {
            phone: '13800138000',
            passCode: '123456',
            channel: 'CHANNEL_UPDATE_EMAIL' as never,
          },
        }),
      'channel',
    ],
    [
      'a code with letters',
      (c) =>
        c.verifyResetPasswordRequest({
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { phoneNumber: '13800138000', passCode: '12ab56' },
        }),
      'passCode',
    ],
    [
      'an unknown verifyMethod',
      (c) => c.verifyResetPasswordRequest({ verifyMethod: 'PASSWORD' } as never),
      'verifyMethod',
    ],
    [
      'an empty password',
      (c) => c.resetPassword({ password: '', passwordResetToken: 't' }),
      'password',
    ],
    [
      'no reset token',
      (c) => c.resetPassword({ password: 'secret1', passwordResetToken: '' }),
      'passwordResetToken',
    ],
    [
      'a number with its country code',
      (c) => c.bindPhone({ phoneNumber: '+8613800138000', passCode: '123456' }),
      'phoneNumber',
    ],
    [
      'an old number without its code',
      (c) =>
        c.verifyUpdatePhoneRequest({
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: {
            newPhoneNumber: '13900139000',
            newPhonePassCode: '111111',
            oldPhoneNumber: '13800138000',
          },
        }),
      'passCode',
    ],
    [
      'a new number of zeros (the shared phone check)',
      (c) =>
        c.verifyUpdatePhoneRequest({
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { newPhoneNumber: '0000000', newPhonePassCode: '111111' },
        }),
      'phoneNumber',
    ],
    [
      'a calling code starting with 0',
      (c) =>
        c.bindPhone({ phoneNumber: '13800138000', passCode: '123456', phoneCountryCode: '+086' }),
      'phoneCountryCode',
    ],
    ['no update token', (c) => c.updatePhone({ updatePhoneToken: ' ' }), 'updatePhoneToken'],
    ['no delete token', (c) => c.deleteAccount({} as never), 'deleteAccountToken'],
  ];
  it.each(cases)('%s', async (_name, call, field) => {
    const { client: c, spy } = client({ accessToken: TOKEN });
    const error = await call(c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect((error as GenAuthInputError).field).toBe(field);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('two-step helpers keep the one-time token to themselves', () => {
  const answer = (data: unknown) => Response.json({ statusCode: 200, message: 'ok', data });

  it('resetPasswordByCode verifies, then resets with the returned token', async () => {
    const { client: c, requests } = client({
      respond: (r) =>
        r.url.endsWith('/verify-reset-password-request')
          ? answer({ passwordResetToken: 'reset-9', tokenExpiresIn: 60 })
          : answer({ success: true }),
    });
    const result = await resetPasswordByCode(c, {
      verify: {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '123456' },
      },
      password: 'secret1',
    });
    expect(result.data).toEqual({ success: true });
    expect(requests.map((r) => r.body)).toEqual([
      {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '123456' },
      },
      { password: 'secret1', passwordResetToken: 'reset-9' },
    ]);
  });

  it('resetPasswordByCode checks the password before spending the code', async () => {
    const { client: c, spy } = client();
    const error = await resetPasswordByCode(c, {
      verify: {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '123456' },
      },
      password: '',
    }).catch((e: unknown) => e);
    const weak = await resetPasswordByCode(c, {
      verify: {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: 'ada@example.com', passCode: '123456' },
      },
      password: 'short',
      strength: 'low',
    }).catch((e: unknown) => e);
    expect(weak).toMatchObject({ name: 'GenAuthInputError', field: 'password' });
    expect(error).toMatchObject({ name: 'GenAuthInputError', field: 'password' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('updatePhoneByCode and deleteAccountByCode chain their two calls with the token', async () => {
    const { client: c, requests } = client({
      accessToken: TOKEN,
      respond: (r) =>
        r.url.endsWith('/verify-update-phone-request')
          ? answer({ updatePhoneToken: 'upd-7', tokenExpiresIn: 60 })
          : r.url.endsWith('/verify-delete-account-request')
            ? answer({ deleteAccountToken: 'del-7', tokenExpiresIn: 60 })
            : answer({ success: true }),
    });
    await updatePhoneByCode(c, {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { newPhoneNumber: '13900139000', newPhonePassCode: '111111' },
    });
    await deleteAccountByCode(c, {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { phoneNumber: '13900139000', passCode: '333333' },
    });
    expect(requests.map((r) => [r.url.slice(HOST.length), r.body])).toEqual([
      ['/api/v3/verify-update-phone-request', expect.anything()],
      ['/api/v3/update-phone', { updatePhoneToken: 'upd-7' }],
      ['/api/v3/verify-delete-account-request', expect.anything()],
      ['/api/v3/delete-account', { deleteAccountToken: 'del-7' }],
    ]);
  });

  it('a verify answer without its token is a GenAuthApiError, and the second call is not made', async () => {
    const { client: c, requests } = client({ accessToken: TOKEN, respond: () => answer({}) });
    const error = await deleteAccountByCode(c, {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { phoneNumber: '13800138000', passCode: '123456' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(requests).toHaveLength(1);
  });
});
