import { confirmedSuccess } from './confirmed-success.js';
import { checkOneTimeToken, requireObject, tokenFrom } from './flow-fields.js';
import { checkPassCodeVerification, type PassCodeVerification } from './passcode-verification.js';
import type { IsSuccessResult } from './reset-password.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/**
 * Body of `POST /api/v3/verify-delete-account-request` with a code sent on
 * `CHANNEL_DELETE_ACCOUNT`. (GenAuth also takes `verifyMethod: 'PASSWORD'` for users with
 * neither phone nor email; this kit is about codes and does not wrap it.)
 */
export type VerifyDeleteAccountRequestInput = PassCodeVerification;

/** What `verifyDeleteAccountRequest` resolves with. */
export interface VerifyDeleteAccountRequestResult extends GenAuthEnvelope {
  /** A one-time token for `deleteAccount` (60 s by default), and its lifetime in seconds. */
  data: { deleteAccountToken: string; tokenExpiresIn: number };
}

/** Body of `POST /api/v3/delete-account` (the SDK's `DeleteAccounDto`). */
export interface DeleteAccountInput {
  /** From `verifyDeleteAccountRequest`: single use, short-lived. */
  deleteAccountToken: string;
}

/**
 * Delete account, step 1: `POST /api/v3/verify-delete-account-request`. Spends the
 * `CHANNEL_DELETE_ACCOUNT` code and returns a one-time `deleteAccountToken`.
 * **Needs the access token.**
 */
export async function verifyDeleteAccountRequest(
  transport: GenAuthTransport,
  input: VerifyDeleteAccountRequestInput,
  options?: RequestOptions,
): Promise<VerifyDeleteAccountRequestResult> {
  return transport.post(
    '/api/v3/verify-delete-account-request',
    await checkPassCodeVerification(input),
    {
      signal: options?.signal,
      accessToken: 'required',
    },
  );
}

/**
 * Delete account, step 2: `POST /api/v3/delete-account`. Irreversible; the user's tokens stop
 * working. Resolves only when GenAuth confirms (`data.success: true`); any other answer is a
 * `GenAuthApiError`. **Needs the access token.**
 */
export async function deleteAccount(
  transport: GenAuthTransport,
  input: DeleteAccountInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const p = requireObject(input, 'deleteAccountToken', '{ deleteAccountToken }');
  const body = {
    deleteAccountToken: checkOneTimeToken(p.deleteAccountToken, 'deleteAccountToken'),
  };
  const answer = await transport.post<IsSuccessResult>('/api/v3/delete-account', body, {
    signal: options?.signal,
    accessToken: 'required',
  });
  return confirmedSuccess(answer, 'account deletion');
}

/** Both steps in one; the `deleteAccountToken` never leaves this function. */
export async function deleteAccountByCode(
  transport: GenAuthTransport,
  input: VerifyDeleteAccountRequestInput,
  options?: RequestOptions,
): Promise<IsSuccessResult> {
  const verified = await verifyDeleteAccountRequest(transport, input, options);
  return deleteAccount(
    transport,
    { deleteAccountToken: tokenFrom(verified, 'deleteAccountToken') },
    options,
  );
}
