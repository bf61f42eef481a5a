import { checkCode } from './codes.js';
import { readObject, readPassCode } from './flow-rules.js';
import { phoneTakenByOther } from './mfa-owners.js';
import {
  failure,
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  invalidField,
  invalidOneTimeToken,
  type MockReply,
  missingField,
  success,
} from './responses.js';
import { checkPhone, isBlank, type RuleResult } from './rules.js';
import { deliver } from './send-code.js';
import { authenticate } from './sessions.js';
import type { MockRequestInfo, MockState } from './state.js';
import type { PhoneTarget } from './targets.js';
import { createFactor, mfaPhoneOf } from './users.js';

/** `enrollmentToken` lives one minute (authing-node-sdk 4.0.2 `EnrollFactorDto`). */
const ENROLLMENT_TOKEN_TTL_MS = 60_000;

/** `factorType` must be `SMS`: the only factor the mock enrols. */
function checkFactorType(body: Record<string, unknown>): RuleResult<'SMS'> {
  if (isBlank(body.factorType)) return { ok: false, error: missingField('factorType') };
  if (body.factorType !== 'SMS') {
    return {
      ok: false,
      error: invalidField('factorType', 'SMS (the only factor type this mock enrols)'),
    };
  }
  return { ok: true, value: 'SMS' };
}

/**
 * `POST /api/v3/send-enroll-factor-request` (signed in) `{ factorType: 'SMS', profile: {
 * phoneNumber, phoneCountryCode } }` (authing-node-sdk 4.0.2 `SendEnrollFactorRequestDto`,
 * `FactorProfile`): sends a `CHANNEL_BIND_MFA` code under the same one-per-number-per-minute
 * window as `send-sms` on that channel ("a number can ask once a minute"), and answers
 * `data.enrollmentToken`, valid one minute.
 */
export function sendEnrollFactorRequest(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  const type = checkFactorType(body);
  if (!type.ok) return failure(type.error);
  const profile = readObject(body, 'profile');
  if (!profile.ok) return failure(profile.error);
  const phone = checkPhone(
    profile.value.phoneNumber,
    profile.value.phoneCountryCode,
    'profile.phoneNumber',
    state.settings.internationalSms,
  );
  if (!phone.ok) return failure(phone.error);
  if (mfaPhoneOf(user)) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.factorEnrolled);
  if (phoneTakenByOther(state, phone.value, user.userId)) {
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  }
  const sent = deliver(state, info, { ...phone.value, channel: 'CHANNEL_BIND_MFA' });
  if (sent.statusCode !== 200) return sent;
  const enrollmentToken = state.mfa.issueEnrolment({
    userId: user.userId,
    phoneNumber: phone.value.phoneNumber,
    phoneCountryCode: phone.value.phoneCountryCode,
    expiresAt: state.now() + ENROLLMENT_TOKEN_TTL_MS,
  });
  return success({ enrollmentToken });
}

/**
 * `POST /api/v3/enroll-factor` (signed in) `{ factorType: 'SMS', enrollmentToken,
 * enrollmentData: { passCode } }` (`EnrollFactorDto`, `EnrollFactorEnrollmentDataDto`): the
 * user's own unexpired `enrollmentToken` and the latest `CHANNEL_BIND_MFA` code sent to its
 * number. A wrong code leaves the token usable; success spends both and enrols the number as the
 * user's SMS factor (their MFA phone: the next sign-in answers 1635). `EnrollFactorRespDto` has
 * no `data`.
 */
export function enrollFactor(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  const type = checkFactorType(body);
  if (!type.ok) return failure(type.error);
  const { enrollmentToken } = body;
  if (isBlank(enrollmentToken)) return failure(missingField('enrollmentToken'));
  const data = readObject(body, 'enrollmentData');
  if (!data.ok) return failure(data.error);
  const passCode = readPassCode(data.value, 'passCode', 'enrollmentData');
  if (!passCode.ok) return failure(passCode.error);
  const record =
    typeof enrollmentToken === 'string'
      ? state.mfa.enrolment(enrollmentToken, state.now())
      : undefined;
  if (!record || record.userId !== user.userId || typeof enrollmentToken !== 'string') {
    return failure(invalidOneTimeToken('enrollmentToken'));
  }
  const phone: PhoneTarget = {
    type: 'sms',
    phoneNumber: record.phoneNumber,
    phoneCountryCode: record.phoneCountryCode,
  };
  const code = checkCode(state, phone, 'CHANNEL_BIND_MFA', passCode.value);
  if (!code.ok) return failure(code.error);
  if (mfaPhoneOf(user)) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.factorEnrolled);
  // Someone may have taken the number between the two steps.
  if (phoneTakenByOther(state, phone, user.userId))
    return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.phoneTaken);
  state.outbox.consume(code.message);
  state.mfa.spendEnrolment(enrollmentToken);
  const { phoneNumber, phoneCountryCode } = phone;
  state.users.setMfa(user.userId, {
    enabled: true,
    factors: [
      ...(user.mfaFactors ?? []),
      createFactor({ phoneNumber, phoneCountryCode }, state.now()),
    ],
  });
  return success();
}

/**
 * `GET /api/v3/list-enrolled-factors` (signed in): `data` is the user's factors as
 * `ListEnrolledFactorsRespDto` / `FactorDto` list them: `{ factorId, factorType, profile }`.
 */
export function listEnrolledFactors(
  state: MockState,
  _body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  return success(
    (auth.value.mfaFactors ?? []).map(({ factorId, factorType, profile }) => ({
      factorId,
      factorType,
      profile,
    })),
  );
}

/**
 * `POST /api/v3/reset-factor` (signed in) `{ factorId }` (`ResetFactorDto`): removes one of the
 * user's own factors; with none left, their own MFA is off. `ResetFactorRespDto` has no `data`.
 */
export function resetFactor(
  state: MockState,
  body: Record<string, unknown>,
  info: MockRequestInfo,
): MockReply {
  const auth = authenticate(state, info);
  if (!auth.ok) return failure(auth.error);
  const user = auth.value;
  if (isBlank(body.factorId)) return failure(missingField('factorId'));
  const factors = user.mfaFactors ?? [];
  const rest = factors.filter((factor) => factor.factorId !== body.factorId);
  if (rest.length === factors.length) return failure(GENAUTH_MOCK_ACCOUNT_ERRORS.factorNotFound);
  state.users.setMfa(user.userId, { enabled: rest.length > 0, factors: rest });
  return success();
}
