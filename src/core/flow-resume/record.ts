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

/**
 * The stored text, `channel|phone|sentAt` (the flow is in the key). Anything else in storage
 * was not written by the kit: other scripts of the origin can write there, so it is untrusted.
 */
const STORED = /^(CHANNEL_[A-Z_]{1,30})\|(\+[1-9]\d{5,14})\|([1-9]\d{0,15})$/;

/** @internal The stored text of a record (its flow is in the storage key). */
export function encodeRecord(record: FlowResumeRecord): string {
  return `${record.channel}|${record.phone}|${Math.round(record.sentAt)}`;
}

/** @internal The record of `flow` read back from storage; `null` for anything the kit did not write. */
export function decodeRecord(flow: string, text: string | null): FlowResumeRecord | null {
  const [, channel = '', phone = '', sentAt = ''] = STORED.exec(text ?? '') ?? [];
  return isSmsChannel(channel) ? { flow, channel, phone, sentAt: Number(sentAt) } : null;
}
