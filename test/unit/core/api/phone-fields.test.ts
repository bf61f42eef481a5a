import { type CountryCode, getCountries, getExampleNumber } from 'libphonenumber-js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { describe, expect, it } from 'vitest';
import {
  bindPhone,
  createGenAuthClient,
  GenAuthInputError,
  parsePhone,
  preCheckCode,
  sendSms,
  signInByPhonePassCode,
  signUpByPhonePassCode,
  verifyDeleteAccountRequest,
  verifyResetPasswordRequest,
  verifyUpdatePhoneRequest,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

function setup() {
  const { fetch, spy } = fakeFetch();
  const client = createGenAuthClient({
    appId: 'a',
    appHost: 'x.genauth.ai',
    fetch,
    accessToken: 'token',
  });
  return { client, spy };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

// [label, national number, country code, field refused]
const IMPOSSIBLE: [string, string, string | undefined, string][] = [
  ['country code +0', '13800138000', '+0', 'phoneCountryCode'],
  ['country code +0086', '13800138000', '+0086', 'phoneCountryCode'],
  ['country code +086', '13800138000', '+086', 'phoneCountryCode'],
  ['a 4-digit country code', '7700900123', '+1234', 'phoneCountryCode'],
  ['country code without +', '13800138000', '86', 'phoneCountryCode'],
  ['country code with a space', '13800138000', '+ 86', 'phoneCountryCode'],
  ['empty country code', '13800138000', '', 'phoneCountryCode'],
  ['phone 0', '0', '+86', 'phoneNumber'],
  ['phone 0 without country code', '0', undefined, 'phoneNumber'],
  ['three digits', '123', '+44', 'phoneNumber'],
  ['all zeros', '0000000', '+44', 'phoneNumber'],
  ['16 digits in all', '7700900123456', '+441', 'phoneNumber'],
  ['16 digits in all (3-digit code)', '7700900123456', '+852', 'phoneNumber'],
  ['14 digits without country code (+86 assumed: 16)', '13800138000123', undefined, 'phoneNumber'],
  ['full-width digits', '１３８００１３８０００', '+86', 'phoneNumber'],
];

describe('phone fields are checked before any request, on every phone body', () => {
  it.each(IMPOSSIBLE)(
    'sendSms refuses %s',
    async (_label, phoneNumber, phoneCountryCode, field) => {
      const { client, spy } = setup();
      const error = await rejection(
        client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber, phoneCountryCode }),
      );
      expect(error).toBeInstanceOf(GenAuthInputError);
      expect(error).toMatchObject({ field });
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it.each(IMPOSSIBLE)(
    'sign-in and sign-up refuse %s',
    async (_label, phone, phoneCountryCode, field) => {
      const { client, spy } = setup();
      const body = { phone, phoneCountryCode, passCode: '123456' };
      for (const call of [signInByPhonePassCode, signUpByPhonePassCode]) {
        expect(await rejection(call(client, body))).toMatchObject({ field });
      }
      expect(spy).not.toHaveBeenCalled();
    },
  );

  it.each(IMPOSSIBLE)('the account flows refuse %s', async (_label, number, code, field) => {
    const { client, spy } = setup();
    const passCode = '123456';
    const calls = [
      () => bindPhone(client, { phoneNumber: number, phoneCountryCode: code, passCode }),
      () =>
        preCheckCode(client, {
          codeType: 'SMS',
          smsCodePayload: {
            phone: number,
            phoneCountryCode: code,
            passCode,
            channel: 'CHANNEL_REGISTER',
          },
        }),
      () =>
        verifyResetPasswordRequest(client, {
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { phoneNumber: number, phoneCountryCode: code, passCode },
        }),
      () =>
        verifyDeleteAccountRequest(client, {
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: { phoneNumber: number, phoneCountryCode: code, passCode },
        }),
      () =>
        verifyUpdatePhoneRequest(client, {
          verifyMethod: 'PHONE_PASSCODE',
          phonePassCodePayload: {
            newPhoneNumber: number,
            newPhoneCountryCode: code,
            newPhonePassCode: passCode,
          },
        }),
    ];
    for (const call of calls) expect(await rejection(call())).toMatchObject({ field });
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses what parsePhone refuses for the same reasons', () => {
    for (const text of ['+0 13800138000', '+0086 13800138000', '+86 0', '+44 123']) {
      expect(parsePhone(text).valid, text).toBe(false);
    }
  });

  it("accepts every country's example mobile number as parsePhone splits it", async () => {
    const { client, spy } = setup();
    const countries = getCountries().filter((country: CountryCode) => examples[country]);
    for (const country of countries) {
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const parsed = parsePhone(example.number);
      if (!parsed.valid) continue;
      const { phoneNumber, phoneCountryCode } = parsed;
      await expect(
        sendSms(client, { channel: 'CHANNEL_LOGIN', phoneNumber, phoneCountryCode }),
        `${country} ${example.number}`,
      ).resolves.toMatchObject({ statusCode: 200 });
    }
    expect(spy.mock.calls.length).toBeGreaterThan(200);
  });

  it('accepts the shortest and longest plausible numbers', async () => {
    const { client } = setup();
    for (const [phoneNumber, phoneCountryCode] of [
      ['7290', '+683'],
      ['123456789012', '+852'],
      ['1234567890123', '+86'],
      ['13800138000', undefined],
    ] as const) {
      await expect(
        client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber, phoneCountryCode }),
      ).resolves.toMatchObject({ statusCode: 200 });
    }
  });
});
