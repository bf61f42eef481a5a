import { GenAuthApiError } from '../../core/api/errors.js';
import type { PreCheckCodeInput } from '../../core/api/pre-check-code.js';
import type { VerifyUpdatePhoneRequestInput } from '../../core/api/update-phone.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { type E164Parts, requireE164Parts } from '../../core/phone/split-e164.js';

/** @internal 409 without an apiCode: GenAuth's "this number is bound to another account". */
export function isPhoneTaken(error: unknown): boolean {
  return (
    error instanceof GenAuthApiError && error.apiCode === undefined && error.statusCode === 409
  );
}

/** @internal The national number and calling code of an E.164 number, or a typed refusal. */
export const phoneFields = async (e164: string) => requireE164Parts(await parsePhoneAsync(e164));

/**
 * @internal The `pre-check-code` body that checks the current number's `CHANNEL_UNBIND_PHONE`
 * code without spending it (a mistyped code is caught before the new number, not after).
 */
export async function currentCodeCheck(
  bound: string,
  passCode: string,
): Promise<PreCheckCodeInput> {
  const phone = await phoneFields(bound);
  return {
    codeType: 'SMS',
    smsCodePayload: {
      phone: phone.phoneNumber,
      phoneCountryCode: phone.phoneCountryCode,
      passCode,
      channel: 'CHANNEL_UNBIND_PHONE',
    },
  };
}

/**
 * @internal The `verify-update-phone-request` body of a change: the new number and its code,
 * and the current one's when the pool asks for it.
 */
export function changeVerification(
  next: E164Parts,
  passCode: string,
  old: { fields: E164Parts; passCode: string } | null,
): VerifyUpdatePhoneRequestInput {
  return {
    verifyMethod: 'PHONE_PASSCODE',
    phonePassCodePayload: {
      newPhoneNumber: next.phoneNumber,
      newPhoneCountryCode: next.phoneCountryCode,
      newPhonePassCode: passCode,
      ...(old
        ? {
            oldPhoneNumber: old.fields.phoneNumber,
            oldPhoneCountryCode: old.fields.phoneCountryCode,
            oldPhonePassCode: old.passCode,
          }
        : {}),
    },
  };
}
