import type { SmsChannel } from './channels.js';

/**
 * The SMS channel each account flow sends its code on, as the official SDKs' tests and docs use
 * them. Change-phone has no channel of its own: the current number gets a `CHANNEL_UNBIND_PHONE`
 * code and the new number a `CHANNEL_BIND_PHONE` code (Authing's C# SDK test
 * `VerifyUpdatePhoneRequestTest`). Each (channel, number) pair has its own one-per-minute limit.
 */
export const FLOW_SMS_CHANNELS = {
  /** `verifyResetPasswordRequest` with `PHONE_PASSCODE`; no token. */
  resetPassword: 'CHANNEL_RESET_PASSWORD',
  /** `bindPhone`, the new number; needs the access token. */
  bindPhone: 'CHANNEL_BIND_PHONE',
  /** `unbindPhone`, the bound number; needs the access token. */
  unbindPhone: 'CHANNEL_UNBIND_PHONE',
  /** `verifyUpdatePhoneRequest`, the current number (when the pool asks for it). */
  updatePhoneOld: 'CHANNEL_UNBIND_PHONE',
  /** `verifyUpdatePhoneRequest`, the new number. */
  updatePhoneNew: 'CHANNEL_BIND_PHONE',
  /** `verifyDeleteAccountRequest` with `PHONE_PASSCODE`; needs the access token. */
  deleteAccount: 'CHANNEL_DELETE_ACCOUNT',
} as const satisfies Record<string, SmsChannel>;
