/**
 * What a cooldown is stored under: a tag that tells cooldowns apart well enough for one device,
 * and far too little to tell whose number it is.
 *
 * A tag is `<purpose><bucket>`: 6 hex digits for the purpose (`sms:CHANNEL_LOGIN`; the 22
 * purposes are public, so this hides nothing and needs no secrecy) and 3 hex digits, 12 bits,
 * for the recipient. libphonenumber-js counts about 5.2 billion valid mainland mobile numbers,
 * so each of the 4,096 buckets holds about 1.3 million of them (Taiwan ~22,000, Hong Kong ~7,300,
 * Singapore ~4,600, Macao ~1,200 per bucket): a stored tag says "one of a million mainland
 * numbers", nothing more, and no secret is needed for that. The bucket ignores the channel on
 * purpose: hashed with the channel, the same number cooling down on three channels would yield
 * three independent 12-bit facts about it, and 36 bits single out a mainland number.
 *
 * The price is a false "cooling down": a second number that shares the bucket, on the same
 * purpose and device, while the first one cools down (1 in 4,096 per such pair, e.g. a typo
 * corrected within the minute).
 *
 * @internal Used by the cooldown store and locks.
 */

/** Bits of the recipient a tag keeps. */
export const RECIPIENT_BUCKET_BITS = 12;

const TAG_PATTERN = /^[0-9a-f]{9}$/;

/**
 * 32-bit hash: FNV-1a over the UTF-16 code units, then MurmurHash3's finaliser so that every
 * input bit reaches the top bits a bucket keeps (plain FNV leaves consecutive numbers clustered).
 * Not cryptographic, and it needs not be: a bucket keeps 16 of its bits. Also names an app's
 * cooldown namespace (`app-namespace.ts`).
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Splits a `cooldownKey` (`kind:channel:recipient`); any other string is all recipient. */
function splitKey(key: string): { purpose: string; recipient: string } {
  const match = /^(sms|email):([^:]*):([\s\S]*)$/.exec(key);
  return match
    ? { purpose: `${match[1]}:${match[2]}`, recipient: match[3] ?? '' }
    : { purpose: '', recipient: key };
}

/**
 * The tag a cooldown key is stored, broadcast and locked under, for one namespace (the
 * namespace keys the hash, so two apps on one origin do not share buckets).
 *
 * @example cooldownTag('sms:CHANNEL_LOGIN:+8613800138000', 'genauth-sms') // e.g. '3f09a1c41'
 */
export function cooldownTag(key: string, namespace: string): string {
  const { purpose, recipient } = splitKey(key);
  const purposeCode = hash32(`purpose\u0000${namespace}\u0000${purpose}`) >>> 8;
  const bucket =
    hash32(`recipient\u0000${namespace}\u0000${recipient}`) >>> (32 - RECIPIENT_BUCKET_BITS);
  return purposeCode.toString(16).padStart(6, '0') + bucket.toString(16).padStart(3, '0');
}

/** True when `value` has the shape of {@link cooldownTag}'s output. */
export function isCooldownTag(value: unknown): value is string {
  return typeof value === 'string' && TAG_PATTERN.test(value);
}
