import { describe, expect, it } from 'vitest';
import { createGenAuthMock, type GenAuthMockOptions } from '../../../src/mock/index.js';
import { fakeClock, memoryStorage } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';
import { postV2 } from './mfa-helpers.js';

const { server, install } = setupMockServer();
const KEY = 'test:mfa-state';
const ADA = { userId: 'ada', email: 'ada@example.com', password: 'secret1' };
const MFA_PHONE = '13900139000';
const A = 'https://a.genauth.test';
const B = 'https://b.genauth.test';

/** A mock answering its own host, so that two "tabs" (or a reload) share one MSW server. */
function tab(host: string, options: GenAuthMockOptions) {
  const mock = createGenAuthMock({ appHost: host, users: [ADA], ...options });
  server.use(...mock.handlers);
  return mock;
}

const signIn = (host: string, password = ADA.password) =>
  post(
    'signin',
    { connection: 'PASSWORD', passwordPayload: { email: ADA.email, password } },
    { host },
  );

describe('MFA state with persist', () => {
  it('an mfaToken issued in one tab is verified in another, once; the bound phone and the password survive', async () => {
    const clock = fakeClock();
    const { storage } = memoryStorage();
    const persist = { storage, key: KEY };
    const a = tab(A, { now: clock.now, persist, mfa: true });
    const first = await signIn(A);
    const mfaToken = String(first.json.data?.mfaToken);
    await post('send-sms', { channel: 'CHANNEL_VERIFY_MFA', phoneNumber: MFA_PHONE }, { host: A });

    // "Reload" or second tab: a new mock over the same storage.
    const b = tab(B, { now: clock.now, persist, mfa: true });
    const code = b.lastCodeFor(MFA_PHONE, 'CHANNEL_VERIFY_MFA');
    const body = { phone: MFA_PHONE, code };
    expect((await postV2('applications/mfa/sms/verify', body, mfaToken, B)).json.code).toBe(200);
    expect((await postV2('applications/mfa/sms/verify', body, mfaToken, A)).json.code).toBe(2021);
    expect(a.users[0]?.mfaFactors).toEqual([
      expect.objectContaining({ profile: { phoneNumber: MFA_PHONE, phoneCountryCode: '+86' } }),
    ]);
    // The password and the new MFA phone are part of the saved state.
    expect((await signIn(B)).json.data).toMatchObject({ mfaPhone: MFA_PHONE });
    expect((await signIn(A, 'wrong1')).json.apiCode).toBe(2333);
  });

  it('an enrollmentToken and the enrolment window survive a new mock', async () => {
    const clock = fakeClock();
    const { storage } = memoryStorage();
    const persist = { storage, key: KEY };
    const a = tab(A, { now: clock.now, persist });
    const headers = {
      'x-genauth-app-id': 'app-123',
      authorization: a.signIn(ADA.email).access_token,
    };
    const request = (host: string) =>
      post(
        'send-enroll-factor-request',
        { factorType: 'SMS', profile: { phoneNumber: MFA_PHONE } },
        { host, headers },
      );
    const sent = await request(A);
    const b = tab(B, { now: clock.now, persist });
    clock.advance(30_000);
    expect((await request(B)).json.statusCode).toBe(429);
    const enrolled = await post(
      'enroll-factor',
      {
        factorType: 'SMS',
        enrollmentToken: sent.json.data?.enrollmentToken,
        enrollmentData: { passCode: b.lastCodeFor(MFA_PHONE, 'CHANNEL_BIND_MFA') },
      },
      { host: B, headers },
    );
    expect(enrolled.json.statusCode).toBe(200);
    expect(a.users[0]?.mfaEnabled).toBe(true);
  });

  it('drops a saved user entry whose MFA fields are malformed, keeping the user', () => {
    const { storage, data } = memoryStorage();
    const persist = { storage, key: KEY };
    const a = createGenAuthMock({ users: [{ ...ADA, mfa: { phone: MFA_PHONE } }], persist });
    a.addUser({ email: 'bob@example.com' });
    const saved = JSON.parse(String(data.get(KEY)));
    saved.state.users[0].mfaFactors = [{ factorId: 1 }, 'x'];
    saved.state.users[0].username = 42;
    saved.state.mfa = { mfaTokens: { t: { userId: 'ada' } }, enrolments: {} };
    data.set(KEY, JSON.stringify(saved));
    const b = createGenAuthMock({ persist });
    expect(b.users[0]).toMatchObject({ userId: 'ada', mfaFactors: [], username: undefined });
    expect(b.users).toHaveLength(2);
  });

  it('a saved state without the MFA part is dropped for a fresh start', () => {
    const { storage, data } = memoryStorage();
    const persist = { storage, key: KEY };
    const a = createGenAuthMock({ persist });
    a.addUser({ email: 'bob@example.com' });
    const saved = JSON.parse(String(data.get(KEY)));
    delete saved.state.mfa;
    data.set(KEY, JSON.stringify(saved));
    expect(createGenAuthMock({ persist }).users).toEqual([]);
  });
});

describe('reset() and failures of the new endpoints', () => {
  it('reset() forgets mfaTokens, enrolments and enrolled factors, keeping seeded ones', async () => {
    const mock = install({ users: [ADA, { email: 'bob@example.com', mfa: { phone: MFA_PHONE } }] });
    const token = mock.signIn(ADA.email).access_token;
    const headers = { 'x-genauth-app-id': 'app-123', authorization: token };
    const sent = await post(
      'send-enroll-factor-request',
      { factorType: 'SMS', profile: { phoneNumber: '13700137000' } },
      { headers },
    );
    await post(
      'enroll-factor',
      {
        factorType: 'SMS',
        enrollmentToken: sent.json.data?.enrollmentToken,
        enrollmentData: { passCode: mock.lastCodeFor('13700137000') },
      },
      { headers },
    );
    expect(mock.users[0]?.mfaFactors).toHaveLength(1);
    mock.reset();
    expect(mock.users[0]?.mfaFactors).toEqual([]);
    expect(mock.users[1]?.mfaFactors).toHaveLength(1);
    expect(mock.outbox).toEqual([]);
  });

  it('every new endpoint can be failed; V2 ones answer a V2 business error', async () => {
    const mock = install({ users: [ADA], mfa: true });
    mock.setFailure({
      mode: 'business-error',
      endpoints: ['applications/mfa/sms/verify', 'applications/mfa/check', 'list-enrolled-factors'],
      statusCode: 503,
      message: 'down',
    });
    const v2 = await postV2('applications/mfa/check', { phone: MFA_PHONE }, 'any');
    expect(v2.json).toEqual({ code: 503, message: 'down' });
    const list = await fetch('https://mock.genauth.test/api/v3/list-enrolled-factors', {
      headers: { 'x-genauth-app-id': 'app-123' },
    });
    expect(await list.json()).toMatchObject({ statusCode: 503, message: 'down' });
    // Other endpoints keep working.
    const signIn = await post('signin', {
      connection: 'PASSWORD',
      passwordPayload: { email: ADA.email, password: ADA.password },
    });
    expect(signIn.json.statusCode).toBe(301);
    mock.setFailure({
      mode: 'network',
      endpoints: ['send-enroll-factor-request', 'enroll-factor'],
    });
    await expect(
      fetch('https://mock.genauth.test/api/v3/enroll-factor', { method: 'POST', body: '{}' }),
    ).rejects.toThrow(TypeError);
  });
});
