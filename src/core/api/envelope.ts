import type { GenAuthEnvelope } from './types.js';

/**
 * @internal The envelope's `statusCode` as a number: an integer, or a string of exactly three
 * digits (some gateways stringify it). Anything else `Number()` would coerce (`"0xC8"`, `"2e2"`,
 * `[200]`, `" 200 "`, `true`) is not a status: JSON never pads or re-bases a number, so such a
 * value means the body is not a GenAuth envelope, and reading it as 200 would report a send
 * that never happened as a success.
 */
export function envelopeStatus(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^[1-9]\d\d$/.test(value)) return Number(value);
  return undefined;
}

/** @internal `apiCode` as a number when the server sent digits, else as it came. */
export function toApiCode(value: unknown): number | string | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') {
    return /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
  }
  return undefined;
}

/** @internal The JSON object in `text`, or `undefined` when it is anything else. */
export function readEnvelope(text: string): Partial<GenAuthEnvelope> | undefined {
  try {
    const body: unknown = JSON.parse(text);
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
    return body as Partial<GenAuthEnvelope>;
  } catch {
    return undefined;
  }
}
