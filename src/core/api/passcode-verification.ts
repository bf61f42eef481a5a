import { GenAuthInputError } from './errors.js';
import {
  checkEmail,
  checkPassCode,
  checkPhonePair,
  optional,
  requireObject,
} from './flow-fields.js';
import { preview } from './preview.js';

/**
 * The body of a verify step that spends a code sent to the account's phone or email: forgot
 * password (`CHANNEL_RESET_PASSWORD`) and delete account (`CHANNEL_DELETE_ACCOUNT`).
 */
export type PassCodeVerification =
  | {
      verifyMethod: 'PHONE_PASSCODE';
      phonePassCodePayload: {
        /** The account's national number. */
        phoneNumber: string;
        /** The SMS code sent on the flow's channel. */
        passCode: string;
        /** `+86` style; optional for mainland China. */
        phoneCountryCode?: string | undefined;
      };
    }
  | {
      verifyMethod: 'EMAIL_PASSCODE';
      emailPassCodePayload: {
        /** The account's email address. */
        email: string;
        /** The email code sent on the flow's channel. */
        passCode: string;
      };
    };

/**
 * @internal Checks a `PHONE_PASSCODE` / `EMAIL_PASSCODE` verify body field by field and returns
 * only the fields GenAuth takes, so a typo never reaches the server.
 * @throws {GenAuthInputError}
 */
export async function checkPassCodeVerification(
  input: PassCodeVerification,
): Promise<PassCodeVerification> {
  const body = requireObject(
    input,
    'verifyMethod',
    "{ verifyMethod: 'PHONE_PASSCODE' | 'EMAIL_PASSCODE', ... }",
  );
  if (body.verifyMethod === 'PHONE_PASSCODE') {
    const p = requireObject(
      body.phonePassCodePayload,
      'phoneNumber',
      'phonePassCodePayload: { phoneNumber, passCode }',
    );
    const phone = await checkPhonePair(p, 'phoneNumber', 'phoneCountryCode');
    return {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        phoneNumber: phone.number,
        passCode: checkPassCode(p.passCode),
        ...optional('phoneCountryCode', phone.countryCode),
      },
    };
  }
  if (body.verifyMethod === 'EMAIL_PASSCODE') {
    const p = requireObject(
      body.emailPassCodePayload,
      'email',
      'emailPassCodePayload: { email, passCode }',
    );
    return {
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: checkEmail(p.email), passCode: checkPassCode(p.passCode) },
    };
  }
  throw new GenAuthInputError(
    'verifyMethod',
    `verifyMethod must be 'PHONE_PASSCODE' or 'EMAIL_PASSCODE' (got ${preview(body.verifyMethod)})`,
  );
}
