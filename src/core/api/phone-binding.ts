import { checkPassCode, checkPhonePair, optional, requireObject } from './flow-fields.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** Body of `POST /api/v3/bind-phone` (`BindPhoneDto`). */
export interface BindPhoneInput {
  /** The number to bind, national digits. */
  phoneNumber: string;
  /** The code sent to it on `CHANNEL_BIND_PHONE`. */
  passCode: string;
  /** `+86` style; optional for mainland China. */
  phoneCountryCode?: string | undefined;
}

/** Body of `POST /api/v3/unbind-phone` (`UnbindPhoneDto`). */
export interface UnbindPhoneInput {
  /** The code sent to the bound number on `CHANNEL_UNBIND_PHONE`. */
  passCode: string;
}

/** What `bindPhone` and `unbindPhone` resolve with (`CommonResponseDto`). */
export type PhoneBindingResult = GenAuthEnvelope;

/**
 * Binds a phone to the signed-in user who has none: `POST /api/v3/bind-phone`, with the code
 * sent to that number on `CHANNEL_BIND_PHONE`. **Needs the access token** (rejects with
 * `GenAuthAuthRequiredError` before any request without one). To replace a bound number use
 * `verifyUpdatePhoneRequest` + `updatePhone`.
 */
export async function bindPhone(
  transport: GenAuthTransport,
  input: BindPhoneInput,
  options?: RequestOptions,
): Promise<PhoneBindingResult> {
  const p = requireObject(input, 'phoneNumber', '{ phoneNumber, passCode }');
  const phone = await checkPhonePair(p, 'phoneNumber', 'phoneCountryCode');
  const body = {
    passCode: checkPassCode(p.passCode),
    phoneNumber: phone.number,
    ...optional('phoneCountryCode', phone.countryCode),
  };
  return transport.post('/api/v3/bind-phone', body, {
    signal: options?.signal,
    accessToken: 'required',
  });
}

/**
 * Unbinds the signed-in user's phone: `POST /api/v3/unbind-phone`, with the code sent to the
 * bound number on `CHANNEL_UNBIND_PHONE`. GenAuth refuses when the phone is the user's only way
 * to sign in. **Needs the access token.**
 */
export async function unbindPhone(
  transport: GenAuthTransport,
  input: UnbindPhoneInput,
  options?: RequestOptions,
): Promise<PhoneBindingResult> {
  const p = requireObject(input, 'passCode', '{ passCode }');
  const body = { passCode: checkPassCode(p.passCode) };
  return transport.post('/api/v3/unbind-phone', body, {
    signal: options?.signal,
    accessToken: 'required',
  });
}
