import { checkCode } from './codes.js';
import {
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  type GenAuthMockError,
  invalidField,
  missingField,
} from './responses.js';
import { checkPhone, isBlank, isRecord, type RuleResult } from './rules.js';
import type { MockState } from './state.js';
import type { PhoneTarget, Target } from './targets.js';
import type { GenAuthMockMessage } from './types.js';

/** A phone given at sign-up with its checked `CHANNEL_COMPLETE_PHONE` code (not spent yet). */
export interface PhoneCompletion {
  phone: PhoneTarget;
  message: GenAuthMockMessage;
}

const CODE_FIELD = 'options.phonePassCodeForInformationCompletion';

/**
 * Phone completion at sign-up (authing-node-sdk 4.0.2 `SignUpProfileDto.phone` /
 * `phoneCountryCode`, "to complete the phone, pass its code in
 * `options.phonePassCodeForInformationCompletion`", sent by `send-sms`): when the profile has a
 * phone, the latest `CHANNEL_COMPLETE_PHONE` code sent to it is required, and the number must be
 * free. Undefined when the profile has no phone. Signing up by phone already gives a phone: a
 * second one in the profile is refused.
 */
export function checkPhoneCompletion(
  state: MockState,
  body: Record<string, unknown>,
  signUpTarget: Target | undefined,
): RuleResult<PhoneCompletion | undefined> {
  const profile = isRecord(body.profile) ? body.profile : {};
  const options = isRecord(body.options) ? body.options : {};
  const code = options.phonePassCodeForInformationCompletion;
  if (isBlank(profile.phone)) {
    return isBlank(code) ? { ok: true, value: undefined } : fail(missingField('profile.phone'));
  }
  if (signUpTarget?.type === 'sms') {
    return fail(invalidField('profile.phone', 'absent when signing up by phone'));
  }
  const phone = checkPhone(profile.phone, profile.phoneCountryCode, 'profile.phone');
  if (!phone.ok) return phone;
  if (isBlank(code)) return fail(missingField(CODE_FIELD));
  if (typeof code !== 'string') return fail(invalidField(CODE_FIELD, 'a string'));
  if (state.users.find(phone.value)) return fail(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  const check = checkCode(state, phone.value, 'CHANNEL_COMPLETE_PHONE', code);
  if (!check.ok) return check;
  return { ok: true, value: { phone: phone.value, message: check.message } };
}

function fail<T>(error: GenAuthMockError): RuleResult<T> {
  return { ok: false, error };
}

/** The sign-up profile without the completed phone (stored as the user's phone instead). */
export function profileWithoutPhone(
  profile: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const { phone: _phone, phoneCountryCode: _code, ...rest } = profile;
  return rest;
}
