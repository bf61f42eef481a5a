import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  GenAuthAuthRequiredError,
  GenAuthInputError,
  GenAuthMfaRequiredError,
  type HeaderPrefix,
  tokensFromMfaUser,
} from '../../../../src/core/index.js';
import { fakeFetch, type RecordedRequest } from '../../../helpers/fake-fetch.js';

const HOST = 'https://my-app.genauth.ai';
const TOKEN = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1MSJ9.sig';
const MFA_TOKEN = 'mfa.eyJzdWIiOiJ1MSJ9.token';

const ok = (data: unknown) => Response.json({ statusCode: 200, message: 'ok', data });

function client(
  respond: (request: RecordedRequest) => Response = () => ok({}),
  options: { headerPrefix?: HeaderPrefix; accessToken?: string; userPoolId?: string } = {},
) {
  const fake = fakeFetch(respond);
  const c = createGenAuthClient({
    appId: 'app-1',
    appHost: HOST,
    headerPrefix: options.headerPrefix,
    accessToken: options.accessToken,
    userPoolId: options.userPoolId,
    fetch: fake.fetch,
  });
  return { ...fake, client: c };
}

type Client = ReturnType<typeof client>['client'];

/** Each V3 call of issue 20 as authing-node-sdk 4.0.2 sends it (AuthenticationClient.ts). */
const V3_CALLS = [
  {
    name: 'signInByAccountPassword',
    call: (c: Client) =>
      c.signInByAccountPassword({ account: ' ada@example.com ', password: ' Secret 1 ' }),
    method: 'POST',
    path: '/api/v3/signin',
    // signInByAccountPassword: { connection: PASSWORD, passwordPayload: { password, account } }
    body: {
      connection: 'PASSWORD',
      passwordPayload: { password: ' Secret 1 ', account: 'ada@example.com' },
    },
    data: { access_token: 'at', token_type: 'Bearer', expires_in: 3600 },
    auth: false,
  },
  {
    name: 'signUpByEmailPassword with a phone to complete',
    call: (c: Client) =>
      c.signUpByEmailPassword({
        email: 'ada@example.com',
        password: 'Secret 1',
        profile: { phone: '13800138000', phoneCountryCode: '+86', nickname: 'Ada' },
        options: { phonePassCodeForInformationCompletion: '123456' },
      }),
    method: 'POST',
    path: '/api/v3/signup',
    body: {
      connection: 'PASSWORD',
      passwordPayload: { password: 'Secret 1', email: 'ada@example.com' },
      profile: { phone: '13800138000', phoneCountryCode: '+86', nickname: 'Ada' },
      options: { phonePassCodeForInformationCompletion: '123456' },
    },
    data: { userId: 'u1' },
    auth: false,
  },
  {
    name: 'sendEnrollFactorRequest',
    call: (c: Client) =>
      c.sendEnrollFactorRequest({
        factorType: 'SMS',
        profile: { phoneNumber: '13800138000', phoneCountryCode: '+86' },
      }),
    method: 'POST',
    path: '/api/v3/send-enroll-factor-request',
    body: { factorType: 'SMS', profile: { phoneNumber: '13800138000', phoneCountryCode: '+86' } },
    data: { enrollmentToken: 'enrol-1' },
    auth: true,
  },
  {
    name: 'enrollFactor',
    call: (c: Client) =>
      c.enrollFactor({
        factorType: 'SMS',
        enrollmentToken: 'enrol-1',
        enrollmentData: { passCode: '123456' },
      }),
    method: 'POST',
    path: '/api/v3/enroll-factor',
    body: { factorType: 'SMS', enrollmentToken: 'enrol-1', enrollmentData: { passCode: '123456' } },
    data: {},
    auth: true,
  },
  {
    name: 'resetFactor',
    call: (c: Client) => c.resetFactor({ factorId: 'f1' }),
    method: 'POST',
    path: '/api/v3/reset-factor',
    body: { factorId: 'f1' },
    data: {},
    auth: true,
  },
  {
    name: 'listEnrolledFactors',
    call: (c: Client) => c.listEnrolledFactors(),
    method: 'GET',
    path: '/api/v3/list-enrolled-factors',
    body: undefined,
    data: [],
    auth: true,
  },
] as const;

