import { describe, expect, it, vi } from 'vitest';
import { createGenAuthMock, GENAUTH_MOCK_ERRORS } from '../../../src/mock/index.js';
import { fakeClock } from '../../helpers/cooldown-fakes.js';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const MOBILE = '13800138000';

describe('createGenAuthMock', () => {
  it('has one handler per endpoint and touches nothing until used', () => {
    const mock = createGenAuthMock();
    expect(mock.handlers.map((h) => h.info.header)).toEqual([
      'POST */api/v3/send-sms',
      'POST */api/v3/send-email',
      'POST */api/v3/signin',
      'POST */api/v3/signup',
      'POST */api/v3/pre-check-code',
      'POST */api/v3/verify-reset-password-request',
      'POST */api/v3/reset-password',
      'POST */api/v3/bind-phone',
      'POST */api/v3/unbind-phone',
      'POST */api/v3/verify-update-phone-request',
      'POST */api/v3/update-phone',
      'POST */api/v3/verify-delete-account-request',
      'POST */api/v3/delete-account',
      'POST */api/v3/send-enroll-factor-request',
      'POST */api/v3/enroll-factor',
      'GET */api/v3/list-enrolled-factors',
      'POST */api/v3/reset-factor',
      'POST */api/v2/applications/mfa/sms/verify',
      'POST */api/v2/applications/mfa/check',
    ]);
    expect(mock.outbox).toEqual([]);
    expect(mock.users).toEqual([]);
  });

  it('publishes the documented error table', () => {
    expect(GENAUTH_MOCK_ERRORS.wrongCode).toMatchObject({ statusCode: 400, apiCode: 2001 });
    expect(GENAUTH_MOCK_ERRORS.expiredCode.apiCode).toBe(2300);
  });
});

describe('outbox helpers', () => {
  it('finds the latest code per recipient and channel', async () => {
    const clock = fakeClock();
    let n = 0;
    const mock = install({ now: clock.now, generateCode: () => `00000${++n}` });
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    await post('send-sms', { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE });
    await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '7700900123',
      phoneCountryCode: '+44',
    });
    expect(mock.lastCodeFor(MOBILE)).toBe('000002');
    expect(mock.lastCodeFor(MOBILE, 'CHANNEL_LOGIN')).toBe('000001');
    expect(mock.lastCodeFor({ phoneNumber: MOBILE, phoneCountryCode: '+86' })).toBe('000002');
    expect(mock.lastCodeFor({ phoneNumber: '7700900123', phoneCountryCode: '+44' })).toBe('000003');
    expect(mock.lastCodeFor('7700900123')).toBeUndefined();
    expect(mock.lastCodeFor(MOBILE, 'CHANNEL_BIND_MFA')).toBeUndefined();
    expect(mock.lastMessageFor(MOBILE)).toMatchObject({ channel: 'CHANNEL_REGISTER' });
  });

  it('returns a snapshot, not the live array', async () => {
    const mock = install();
    const before = mock.outbox;
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    expect(before).toEqual([]);
    expect(mock.outbox).toHaveLength(1);
  });

  it('notifies subscribers of each message until they unsubscribe', async () => {
    const mock = install();
    const listener = vi.fn();
    const unsubscribe = mock.subscribe(listener);
    await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    expect(listener).toHaveBeenCalledWith(mock.outbox[0]);
    unsubscribe();
    await post('send-sms', { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('users', () => {
  it('seeds users and adds more at runtime', () => {
    const mock = createGenAuthMock({
      users: [{ phone: MOBILE, userId: 'seed', profile: { nickname: 'S' } }],
    });
    const added = mock.addUser({ email: 'Bob@Example.com' });
    expect(mock.users).toEqual([
      expect.objectContaining({ userId: 'seed', phone: MOBILE, phoneCountryCode: '+86' }),
      expect.objectContaining({ userId: added.userId, email: 'bob@example.com', phone: undefined }),
    ]);
  });
});

describe('reset', () => {
  it('clears the outbox, rate windows and signed-up users, and restores the initial setup', async () => {
    const mock = install({ users: [{ phone: '13900139000' }], latencyMs: 0 });
    const listener = vi.fn();
    mock.subscribe(listener);
    await post('send-sms', { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE });
    await post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { passCode: mock.lastCodeFor(MOBILE), phone: MOBILE },
    });
    expect(mock.users).toHaveLength(2);
    mock.setFailure('business-error');
    mock.setLatency(10_000);

    mock.reset();

    expect(mock.outbox).toEqual([]);
    expect(mock.users).toMatchObject([{ phone: '13900139000' }]);
    const again = await post('send-sms', { channel: 'CHANNEL_REGISTER', phoneNumber: MOBILE });
    expect(again.json.statusCode).toBe(200);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('brings back the failure mode given at creation', async () => {
    const mock = install({ failure: 'business-error' });
    mock.setFailure(null);
    mock.reset();
    const { json } = await post('send-sms', { channel: 'CHANNEL_LOGIN', phoneNumber: MOBILE });
    expect(json.statusCode).toBe(500);
  });
});
