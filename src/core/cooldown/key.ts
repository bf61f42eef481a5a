/** What kind of code a cooldown throttles: an SMS today, an email later. */
export type CooldownKind = 'sms' | 'email';

/**
 * Builds the key a cooldown is stored under: `kind:channel:recipient`, e.g.
 * `sms:CHANNEL_LOGIN:+8613800138000`.
 *
 * The server limits each (channel, recipient) pair separately, so two channels, or two
 * numbers, cool down independently. The recipient is normalised only trivially, so that
 * the same person always maps to the same key: surrounding spaces are dropped, an email is
 * lower-cased, and a phone number loses spaces, dashes, dots and brackets. Pass a full
 * E.164 number (`+86...`): the national number alone would collide across countries.
 *
 * The key holds the number in clear; the store hashes it before anything is persisted.
 *
 * @param channel - The purpose, e.g. `CHANNEL_LOGIN`.
 * @param recipient - An E.164 phone number, or an email address for `kind: 'email'`.
 * @param kind - What is being sent. @default 'sms'
 * @example
 * cooldownKey('CHANNEL_LOGIN', '+86 138 0013 8000'); // 'sms:CHANNEL_LOGIN:+8613800138000'
 */
export function cooldownKey(
  channel: string,
  recipient: string,
  kind: CooldownKind = 'sms',
): string {
  return `${kind}:${channel.trim()}:${normaliseRecipient(recipient)}`;
}

function normaliseRecipient(recipient: string): string {
  const trimmed = recipient.trim();
  // Emails are case-insensitive in practice; phone numbers arrive with cosmetic separators.
  return trimmed.includes('@') ? trimmed.toLowerCase() : trimmed.replace(/[\s\-.()]/g, '');
}