describe.each(['x-genauth', 'x-authing'] as const)('request parity (%s headers)', (prefix) => {
  it.each(V3_CALLS)('$name sends the official method, path, body and headers', async (spec) => {
    const { client: c, requests } = client(() => ok(spec.data), {
      headerPrefix: prefix,
      accessToken: TOKEN,
    });
    await spec.call(c);
    expect(requests).toEqual([
      {
        url: `${HOST}${spec.path}`,
        method: spec.method,
        headers: {
          // A GET carries no body and no content type, as the official SDK's.
          ...(spec.method === 'POST' ? { 'content-type': 'application/json' } : {}),
          [`${prefix}-app-id`]: 'app-1',
          authorization: TOKEN,
        },
        body: spec.body,
        credentials: 'include',
      },
    ]);
  });

  it('verifyMfaSms posts { phone, code, phoneCountryCode } with Bearer <mfaToken>, as the MFA component', async () => {
    const { client: c, requests } = client(
      () => Response.json({ code: 200, message: 'ok', data: { id: 'u1', token: 'id-token' } }),
      { headerPrefix: prefix, accessToken: TOKEN },
    );
    await c.verifyMfaSms({
      mfaToken: MFA_TOKEN,
      phone: '13800138000',
      phoneCountryCode: '+86',
      code: '123456',
    });
    expect(requests).toEqual([
      {
        url: `${HOST}/api/v2/applications/mfa/sms/verify`,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [`${prefix}-app-id`]: 'app-1',
          // The MFA token replaces the access token for this call.
          authorization: `Bearer ${MFA_TOKEN}`,
        },
        body: { phone: '13800138000', code: '123456', phoneCountryCode: '+86' },
        credentials: 'include',
      },
    ]);
  });
});

describe('the access token', () => {
  it.each(V3_CALLS.filter((c) => c.auth))(
    '$name rejects before any request when signed out',
    async (spec) => {
      const { client: c, spy } = client();
      await expect(spec.call(c)).rejects.toBeInstanceOf(GenAuthAuthRequiredError);
      expect(spy).not.toHaveBeenCalled();
    },
  );
});

/** The answer GenAuth gives a right password when a second factor is needed (GetMfaInfoDataDto). */
function mfaAnswer(apiCode: number, data: unknown) {
  return () => Response.json({ statusCode: 400, apiCode, message: 'MFA required', data });
}

const MFA_DATA = {
  mfaToken: MFA_TOKEN,
  mfaPhone: '13800138000',
  mfaPhoneCountryCode: '+86',
  nickname: 'Ada',
  applicationMfa: [
    { mfaPolicy: 'OTP', status: 1, sort: 2 },
    { mfaPolicy: 'SMS', status: 1, sort: 1 },
    { mfaPolicy: 'EMAIL', status: 0, sort: 0 },
  ],
};

