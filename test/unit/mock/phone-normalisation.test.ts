import { describe, expect, it } from 'vitest';
import { post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();

// [label, first way of writing the number, second way of writing it]
const SAME_NUMBER: [string, Record<string, string>, Record<string, string>][] = [
  [
    'a UK mobile with and without the trunk 0',
    { phoneCountryCode: '+44', phoneNumber: '07700900123' },
    { phoneCountryCode: '+44', phoneNumber: '7700900123' },
  ],
  [
    'a French mobile with and without the trunk 0',
    { phoneCountryCode: '+33', phoneNumber: '612345678' },
    { phoneCountryCode: '+33', phoneNumber: '0612345678' },
  ],
  [
    'a Russian mobile with and without the trunk 8',
    { phoneCountryCode: '+7', phoneNumber: '89123456789' },
    { phoneCountryCode: '+7', phoneNumber: '9123456789' },
  ],
  [
    'a mainland number with and without +86',
    { phoneNumber: '13800138000' },
    { phoneCountryCode: '+86', phoneNumber: '13800138000' },
  ],
];

describe('the mock normalises numbers before applying its rules', () => {
  it.each(SAME_NUMBER)('one-per-minute: %s is one number', async (_label, first, second) => {
    const mock = install();
    const a = await post('send-sms', { channel: 'CHANNEL_LOGIN', ...first });
    const b = await post('send-sms', { channel: 'CHANNEL_LOGIN', ...second });
    expect(a.json.statusCode).toBe(200);
    expect(b.json.statusCode).toBe(429);
    expect(mock.outbox).toHaveLength(1);
  });

  it('keeps digits that are part of the number (an Italian fixed-line 0 is no trunk prefix)', async () => {
    install();
    const withZero = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneCountryCode: '+39',
      phoneNumber: '0612345678',
    });
    const withoutZero = await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneCountryCode: '+39',
      phoneNumber: '612345678',
    });
    expect([withZero.json.statusCode, withoutZero.json.statusCode]).toEqual([200, 200]);
  });

  it('accepts a code sent to one spelling when signing up with the other', async () => {
    const mock = install();
    await post('send-sms', {
      channel: 'CHANNEL_REGISTER',
      phoneCountryCode: '+44',
      phoneNumber: '07700900123',
    });
    const passCode = mock.lastCodeFor({ phoneNumber: '7700900123', phoneCountryCode: '+44' });
    expect(passCode).toMatch(/^\d{6}$/);
    const signUp = await post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { phone: '7700900123', phoneCountryCode: '+44', passCode },
    });
    expect(signUp.json.statusCode).toBe(200);
  });

  it('finds a seeded user whichever way the number is written', async () => {
    const mock = install({ users: [{ phone: '7700900123', phoneCountryCode: '+44' }] });
    await post('send-sms', {
      channel: 'CHANNEL_LOGIN',
      phoneCountryCode: '+44',
      phoneNumber: '07700900123',
    });
    const passCode = mock.lastCodeFor({ phoneNumber: '07700900123', phoneCountryCode: '+44' });
    const signIn = await post('signin', {
      connection: 'PASSCODE',
      passCodePayload: { phone: '07700900123', phoneCountryCode: '+44', passCode },
    });
    expect(signIn.json.statusCode).toBe(200);
  });

  it('refuses a second sign-up of one number written two ways', async () => {
    const mock = install({ users: [{ phone: '7700900123', phoneCountryCode: '+44' }] });
    await post('send-sms', {
      channel: 'CHANNEL_REGISTER',
      phoneCountryCode: '+44',
      phoneNumber: '07700900123',
    });
    const passCode = mock.lastCodeFor({ phoneNumber: '07700900123', phoneCountryCode: '+44' });
    const signUp = await post('signup', {
      connection: 'PASSCODE',
      passCodePayload: { phone: '07700900123', phoneCountryCode: '+44', passCode },
    });
    expect(signUp.json).toMatchObject({ statusCode: 409 });
  });
});
