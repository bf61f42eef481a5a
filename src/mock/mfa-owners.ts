import type { MockState } from './state.js';
import { DEFAULT_COUNTRY_CODE, type PhoneTarget, targetKey } from './targets.js';
import { mfaEmailOf, mfaPhoneOf } from './users.js';

/** Someone other than `userId` signs in with this number or has it as their MFA phone. */
export function phoneTakenByOther(state: MockState, phone: PhoneTarget, userId: string): boolean {
  const key = targetKey(phone);
  return state.users.list().some((user) => {
    if (user.userId === userId) return false;
    const mfa = mfaPhoneOf(user);
    if (mfa && targetKey(mfa) === key) return true;
    return (
      user.phone !== undefined &&
      targetKey({
        type: 'sms',
        phoneNumber: user.phone,
        phoneCountryCode: user.phoneCountryCode ?? DEFAULT_COUNTRY_CODE,
      }) === key
    );
  });
}

/** Someone other than `userId` has this (lower-cased) address as their email or MFA email. */
export function emailTakenByOther(state: MockState, email: string, userId: string): boolean {
  return state.users
    .list()
    .some((user) => user.userId !== userId && (user.email === email || mfaEmailOf(user) === email));
}