describe('a sign-in that needs a second factor', () => {
  const signIns = [
    ['password', (c: Client) => c.signInByAccountPassword({ account: 'ada', password: 'pw' })],
    [
      'phone code',
      (c: Client) => c.signInByPhonePassCode({ phone: '13800138000', passCode: '123456' }),
    ],
  ] as const;

  it.each(signIns)(
    '%s: 1636 with data is a GenAuthMfaRequiredError (the app policy)',
    async (_, call) => {
      const { client: c } = client(mfaAnswer(1636, MFA_DATA));
      const error = await call(c).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthMfaRequiredError);
      expect(error).toBeInstanceOf(GenAuthApiError);
      const mfa = error as GenAuthMfaRequiredError;
      expect(mfa.apiCode).toBe(1636);
      expect(mfa.mfaToken).toBe(MFA_TOKEN);
      expect(mfa.challenge).toEqual({
        requiredBy: 'app',
        mfaPhone: '13800138000',
        mfaPhoneCountryCode: '+86',
        mfaEmail: undefined,
        nickname: 'Ada',
        username: undefined,
        methods: ['SMS', 'OTP'],
      });
    },
  );

  it('1635 is the user policy', async () => {
    const { client: c } = client(mfaAnswer(1635, MFA_DATA));
    const error = (await c
      .signInByAccountPassword({ account: 'ada', password: 'pw' })
      .catch((e: unknown) => e)) as GenAuthMfaRequiredError;
    expect(error.challenge.requiredBy).toBe('user');
  });

  it('the MFA token is never printed: not enumerable, not in JSON, inspect or the message', async () => {
    const { client: c } = client(mfaAnswer(1636, MFA_DATA));
    const error = await c
      .signInByAccountPassword({ account: 'ada', password: 'pw' })
      .catch((e: unknown) => e);
    expect(Object.keys(error as object)).not.toContain('mfaToken');
    expect(JSON.stringify(error)).not.toContain(MFA_TOKEN);
    expect(inspect(error)).not.toContain(MFA_TOKEN);
    expect(String(error)).not.toContain(MFA_TOKEN);
  });

  it.each([
    ['no data', undefined],
    ['data null', null],
    ['data a string', 'mfa'],
    ['no mfaToken', { mfaPhone: '13800138000' }],
    ['an empty token', { mfaToken: '' }],
    ['a token with a newline', { mfaToken: 'a\nb' }],
    ['a 10 kB token', { mfaToken: 'a'.repeat(10_000) }],
    ['a numeric token', { mfaToken: 42 }],
  ])(
    '%s: a plain GenAuthApiError with apiCode 1636, no step that cannot succeed',
    async (_, data) => {
      const { client: c } = client(mfaAnswer(1636, data));
      const error = await c
        .signInByAccountPassword({ account: 'ada', password: 'pw' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthApiError);
      expect(error).not.toBeInstanceOf(GenAuthMfaRequiredError);
      expect((error as GenAuthApiError).apiCode).toBe(1636);
    },
  );

  it('malformed fields are dropped, not trusted: a phone that is no number, an emoji code', async () => {
    const { client: c } = client(
      mfaAnswer(1636, {
        mfaToken: MFA_TOKEN,
        mfaPhone: '138 0013 8000 😀',
        mfaPhoneCountryCode: '+86',
        mfaEmail: 'x'.repeat(10_000),
        applicationMfa: 'SMS',
      }),
    );
    const error = (await c
      .signInByAccountPassword({ account: 'ada', password: 'pw' })
      .catch((e: unknown) => e)) as GenAuthMfaRequiredError;
    expect(error.challenge).toMatchObject({
      mfaPhone: undefined,
      mfaPhoneCountryCode: undefined,
      mfaEmail: undefined,
      methods: [],
    });
  });

  it('another refusal stays what it was', async () => {
    const { client: c } = client(() =>
      Response.json({ statusCode: 400, apiCode: 2333, message: 'Wrong password' }),
    );
    const error = await c
      .signInByAccountPassword({ account: 'ada', password: 'pw' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).not.toBeInstanceOf(GenAuthMfaRequiredError);
    expect((error as GenAuthApiError).message).toBe('Wrong password');
  });
});

describe('the user pool id', () => {
  const POOL = '62a0f1b2c3d4e5f6a7b8c9d0';
  const v2Ok = () => Response.json({ code: 200, message: 'ok', data: { id: 'u1', token: 't' } });

  it.each(['x-genauth', 'x-authing'] as const)(
    'goes on both V2 MFA calls as {prefix}-userpool-id, as the MFA component sends it (%s)',
    async (prefix) => {
      const { client: c, requests } = client(v2Ok, { headerPrefix: prefix, userPoolId: POOL });
      await c.verifyMfaSms({ mfaToken: MFA_TOKEN, phone: '13800138000', code: '123456' });
      await c.checkMfaBindable({ mfaToken: MFA_TOKEN, phone: '13800138000' });
      expect(requests.map((request) => request.headers[`${prefix}-userpool-id`])).toEqual([
        POOL,
        POOL,
      ]);
    },
  );

  it.each(V3_CALLS)(
    '$name (V3) does not carry it: the official SDK names the app alone',
    async (spec) => {
      const { client: c, requests } = client(() => ok(spec.data), {
        accessToken: TOKEN,
        userPoolId: POOL,
      });
      await spec.call(c);
      expect(Object.keys(requests[0]?.headers ?? {})).not.toContain('x-genauth-userpool-id');
    },
  );

  it('without one, the V2 calls carry none', async () => {
    const { client: c, requests } = client(v2Ok);
    await c.verifyMfaSms({ mfaToken: MFA_TOKEN, phone: '13800138000', code: '123456' });
    expect(Object.keys(requests[0]?.headers ?? {})).not.toContain('x-genauth-userpool-id');
  });

  it.each([
    ['a line break (header injection)', `${POOL}\r\nx-evil: 1`],
    ['a space', 'pool 1'],
    ['non-ASCII', 'プール'],
    ['10 kB', 'a'.repeat(10_000)],
    ['a number', 42],
  ])('%s is refused at creation, naming userPoolId', (_name, userPoolId) => {
    expect(() =>
      createGenAuthClient({ appId: 'app-1', appHost: HOST, userPoolId: userPoolId as string }),
    ).toThrow(expect.objectContaining({ name: 'GenAuthInputError', field: 'userPoolId' }));
  });
});

describe('V2 answers (the MFA calls)', () => {
  const verify = (c: Client) =>
    c.verifyMfaSms({ mfaToken: MFA_TOKEN, phone: '13800138000', code: '123456' });

  it('resolves with the user and token on code 200', async () => {
    const user = { id: 'u1', token: 'id-token', tokenExpiredAt: '2026-12-05T19:00:00.000Z' };
    const { client: c } = client(() => Response.json({ code: 200, message: 'ok', data: user }));
    const { data } = await verify(c);
    expect(data).toEqual(user);
    expect(tokensFromMfaUser(data, Date.parse('2026-12-05T18:00:00.000Z'))).toEqual({
      access_token: 'id-token',
      id_token: 'id-token',
      token_type: 'Bearer',
      expires_in: 3600,
    });
  });

  it('a non-200 code is a GenAuthApiError carrying that code (expired MFA token, wrong code)', async () => {
    const { client: c } = client(() =>
      Response.json({ code: 2021, message: 'MFA token expired', data: null }),
    );
    const error = (await verify(c).catch((e: unknown) => e)) as GenAuthApiError;
    expect(error).toBeInstanceOf(GenAuthApiError);
    // A V2 code is no HTTP-like status: a refusal is a 400 whose apiCode is the code.
    expect(error.statusCode).toBe(400);
    expect(error.apiCode).toBe(2021);
    expect(error.message).toBe('MFA token expired');
  });

  it('a V2 code that is a server status stays one (500)', async () => {
    const { client: c } = client(() => Response.json({ code: 500, message: 'busy' }));
    await expect(verify(c)).rejects.toMatchObject({ statusCode: 500, apiCode: 500 });
  });

  it.each([
    ['no data', undefined],
    ['no token', { id: 'u1' }],
    ['an empty token', { id: 'u1', token: '' }],
  ])('code 200 with %s is not a sign-in (502)', async (_, data) => {
    const { client: c } = client(() => Response.json({ code: 200, message: 'ok', data }));
    const error = (await verify(c).catch((e: unknown) => e)) as GenAuthApiError;
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error.statusCode).toBe(502);
  });

  it('a V3-shaped answer to a V2 call is not taken as success', async () => {
    const { client: c } = client(() =>
      Response.json({ statusCode: 200, message: 'ok', data: { id: 'u1', token: 't' } }),
    );
    await expect(verify(c)).rejects.toBeInstanceOf(GenAuthApiError);
  });

  it.each([
    [true, true],
    [{ result: true }, true],
    [false, false],
    [{ result: false }, false],
    ['true', false],
    [null, false],
  ])('checkMfaBindable reads data %j as %s', async (data, expected) => {
    const { client: c, requests } = client(() => Response.json({ code: 200, message: 'ok', data }));
    await expect(
      c.checkMfaBindable({ mfaToken: MFA_TOKEN, phone: '7700900123', phoneCountryCode: '+44' }),
    ).resolves.toBe(expected);
    expect(requests[0]).toMatchObject({
      url: `${HOST}/api/v2/applications/mfa/check`,
      body: { phone: '7700900123', phoneCountryCode: '+44' },
      headers: { authorization: `Bearer ${MFA_TOKEN}` },
    });
  });

  it('checkMfaBindable sends a mainland number as { phone } only, as the official SDKs', async () => {
    const { client: c, requests } = client(() => Response.json({ code: 200, data: true }));
    await c.checkMfaBindable({
      mfaToken: MFA_TOKEN,
      phone: '13800138000',
      phoneCountryCode: '+86',
    });
    expect(requests[0]?.body).toEqual({ phone: '13800138000' });
  });
});

