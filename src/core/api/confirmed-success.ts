import { GenAuthApiError } from './errors.js';
import type { IsSuccessResult } from './reset-password.js';

/**
 * @internal The answer of a final account call (`reset-password`, `update-phone`,
 * `delete-account`) when it confirms the change with `data.success === true`, else a
 * `GenAuthApiError` (502, like a verify step without its token). A 200 envelope alone proves
 * nothing here: resolving on `success: false`, `"false"` or no `data` would tell the user their
 * password was changed or their account deleted when it was not.
 */
export function confirmedSuccess(envelope: IsSuccessResult, change: string): IsSuccessResult {
  const data: unknown = envelope.data;
  const success =
    data !== null && typeof data === 'object' ? (data as { success?: unknown }).success : undefined;
  if (success === true) return envelope;
  throw new GenAuthApiError(
    success === false || success === 'false'
      ? `GenAuth answered that the ${change} was not made`
      : `GenAuth answered without confirming the ${change} (no data.success)`,
    { statusCode: 502, httpStatus: 200, requestId: envelope.requestId },
  );
}
