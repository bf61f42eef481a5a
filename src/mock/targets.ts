import { phoneKey } from './phone-key.js';
import type { GenAuthMockRecipient } from './types.js';

/** GenAuth assumes mainland China when a request carries no country code. */
export const DEFAULT_COUNTRY_CODE = '+86';

/** A phone a code goes to, with its country code filled in. */
export interface PhoneTarget {
  type: 'sms';
  phoneNumber: string;
  phoneCountryCode: string;
}

/** An email address a code goes to, lower-cased. */
export interface EmailTarget {
  type: 'email';
  email: string;
}

/** Whoever receives a code. */
export type Target = PhoneTarget | EmailTarget;

/**
 * One string per recipient, so that every rule (one code per minute, codes, users, bindings)
 * sees one phone however it was written: `+86 138...` with and without the code, and a number
 * with or without its national trunk prefix (see {@link phoneKey}). Outbox messages carry their
 * target's fields, so they can be passed as they are.
 */
export function targetKey(target: Target): string {
  return target.type === 'sms'
    ? `sms:${phoneKey(target.phoneCountryCode, target.phoneNumber)}`
    : `email:${target.email}`;
}

/** Reads the loose recipient forms accepted by `lastCodeFor` and friends. */
export function targetOfRecipient(recipient: GenAuthMockRecipient): Target {
  if (typeof recipient === 'string') {
    return recipient.includes('@')
      ? { type: 'email', email: recipient.toLowerCase() }
      : { type: 'sms', phoneNumber: recipient, phoneCountryCode: DEFAULT_COUNTRY_CODE };
  }
  if ('email' in recipient) return { type: 'email', email: recipient.email.toLowerCase() };
  return {
    type: 'sms',
    phoneNumber: recipient.phoneNumber,
    phoneCountryCode: recipient.phoneCountryCode || DEFAULT_COUNTRY_CODE,
  };
}
