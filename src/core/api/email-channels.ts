/**
 * The 11 purposes GenAuth's V3 `send-email` accepts. Like SMS, each (channel, email address)
 * pair may receive one email per minute.
 */
export const EMAIL_CHANNELS = [
  'CHANNEL_LOGIN',
  'CHANNEL_REGISTER',
  'CHANNEL_RESET_PASSWORD',
  'CHANNEL_VERIFY_EMAIL_LINK',
  'CHANNEL_UPDATE_EMAIL',
  'CHANNEL_BIND_EMAIL',
  'CHANNEL_UNBIND_EMAIL',
  'CHANNEL_VERIFY_MFA',
  'CHANNEL_UNLOCK_ACCOUNT',
  'CHANNEL_COMPLETE_EMAIL',
  'CHANNEL_DELETE_ACCOUNT',
] as const;

/** One of {@link EMAIL_CHANNELS}: what the email is for. */
export type EmailChannel = (typeof EMAIL_CHANNELS)[number];

/** True when `value` is one of the 11 email channels (exact, case-sensitive). */
export function isEmailChannel(value: unknown): value is EmailChannel {
  return typeof value === 'string' && (EMAIL_CHANNELS as readonly string[]).includes(value);
}
