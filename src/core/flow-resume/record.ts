import { isSmsChannel, type SmsChannel } from '../api/channels.js';

/**
 * What a flow keeps so that a reload, a second tab or the back button can return to its code
 * step: which flow, which channel, which number, and when the code was sent. Never the code, a
 * password or a token.
 */
export interface FlowResumeRecord {
  /** The flow's id, e.g. `phone-sign-in`. */
  flow: string;
  /** The channel the code went out on. */
  channel: SmsChannel;
  /** The number the code went to, E.164. */
  phone: string;
  /** When GenAuth accepted the send (ms since the epoch, by the store's clock). */
  sentAt: number;
}

/** Longest stored text a record may be: anything longer is not ours. */
const MAX_RECORD_CHARS = 256;
/** E.164: `+`, a non-zero digit, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{5,14}$/;
/** Flow ids: short, lowercase words joined by dashes. */
const FLOW_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** @internal The stored text of a record. */
export function encodeRecord(record: FlowResumeRecord): string {
  return JSON.stringify([1, record.flow, record.channel, record.phone, record.sentAt]);
}

/**
 * @internal A record read back from storage (written by any script of the origin, so untrusted):
 * `null` for anything but exactly what {@link encodeRecord} writes.
 */
export function decodeRecord(text: string | null): FlowResumeRecord | null {
  if (text === null || text.length > MAX_RECORD_CHARS) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 5 || value[0] !== 1) return null;
  const [, flow, channel, phone, sentAt] = value as unknown[];
  if (typeof flow !== 'string' || !FLOW_ID.test(flow)) return null;
  if (typeof channel !== 'string' || !isSmsChannel(channel)) return null;
  if (typeof phone !== 'string' || !E164.test(phone)) return null;
  if (typeof sentAt !== 'number' || !Number.isFinite(sentAt) || sentAt <= 0) return null;
  return { flow, channel, phone, sentAt };
}
