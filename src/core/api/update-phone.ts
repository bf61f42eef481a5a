import { confirmedSuccess } from './confirmed-success.js';
import { GenAuthInputError } from './errors.js';
import {
  checkOneTimeToken,
  checkPassCode,
  checkPhonePair,
  optional,
  requireObject,
  tokenFrom,
} from './flow-fields.js';
import { preview } from './preview.js';
import type { IsSuccessResult } from './reset-password.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** The codes that prove a phone change (`UpdatePhoneByPhonePassCodeDto`). */
export interface UpdatePhonePassCodePayload {
  /** The new number, national digits. */
  newPhoneNumber: string;
  /** The code sent to the new number on `CHANNEL_BIND_PHONE`. */
  newPhonePassCode: string;
  /** `+86` style; optional for mainland China. */
  newPhoneCountryCode?: string | undefined;
  /** The current number: required when the user pool asks to verify it. */
  oldPhoneNumber?: string | undefined;
  /** The code sent to the current number on `CHANNEL_UNBIND_PHONE`, with `oldPhoneNumber`. */
  oldPhonePassCode?: string | undefined;
  /** `+86` style. */
  oldPhoneCountryCode?: string | undefined;
}

/** Body of `POST /api/v3/verify-update-phone-request`: `PHONE_PASSCODE` is the only method. */
export interface VerifyUpdatePhoneRequestInput {
  /** Always `'PHONE_PASSCODE'`. */
  verifyMethod: 'PHONE_PASSCODE';
  /** The numbers and their codes. */
  phonePassCodePayload: UpdatePhonePassCodePayload;
}

/** What `verifyUpdatePhoneRequest` resolves with. */
export interface VerifyUpdatePhoneRequestResult extends GenAuthEnvelope {
  /** A one-time token for `updatePhone`, and its lifetime in seconds. */
  data: { updatePhoneToken: string; tokenExpiresIn: number };
}

/** Body of `POST /api/v3/update-phone`. */
export interface UpdatePhoneInput {
  /** From `verifyUpdatePhoneRequest`: single use, short-lived. */
  updatePhoneToken: string;
}

async function validateVerify(
  input: VerifyUpdatePhoneRequestInput,
): Promise<VerifyUpdatePhoneRequestInput> {
  const body = requireObject(
    input,
    'verifyMethod',
    "{ verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload }",
  );
  if (body.verifyMethod !== 'PHONE_PASSCODE') {
    throw new GenAuthInputError(
      'verifyMethod',
      `verifyMethod must be 'PHONE_PASSCODE' (got ${preview(body.verifyMethod)})`,
    );
  }
  const p = requireObject(
    body.phonePassCodePayload,
    'phoneNumber',
    'phonePassCodePayload: { newPhoneNumber, newPhonePassCode }',
  );
  const hasOld = p.oldPhoneNumber !== undefined || p.oldPhonePassCode !== undefined;
  const next = await checkPhonePair(p, 'newPhoneNumber', 'newPhoneCountryCode');
  const newPhonePassCode = checkPassCode(p.newPhonePassCode, 'newPhonePassCode');
  // The old number and its code travel together or not at all.
  const old = hasOld ? await checkPhonePair(p, 'oldPhoneNumber', 'oldPhoneCountryCode') : undefined;
  return {
    verifyMethod: 'PHONE_PASSCODE',
    phonePassCodePayload: {
      newPhoneNumber: next.number,
      newPhonePassCode,
      ...optional('newPhoneCountryCode', next.countryCode),
      ...(old
        ? {
            oldPhoneNumber: old.number,
            oldPhonePassCode: checkPassCode(p.oldPhonePassCode, 'oldPhonePassCode'),
            ...optional('oldPhoneCountryCode', old.countryCode),
          }
        : {}),
    },
  };
}

/**
 * Change phone, step 1: `POST /api/v3/verify-update-phone-request`. Spends the new number's
 * `CHANNEL_BIND_PHONE` code (and the current number's `CHANNEL_UNBIND_PHONE` code when the
 * pool verifies it) and returns a one-time `updatePhoneToken`. **Needs the access token.**
 */
export async function verifyUpdatePhoneRequest(
  transport: GenAuthTransport,
  input: VerifyUpdatePhoneRequestInput,
  options?: RequestOptions,
): Promise<VerifyUpdatePhoneRequestResult> {
  return transport.post('/api/v3/verify-update-phone-request', await validateVerify(input), {
    signal: options?.signal,
    accessToken: 'required',
  });
}

/**
 * Change phone, step 2: `POST /api/v3/update-phone` with the token. Resolves only when GenAuth
 * confirms (`data.success: true`); any other answer is a `GenAuthApiError`. **Needs the access token.**
 */
export async function updatePhone(
  transport: GenAuthTransport,
  input: UpdatePhoneInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const p = requireObject(input, 'updatePhoneToken', '{ updatePhoneToken }');
  const body = { updatePhoneToken: checkOneTimeToken(p.updatePhoneToken, 'updatePhoneToken') };
  const answer = await transport.post<IsSuccessResult>('/api/v3/update-phone', body, {
    signal: options?.signal,
    accessToken: 'required',
  });
  return confirmedSuccess(answer, 'phone change');
}

/**
 * Both steps in one; the `updatePhoneToken` never leaves this function.
 *
 * @example
 * await updatePhoneByCode(transport, {
 *   verifyMethod: 'PHONE_PASSCODE',
 *   phonePassCodePayload: { newPhoneNumber, newPhonePassCode, oldPhoneNumber, oldPhonePassCode },
 * });
 */
export async function updatePhoneByCode(
  transport: GenAuthTransport,
  input: VerifyUpdatePhoneRequestInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const verified = await verifyUpdatePhoneRequest(transport, input, options);
  return updatePhone(
    transport,
    { updatePhoneToken: tokenFrom(verified, 'updatePhoneToken') },
    options,
  );
}
