/**
 * How cooldowns are written to storage: one item per cooldown, written once and never
 * rewritten, `<namespace>:cd:<tag>:<nonce>` = `{"s":<startedAt>,"d":<durationMs>}`.
 *
 * Why one write-once item per cooldown, rather than one value holding them all: two tabs that
 * read-modify-write a shared value each write back what they read, so whichever writes last
 * erases the other's cooldown (Chromium propagates localStorage between tabs asynchronously, so
 * no read-then-write is atomic). With an item per cooldown there is no read-modify-write at all:
 * a start creates a new item no other tab ever writes, and only ever-expired items, or items a
 * clear targets, are removed. Any interleaving of starts from any number of tabs keeps them all.
 *
 * @internal Used by the cooldown store only.
 */

import { isCooldownTag } from './bucket.js';
import { isPlausibleCooldown } from './window.js';

/** A cooldown as persisted: when it started (epoch ms, wall clock) and for how long. */
export interface StoredCooldown {
  /** Epoch ms at which the cooldown started, by the wall clock of the tab that started it. */
  readonly startedAt: number;
  /** Length of the cooldown in ms, at most {@link MAX_COOLDOWN_MS}. */
  readonly durationMs: number;
}

const NONCE_PATTERN = /^[0-9a-z]{1,16}$/;

/** A cooldown's id: `<tag>:<nonce>`, unique per start. */
export function cooldownId(tag: string, nonce: string): string {
  return `${tag}:${nonce}`;
}

/** A fresh nonce for {@link cooldownId}: random, so two tabs never pick the same item. */
export function newNonce(): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function'
      ? crypto.getRandomValues(new Uint32Array(2))
      : [Math.random() * 2 ** 32, Math.random() * 2 ** 32];
  return Array.from(random, (n) => (n >>> 0).toString(36)).join('');
}

/** The tag of a well-formed id, else `null`. */
export function tagOfId(id: unknown): string | null {
  if (typeof id !== 'string' || id.length > 40) return null;
  const colon = id.indexOf(':');
  const tag = id.slice(0, colon);
  return colon > 0 && isCooldownTag(tag) && NONCE_PATTERN.test(id.slice(colon + 1)) ? tag : null;
}

/** Prefix of every storage item of a namespace. */
export function itemPrefix(namespace: string): string {
  return `${namespace}:cd:`;
}

/** Where version 1 kept every cooldown in one value; dropped on sight (see the README). */
export function legacyStorageKey(namespace: string): string {
  return `${namespace}:cooldowns`;
}

/** Serialises one cooldown. */
export function encodeCooldown(cooldown: StoredCooldown): string {
  return JSON.stringify({ s: cooldown.startedAt, d: cooldown.durationMs });
}

/** Parses one stored item; `null` for anything foreign, corrupted or out of bounds. */
export function decodeCooldown(raw: string | null): StoredCooldown | null {
  if (raw === null || raw.length > 200) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { s, d } = parsed as { s?: unknown; d?: unknown };
  return isPlausibleCooldown(s, d) ? { startedAt: s as number, durationMs: d as number } : null;
}
