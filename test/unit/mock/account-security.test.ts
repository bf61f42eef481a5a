import { describe, expect, it } from 'vitest';
import { deleteAccountByCode, updatePhoneByCode } from '../../../src/core/index.js';
import { accountHarness, rejection } from '../../helpers/account-harness.js';
import { APP_HEADERS, post, setupMockServer } from '../../helpers/mock-server.js';

const { install } = setupMockServer();
const ADA = { email: 'ada@example.com', userId: 'ada' };
const BOB = { phone: '13700137000', userId: 'bob' };
const NEW = '13900139000';

describe('signed-in calls', () => {
  it('need an access token from the mock sign-in, sent raw in authorization', async () => {
    const h = accountHarness(install, { users: [ADA] });
    const body = { passCode: '123456', phoneNumber: NEW };
    for (const authorization of [undefined, '', 'made-up', 'Bearer made-up']) {
      const headers = authorization === undefined ? APP_HEADERS : { ...APP_HEADERS, authorization };
      const { json } = await post('bind-phone', body, { headers });
      expect(json).toMatchObject({ statusCode: 401 });
    }
    const token = h.signInAs(ADA.email);
    const code = await h.smsCode('CHANNEL_BIND_PHONE', NEW);
    const { json } = await post(
      'bind-phone',
      { ...body, passCode: code },
      { headers: { ...APP_HEADERS, authorization: token } },
    );
    expect(json.statusCode).toBe(200);
  });

  it('accept the token of a real passcode sign-in, and refuse it once it expired', async () => {
    const h = accountHarness(install, { users: [{ ...ADA, phone: '13600136000' }] });
    const login = await h.smsCode('CHANNEL_LOGIN', '13600136000');
    const { data } = await h.client.signInByPhonePassCode({
      phone: '13600136000',
      passCode: login,
    });
    h.session.token = data.access_token;
    await h.client.unbindPhone({
      passCode: await h.smsCode('CHANNEL_UNBIND_PHONE', '13600136000'),
    });
    h.clock.advance(7200 * 1000);
    const bind = await h.smsCode('CHANNEL_BIND_PHONE', NEW);
    await expect(
      rejection(h.client.bindPhone({ phoneNumber: NEW, passCode: bind })),
    ).resolves.toMatchObject({
      statusCode: 401,
    });
  });
});

describe('bind and unbind a phone', () => {
  it('binds a free number with its CHANNEL_BIND_PHONE code, once', async () => {
    const h = accountHarness(install, { users: [ADA, BOB] });
    h.signInAs(ADA.email);
    const taken = await h.smsCode('CHANNEL_BIND_PHONE', BOB.phone);
    await expect(
      rejection(h.client.bindPhone({ phoneNumber: BOB.phone, passCode: taken })),
    ).resolves.toMatchObject({
      statusCode: 409,
    });
    const login = await h.smsCode('CHANNEL_LOGIN', NEW);
    await expect(
      rejection(h.client.bindPhone({ phoneNumber: NEW, passCode: login })),
    ).resolves.toMatchObject({
      apiCode: 2001,
    });
    const code = await h.smsCode('CHANNEL_BIND_PHONE', NEW);
    await h.client.bindPhone({ phoneNumber: NEW, passCode: code, phoneCountryCode: '+86' });
    expect(h.mock.users.find((u) => u.userId === 'ada')).toMatchObject({
      phone: NEW,
      phoneCountryCode: '+86',
    });
    h.clock.advance(60_000);
    const again = await h.smsCode('CHANNEL_BIND_PHONE', '13500135000');
    await expect(
      rejection(h.client.bindPhone({ phoneNumber: '13500135000', passCode: again })),
    ).resolves.toMatchObject({
      statusCode: 400,
    });
  });

  it('unbinds with the bound number CHANNEL_UNBIND_PHONE code, never the only way to sign in', async () => {
    const h = accountHarness(install, { users: [{ ...ADA, phone: NEW }, BOB] });
    h.signInAs(BOB.phone);
    const bobCode = await h.smsCode('CHANNEL_UNBIND_PHONE', BOB.phone);
    await expect(rejection(h.client.unbindPhone({ passCode: bobCode }))).resolves.toMatchObject({
      statusCode: 400,
    });
    expect(h.mock.users.find((u) => u.userId === 'bob')?.phone).toBe(BOB.phone);
    h.signInAs(ADA.email);
    const code = await h.smsCode('CHANNEL_UNBIND_PHONE', NEW);
    await h.client.unbindPhone({ passCode: code });
    expect(h.mock.users.find((u) => u.userId === 'ada')?.phone).toBeUndefined();
  });
});

