import {
  CooldownActiveError,
  GenAuthApiError,
  GenAuthBusyError,
  GenAuthInputError,
  GenAuthLoadError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from '../core/api/errors.js';
import type { RecipientRefusalMessages, SendFailureMessages } from './messages.js';

/**
 * The message a user should read for a failed send, or `null` when the failure is not an
 * error to them: a rate limit or an active cooldown is shown as the countdown instead.
 * `messages` is a catalogue, or a control's part of one.
 */
export function describeSendError(
  error: unknown,
  messages: SendFailureMessages & RecipientRefusalMessages,
): string | null {
  if (error === null || error === undefined) return null;
  if (error instanceof CooldownActiveError || isRateLimitError(error)) return null;
  if (error instanceof GenAuthTimeoutError) return messages.timeoutError;
  // No request was made: another tab or script holds the send, so "too slow" would be untrue.
  if (error instanceof GenAuthBusyError) return messages.sendBusy;
  // Before the network check: a load error is one, but reloading the page may be the fix.
  if (error instanceof GenAuthLoadError) return messages.sendUnavailable;
  if (error instanceof GenAuthNetworkError) return messages.networkError;
  if (error instanceof GenAuthInputError) {
    // A refused recipient is the user's to fix; any other field (a wrong `channel` prop, an
    // option) is the page's mistake, which the user cannot fix: our generic words.
    const { field } = error;
    const recipientText =
      field === 'email'
        ? messages.invalidEmail
        : field === 'phoneNumber' || field === 'phoneCountryCode'
          ? messages.invalidPhone
          : undefined;
    return recipientText ?? messages.genericError;
  }
  if (error instanceof GenAuthApiError) {
    if (error.statusCode >= 500 || error.httpStatus >= 500) return messages.serverError;
    // A business error in GenAuth's envelope (HTTP 200) carries a message meant for users,
    // localised by the server's `lang` header; anything else gets our own words.
    return error.httpStatus === 200 && error.message ? error.message : messages.genericError;
  }
  return messages.genericError;
}
