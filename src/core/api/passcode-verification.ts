import { GenAuthInputError } from './errors.js';
import {
  checkEmail,
  checkPassCode,
  checkPhonePair,
  optional,
  requireObject,
} from './flow-fields.js';
import { preview } from './validate-send-sms.js';

/**
 * @internal The body shape shared by the verify steps of reset password and delete account:
 * a code sent to the account's phone or email.
 */
export type PassCodeVerification =
  | {
      verifyMethod: 'PHONE_PASSCODE';
      phonePassCodePayload: {
        phoneNumber: string;
        passCode: string;
        phoneCountryCode?: string | undefined;
      };
    }
  | { verifyMethod: 'EMAIL_PASSCODE'; emailPassCodePayload: { email: string; passCode: string } };

/**
 * @internal Checks a `PHONE_PASSCODE` / `EMAIL_PASSCODE` verify body field by field and returns
 * only the fields GenAuth takes, so a typo never reaches the server.
 * @throws {GenAuthInputError}
 */
export function checkPassCodeVerification<T extends PassCodeVerification>(input: T): T {
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
    const phone = checkPhonePair(p, 'phoneNumber', 'phoneCountryCode');
    const checked: PassCodeVerification = {
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        phoneNumber: phone.number,
        passCode: checkPassCode(p.passCode),
        ...optional('phoneCountryCode', phone.countryCode),
      },
    };
    return checked as T;
  }
  if (body.verifyMethod === 'EMAIL_PASSCODE') {
    const p = requireObject(
      body.emailPassCodePayload,
      'email',
      'emailPassCodePayload: { email, passCode }',
    );
    const checked: PassCodeVerification = {
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: checkEmail(p.email), passCode: checkPassCode(p.passCode) },
    };
    return checked as T;
  }
  throw new GenAuthInputError(
    'verifyMethod',
    `verifyMethod must be 'PHONE_PASSCODE' or 'EMAIL_PASSCODE' (got ${preview(body.verifyMethod)})`,
  );
}
