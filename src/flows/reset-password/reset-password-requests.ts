import type { PreCheckCodeInput } from '../../core/api/pre-check-code.js';
import type { VerifyResetPasswordRequestInput } from '../../core/api/reset-password.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { requireE164Parts } from '../../core/phone/split-e164.js';

/** How the reset code travels: a text message to the account's phone, or an email. */
export type ResetPasswordMethod = 'phone' | 'email';

/** @internal Where a reset code went: the method and the E.164 number or the address. */
export interface ResetRecipient {
  method: ResetPasswordMethod;
  to: string;
}

/** @internal The reset flow's channel, for both methods (GenAuth has it for SMS and email alike). */
export const CHANNEL = 'CHANNEL_RESET_PASSWORD';

/**
 * @internal The `pre-check-code` body of a reset code: an SMS payload for the phone, an email
 * payload for the address, both on `CHANNEL_RESET_PASSWORD`.
 */
export async function preCheckInputFor(
  recipient: ResetRecipient,
  passCode: string,
): Promise<PreCheckCodeInput> {
  if (recipient.method === 'email') {
    return {
      codeType: 'EMAIL',
      emailCodePayload: { email: recipient.to, passCode, channel: CHANNEL },
    };
  }
  const { phoneNumber, phoneCountryCode } = requireE164Parts(await parsePhoneAsync(recipient.to));
  return {
    codeType: 'SMS',
    smsCodePayload: { phone: phoneNumber, phoneCountryCode, passCode, channel: CHANNEL },
  };
}

/** @internal The `verify-reset-password-request` body that spends the code. */
export async function verifyInputFor(
  recipient: ResetRecipient,
  passCode: string,
): Promise<VerifyResetPasswordRequestInput> {
  if (recipient.method === 'email') {
    return {
      verifyMethod: 'EMAIL_PASSCODE',
      emailPassCodePayload: { email: recipient.to, passCode },
    };
  }
  const { phoneNumber, phoneCountryCode } = requireE164Parts(await parsePhoneAsync(recipient.to));
  return {
    verifyMethod: 'PHONE_PASSCODE',
    phonePassCodePayload: { phoneNumber, phoneCountryCode, passCode },
  };
}
