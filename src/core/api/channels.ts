/**
 * The 11 purposes GenAuth's V3 `send-sms` accepts. The server rate-limits each
 * (channel, phone number) pair separately: one SMS per minute.
 */
export const SMS_CHANNELS = [
  'CHANNEL_LOGIN',
  'CHANNEL_REGISTER',
  'CHANNEL_RESET_PASSWORD',
  'CHANNEL_BIND_PHONE',
  'CHANNEL_UNBIND_PHONE',
  'CHANNEL_BIND_MFA',
  'CHANNEL_VERIFY_MFA',
  'CHANNEL_UNBIND_MFA',
  'CHANNEL_COMPLETE_PHONE',
  'CHANNEL_IDENTITY_VERIFICATION',
  'CHANNEL_DELETE_ACCOUNT',
] as const;

/** One of {@link SMS_CHANNELS}: what the SMS is for. */
export type SmsChannel = (typeof SMS_CHANNELS)[number];

/** True when `value` is one of the 11 SMS channels (exact, case-sensitive). */
export function isSmsChannel(value: unknown): value is SmsChannel {
  return typeof value === 'string' && (SMS_CHANNELS as readonly string[]).includes(value);
}
