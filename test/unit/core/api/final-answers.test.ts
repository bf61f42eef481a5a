import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  deleteAccountByCode,
  GenAuthApiError,
  resetPasswordByCode,
  updatePhoneByCode,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

type Client = ReturnType<typeof createGenAuthClient>;

/** A client whose verify steps answer with their token and whose final step answers `final`. */
function clientWithFinal(final: string) {
  const fake = fakeFetch((r) =>
    r.url.includes('/verify-')
      ? Response.json({
          statusCode: 200,
          message: 'ok',
          data: {
            passwordResetToken: 'r',
            updatePhoneToken: 'u',
            deleteAccountToken: 'd',
            tokenExpiresIn: 60,
          },
        })
      : new Response(final, { headers: { 'content-type': 'application/json' } }),
  );
  const client = createGenAuthClient({
    appId: 'app',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
    accessToken: 'tok',
  });
  return { ...fake, client };
}

const phone = { phoneNumber: '13800138000', passCode: '123456' };
/** Every final account call, alone and as the second step of its one-call helper. */
const FINAL_CALLS: Array<[string, (c: Client) => Promise<{ data: { success: boolean } }>]> = [
  ['resetPassword', (c) => c.resetPassword({ password: 'Pw-12345678', passwordResetToken: 'r' })],
  [
    'resetPasswordByCode',
    (c) =>
      resetPasswordByCode(c, {
        verify: { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: phone },
        password: 'Pw-12345678',
      }),
  ],
  ['updatePhone', (c) => c.updatePhone({ updatePhoneToken: 'u' })],
  [
    'updatePhoneByCode',
    (c) =>
      updatePhoneByCode(c, {
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: { newPhoneNumber: '13900139000', newPhonePassCode: '111111' },
      }),
  ],
  ['deleteAccount', (c) => c.deleteAccount({ deleteAccountToken: 'd' })],
  [
    'deleteAccountByCode',
    (c) => deleteAccountByCode(c, { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: phone }),
  ],
];

const envelope = (rest: string) => `{"statusCode":200,"message":"ok","requestId":"req-9"${rest}}`;
const UNCONFIRMED: Array<[string, string]> = [
  ['data.success: false', envelope(',"data":{"success":false}')],
  ['data.success: "false"', envelope(',"data":{"success":"false"}')],
  [
    'data.success: "true" (a string is not the boolean GenAuth sends)',
    envelope(',"data":{"success":"true"}'),
  ],
  ['data.success: 1', envelope(',"data":{"success":1}')],
  ['data without success', envelope(',"data":{}')],
  ['data: null', envelope(',"data":null')],
  ['data: true', envelope(',"data":true')],
  ['no data', envelope('')],
];

describe('final account calls resolve only when GenAuth confirms the change', () => {
  describe.each(FINAL_CALLS)('%s', (_name, call) => {
    it.each(UNCONFIRMED)('rejects %s with a GenAuthApiError', async (_label, answer) => {
      const { client } = clientWithFinal(answer);
      const error = await call(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GenAuthApiError);
      expect(error).toMatchObject({ statusCode: 502, httpStatus: 200, requestId: 'req-9' });
    });

    it('resolves with data.success: true', async () => {
      const { client } = clientWithFinal(envelope(',"data":{"success":true}'));
      const result = await call(client);
      expect(result.data).toEqual({ success: true });
    });
  });
});
