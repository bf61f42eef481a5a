import { isSmsChannel, type SmsChannel } from './channels.js';
import { type EmailChannel, isEmailChannel } from './email-channels.js';
import { GenAuthInputError } from './errors.js';
import {
  checkEmail,
  checkPassCode,
  checkPhonePair,
  optional,
  requireObject,
} from './flow-fields.js';
import { preview } from './preview.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** An SMS code to check (`PreCheckSmsCodeDto`). */
export interface PreCheckSmsCodePayload {
  /** National number without the country code. */
  phone: string;
  /** The code the user typed. */
  passCode: string;
  /** `+86` style; optional for mainland China. */
  phoneCountryCode?: string | undefined;
  /** The channel the code was sent on. */
  channel: SmsChannel;
}

/** An email code to check (`PreCheckEmailCodeDto`). */
export interface PreCheckEmailCodePayload {
  /** The address the code went to. */
  email: string;
  /** The code the user typed. */
  passCode: string;
  /** The email channel the code was sent on. */
  channel: EmailChannel;
}

/** Body of `POST /api/v3/pre-check-code`, by SMS or by email. */
export type PreCheckCodeInput =
  | { codeType: 'SMS'; smsCodePayload: PreCheckSmsCodePayload }
  | { codeType: 'EMAIL'; emailCodePayload: PreCheckEmailCodePayload };

/** What `preCheckCode` resolves with: `data.isValid` says whether the code would be accepted. */
export interface PreCheckCodeResult extends GenAuthEnvelope {
  /** The verdict; a wrong or expired code is `isValid: false` with GenAuth's `message`. */
  data: { isValid: boolean; message?: string | undefined };
}

async function validate(input: PreCheckCodeInput): Promise<PreCheckCodeInput> {
  const body = requireObject(input, 'codeType', "{ codeType: 'SMS' | 'EMAIL', ... }");
  if (body.codeType === 'SMS') {
    const p = requireObject(
      body.smsCodePayload,
      'phoneNumber',
      'smsCodePayload: { phone, passCode, channel }',
    );
    if (!isSmsChannel(p.channel)) {
      throw new GenAuthInputError('channel', `Unknown SMS channel ${preview(p.channel)}`);
    }
    const phone = await checkPhonePair(p, 'phone', 'phoneCountryCode');
    const smsCodePayload: PreCheckSmsCodePayload = {
      phone: phone.number,
      passCode: checkPassCode(p.passCode),
      ...optional('phoneCountryCode', phone.countryCode),
      channel: p.channel,
    };
    return { codeType: 'SMS', smsCodePayload };
  }
  if (body.codeType === 'EMAIL') {
    const p = requireObject(
      body.emailCodePayload,
      'email',
      'emailCodePayload: { email, passCode, channel }',
    );
    if (!isEmailChannel(p.channel)) {
      throw new GenAuthInputError('channel', `Unknown email channel ${preview(p.channel)}`);
    }
    const emailCodePayload: PreCheckEmailCodePayload = {
      email: checkEmail(p.email),
      passCode: checkPassCode(p.passCode),
      channel: p.channel,
    };
    return { codeType: 'EMAIL', emailCodePayload };
  }
  throw new GenAuthInputError(
    'codeType',
    `codeType must be 'SMS' or 'EMAIL' (got ${preview(body.codeType)})`,
  );
}

/**
 * Checks a code without using it up: `POST /api/v3/pre-check-code`. Catches a mistyped code at
 * the code step; the code still works for the call that consumes it (sign-up, reset, ...).
 * Any channel; no access token needed.
 *
 * @example
 * const { data } = await preCheckCode(transport, {
 *   codeType: 'SMS',
 *   smsCodePayload: { phone: '13800138000', phoneCountryCode: '+86', passCode: '123456', channel: 'CHANNEL_REGISTER' },
 * });
 * if (!data.isValid) showError(data.message);
 */
export async function preCheckCode(
  transport: GenAuthTransport,
  input: PreCheckCodeInput,
  options?: RequestOptions,
): Promise<PreCheckCodeResult> {
  return transport.post<PreCheckCodeResult>(
    '/api/v3/pre-check-code',
    await validate(input),
    options,
  );
}