describe('answers the enrolment calls must carry', () => {
  it('sendEnrollFactorRequest without an enrollmentToken is a 502', async () => {
    const { client: c } = client(() => ok({}), { accessToken: TOKEN });
    const error = (await c
      .sendEnrollFactorRequest({ factorType: 'SMS', profile: { phoneNumber: '13800138000' } })
      .catch((e: unknown) => e)) as GenAuthApiError;
    expect(error.statusCode).toBe(502);
  });

  it('listEnrolledFactors: a data that is no list is a 502; malformed entries are left out', async () => {
    const bad = client(() => ok({ factors: [] }), { accessToken: TOKEN });
    await expect(bad.client.listEnrolledFactors()).rejects.toMatchObject({ statusCode: 502 });
    const factor = { factorId: 'f1', factorType: 'SMS', profile: { phoneNumber: '13800138000' } };
    const mixed = client(
      () =>
        ok([factor, null, { factorId: '', factorType: 'SMS', profile: {} }, { factorId: 'f2' }]),
      { accessToken: TOKEN },
    );
    await expect(mixed.client.listEnrolledFactors()).resolves.toMatchObject({ data: [factor] });
  });
});

describe('input is checked before any request', () => {
  const cases: [string, (c: Client) => Promise<unknown>, string][] = [
    [
      'empty account',
      (c) => c.signInByAccountPassword({ account: '  ', password: 'pw' }),
      'account',
    ],
    [
      '10 kB account',
      (c) => c.signInByAccountPassword({ account: 'a'.repeat(10_000), password: 'pw' }),
      'account',
    ],
    [
      'empty password',
      (c) => c.signInByAccountPassword({ account: 'ada', password: '' }),
      'password',
    ],
    [
      'password not a string',
      (c) => c.signInByAccountPassword({ account: 'ada', password: 42 as unknown as string }),
      'password',
    ],
    [
      'completion code without a phone',
      (c) =>
        c.signUpByEmailPassword({
          email: 'ada@example.com',
          password: 'pw',
          options: { phonePassCodeForInformationCompletion: '123456' },
        }),
      'phoneNumber',
    ],
    [
      'completion phone without its code',
      (c) =>
        c.signUpByEmailPassword({
          email: 'ada@example.com',
          password: 'pw',
          profile: { phone: '13800138000' },
        }),
      'passCode',
    ],
    [
      'a profile that is not an object',
      (c) =>
        c.signUpByEmailPassword({
          email: 'ada@example.com',
          password: 'pw',
          profile: 'ada' as unknown as Record<string, unknown>,
        }),
      'profile',
    ],
    [
      'MFA code with full-width digits',
      (c) => c.verifyMfaSms({ mfaToken: MFA_TOKEN, phone: '13800138000', code: '１２３４５６' }),
      'passCode',
    ],
    [
      'MFA token with a newline',
      (c) => c.verifyMfaSms({ mfaToken: 'a\nb', phone: '13800138000', code: '123456' }),
      'mfaToken',
    ],
    [
      'MFA phone with an emoji',
      (c) => c.verifyMfaSms({ mfaToken: MFA_TOKEN, phone: '138😀', code: '123456' }),
      'phoneNumber',
    ],
    [
      'a factor type the kit does not enrol',
      (c) =>
        c.sendEnrollFactorRequest({
          factorType: 'OTP' as 'SMS',
          profile: { phoneNumber: '13800138000' },
        }),
      'factorType',
    ],
    [
      'an empty enrolment token',
      (c) =>
        c.enrollFactor({
          factorType: 'SMS',
          enrollmentToken: ' ',
          enrollmentData: { passCode: '123456' },
        }),
      'enrollmentToken',
    ],
    ['an empty factor id', (c) => c.resetFactor({ factorId: '' }), 'factorId'],
  ];
  it.each(cases)('%s', async (_name, call, field) => {
    const { client: c, spy } = client(() => ok({}), { accessToken: TOKEN });
    const error = await call(c).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect((error as GenAuthInputError).field).toBe(field);
    expect(spy).not.toHaveBeenCalled();
  });
});
