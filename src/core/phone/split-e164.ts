import { GenAuthInputError } from '../api/errors.js';
import { callingCodeAtStart } from './metadata-index.js';
// Types only: parse.ts imports this file, and a value import back would make a cycle.
import type { ParsedPhone } from './parse.js';

/** A full number as GenAuth's send-sms body takes it: `+` and calling code, national digits. */
export interface E164Parts {
  /** `+` and the calling code, e.g. `+86`. */
  phoneCountryCode: string;
  /** Everything after the calling code, e.g. `13800138000`. */
  phoneNumber: string;
}

/** `+`, then 2 to 15 digits (E.164's longest), the first not a zero: no calling code starts with 0. */
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Splits an E.164 number (`+8613800138000`) into calling code and national number with the
 * small calling-code index alone, before (or without) any numbering plan: calling codes are
 * prefix-free, so the split is exact. It says nothing about whether the number is valid; it
 * is what the cooldown key of a number known before its metadata (props, a resumed flow) needs.
 * @returns `undefined` when the text is not `+` and digits, its calling code is unknown, or
 *   nothing follows the calling code.
 * @example
 * splitE164('+8613800138000'); // { phoneCountryCode: '+86', phoneNumber: '13800138000' }
 */
export function splitE164(e164: string): E164Parts | undefined {
  if (!E164.test(e164)) return undefined;
  const callingCode = callingCodeAtStart(e164.slice(1));
  if (callingCode === undefined || e164.length === callingCode.length + 1) return undefined;
  return {
    phoneCountryCode: `+${callingCode}`,
    phoneNumber: e164.slice(callingCode.length + 1),
  };
}

/**
 * GenAuth's two fields of a parsed number, or a typed refusal: what a flow sends once the number
 * a code went to (or the account's number, from props) has its verdict, and the phone half of
 * `toSendSmsInput`. Pair it with `parsePhoneAsync`, which waits for the calling code's rules, so
 * that a resumed code step (or a national `13800138000` from a user profile) gets the same split
 * as a number typed in the field.
 * @param refusal - The start of the refusal's message; the reason follows in parentheses.
 * @throws {GenAuthInputError} on field `phoneNumber` when the number was refused (or is missing,
 *   from JavaScript): nothing is sent.
 * @example
 * const { phoneNumber, phoneCountryCode } = requireE164Parts(await parsePhoneAsync(sentTo));
 */
export function requireE164Parts(parsed: ParsedPhone, refusal = 'No usable number'): E164Parts {
  if (!parsed?.valid) {
    throw new GenAuthInputError('phoneNumber', `${refusal} (${parsed?.reason ?? 'invalid'})`);
  }
  return { phoneNumber: parsed.phoneNumber, phoneCountryCode: parsed.phoneCountryCode };
}
