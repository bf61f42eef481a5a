/**
 * How cooldowns are written to storage: one JSON value per namespace,
 * `{"v":1,"c":{"<hash>":{"s":<startedAt>,"d":<durationMs>}}}`.
 *
 * @internal Used by the cooldown store only.
 */

/** One cooldown as persisted: when it started (epoch ms) and for how long. */
export interface CooldownRecord {
  /** Epoch ms at which the cooldown (re)started. */
  readonly startedAt: number;
  /** Length of the cooldown in ms; the remaining time never exceeds it. */
  readonly durationMs: number;
}

/** Cooldowns by hashed key. */
export type CooldownRecords = Map<string, CooldownRecord>;

/** Longest cooldown we accept: anything longer in storage is treated as foreign data. */
export const MAX_COOLDOWN_MS = 24 * 60 * 60 * 1000;

const FORMAT_VERSION = 1;
const HASH_PATTERN = /^[0-9a-f]{16}$/;

/**
 * A 64-bit FNV-1a style hash of `key` as 16 hex digits, so a phone number or email never
 * sits in storage in clear. This is obfuscation, not secrecy: phone numbers are few enough
 * to be brute-forced from a hash, and it is not a cryptographic function. It is synchronous
 * on purpose, because `useSyncExternalStore` snapshots cannot wait for `crypto.subtle`.
 */
export function hashCooldownKey(key: string): string {
  // Two independent 32-bit lanes (different offsets, the second also mixing in the
  // position) make accidental collisions between a handful of keys vanishingly rare.
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let i = 0; i < key.length; i += 1) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ (code + i), 0x01000193);
  }
  return hex32(a) + hex32(b);
}

function hex32(value: number): string {
  return (value >>> 0).toString(16).padStart(8, '0');
}

/** True when the pair is a plausible cooldown; anything else is foreign or corrupted. */
export function isValidCooldown(startedAt: unknown, durationMs: unknown): boolean {
  return (
    typeof startedAt === 'number' &&
    Number.isFinite(startedAt) &&
    startedAt >= 0 &&
    typeof durationMs === 'number' &&
    Number.isFinite(durationMs) &&
    durationMs > 0 &&
    durationMs <= MAX_COOLDOWN_MS
  );
}

/** True when `value` has the shape of {@link hashCooldownKey}'s output. */
export function isCooldownHash(value: string): boolean {
  return HASH_PATTERN.test(value);
}

function isRecord(value: unknown): value is { s: number; d: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { s, d } = value as { s?: unknown; d?: unknown };
  return isValidCooldown(s, d);
}

/**
 * Parses what storage held. `dirty` is true when anything had to be dropped (unparseable
 * text, another format, a bad entry), so the caller rewrites a clean value.
 */
export function decodeCooldowns(raw: unknown): { records: CooldownRecords; dirty: boolean } {
  const records: CooldownRecords = new Map();
  if (raw === null || raw === undefined) return { records, dirty: false };
  if (typeof raw !== 'string') return { records, dirty: true };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { records, dirty: true };
  }
  if (typeof parsed !== 'object' || parsed === null) return { records, dirty: true };
  const { v, c } = parsed as { v?: unknown; c?: unknown };
  if (v !== FORMAT_VERSION || typeof c !== 'object' || c === null || Array.isArray(c)) {
    return { records, dirty: true };
  }
  let dirty = false;
  for (const [hash, value] of Object.entries(c)) {
    if (HASH_PATTERN.test(hash) && isRecord(value)) {
      records.set(hash, { startedAt: value.s, durationMs: value.d });
    } else {
      dirty = true;
    }
  }
  return { records, dirty };
}

/** Serialises `records`; `null` when there is nothing left, so the key can be removed. */
export function encodeCooldowns(records: CooldownRecords): string | null {
  if (records.size === 0) return null;
  const c: Record<string, { s: number; d: number }> = {};
  for (const [hash, record] of records) c[hash] = { s: record.startedAt, d: record.durationMs };
  return JSON.stringify({ v: FORMAT_VERSION, c });
}