describe('change phone', () => {
  const payload = (newCode: string, oldCode?: string) => ({
    verifyMethod: 'PHONE_PASSCODE' as const,
    phonePassCodePayload: {
      newPhoneNumber: NEW,
      newPhonePassCode: newCode,
      ...(oldCode ? { oldPhoneNumber: '13600136000', oldPhonePassCode: oldCode } : {}),
    },
  });

  it('needs the old number UNBIND code and the new number BIND code; the token works once', async () => {
    const h = accountHarness(install, { users: [{ ...ADA, phone: '13600136000' }] });
    h.signInAs(ADA.email);
    const newCode = await h.smsCode('CHANNEL_BIND_PHONE', NEW);
    await expect(
      rejection(h.client.verifyUpdatePhoneRequest(payload(newCode))),
    ).resolves.toMatchObject({
      statusCode: 400,
    });
    const oldCode = await h.smsCode('CHANNEL_UNBIND_PHONE', '13600136000');
    const { data } = await h.client.verifyUpdatePhoneRequest(payload(newCode, oldCode));
    expect(data.tokenExpiresIn).toBe(60);
    await h.client.updatePhone({ updatePhoneToken: data.updatePhoneToken });
    expect(h.mock.users[0]?.phone).toBe(NEW);
    await expect(
      rejection(h.client.updatePhone({ updatePhoneToken: data.updatePhoneToken })),
    ).resolves.toMatchObject({
      statusCode: 403,
    });
  });

  it('takes the new code alone when the pool does not verify the old number', async () => {
    const h = accountHarness(install, {
      users: [{ ...ADA, phone: '13600136000' }],
      verifyOldPhoneOnUpdate: false,
    });
    h.signInAs(ADA.email);
    await updatePhoneByCode(h.client, payload(await h.smsCode('CHANNEL_BIND_PHONE', NEW)));
    expect(h.mock.users[0]?.phone).toBe(NEW);
  });

  it('refuses a number taken by someone else, and another user token', async () => {
    const h = accountHarness(install, {
      users: [
        { ...ADA, phone: '13600136000' },
        { ...BOB, email: 'bob@example.com' },
      ],
      verifyOldPhoneOnUpdate: false,
    });
    h.signInAs(ADA.email);
    const taken = await h.smsCode('CHANNEL_BIND_PHONE', BOB.phone);
    const toBob = {
      verifyMethod: 'PHONE_PASSCODE' as const,
      phonePassCodePayload: { newPhoneNumber: BOB.phone, newPhonePassCode: taken },
    };
    await expect(rejection(h.client.verifyUpdatePhoneRequest(toBob))).resolves.toMatchObject({
      statusCode: 409,
    });
    const { data } = await h.client.verifyUpdatePhoneRequest(
      payload(await h.smsCode('CHANNEL_BIND_PHONE', NEW)),
    );
    h.signInAs('bob@example.com');
    await expect(
      rejection(h.client.updatePhone({ updatePhoneToken: data.updatePhoneToken })),
    ).resolves.toMatchObject({
      statusCode: 403,
    });
  });
});

describe('delete account', () => {
  it('removes the user: their token stops working and sign-in fails', async () => {
    const h = accountHarness(install, { users: [{ ...ADA, phone: NEW }] });
    h.signInAs(ADA.email);
    const code = await h.smsCode('CHANNEL_DELETE_ACCOUNT', NEW);
    await deleteAccountByCode(h.client, {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: { phoneNumber: NEW, passCode: code },
    });
    expect(h.mock.users).toEqual([]);
    await expect(rejection(h.client.unbindPhone({ passCode: '123456' }))).resolves.toMatchObject({
      statusCode: 401,
    });
    h.clock.advance(60_000);
    const login = await h.smsCode('CHANNEL_LOGIN', NEW);
    await expect(
      rejection(h.client.signInByPhonePassCode({ phone: NEW, passCode: login })),
    ).resolves.toMatchObject({ statusCode: 404, apiCode: 2004 });
  });

  it('only with a code sent to the user own phone or email, and an unexpired token', async () => {
    const h = accountHarness(install, { users: [ADA, BOB] });
    h.signInAs(ADA.email);
    const bobs = await h.smsCode('CHANNEL_DELETE_ACCOUNT', BOB.phone);
    await expect(
      rejection(
        h.client.verifyDeleteAccountRequest({
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { phoneNumber: BOB.phone, passCode: bobs },
        }),
      ),
    ).resolves.toMatchObject({ statusCode: 400 });
    const code = await h.emailCode('CHANNEL_DELETE_ACCOUNT', ADA.email);
    const { data } = await h.client.verifyDeleteAccountRequest({
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: ADA.email, passCode: code },
    });
    h.clock.advance(60_000);
    await expect(
      rejection(h.client.deleteAccount({ deleteAccountToken: data.deleteAccountToken })),
    ).resolves.toMatchObject({
      statusCode: 403,
    });
    expect(h.mock.users).toHaveLength(2);
  });

  it('reset() ends every session', async () => {
    const h = accountHarness(install, { users: [ADA] });
    h.signInAs(ADA.email);
    h.mock.reset();
    await expect(
      rejection(h.client.bindPhone({ phoneNumber: NEW, passCode: '123456' })),
    ).resolves.toMatchObject({
      statusCode: 401,
    });
  });
});
