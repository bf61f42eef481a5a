import { GenAuthApiError, GenAuthInputError } from './errors.js';
import { checkPassCode, checkPhonePair, optional, requireObject } from './flow-fields.js';
import type { GenAuthTransport } from './transport.js';
import type { GenAuthEnvelope, RequestOptions } from './types.js';

/** The MFA factor types GenAuth knows (`FactorDto.factorType`). */
export type MfaFactorType = 'OTP' | 'SMS' | 'EMAIL' | 'FACE';

/** Body of `POST /api/v3/send-enroll-factor-request` for an SMS factor (`SendEnrollFactorRequestDto`). */
export interface SendEnrollFactorRequestInput {
  /** The kit enrols SMS factors. */
  factorType: 'SMS';
  /** The number that will receive second-factor codes (`FactorProfile`). */
  profile: {
    /** National digits. */
    phoneNumber: string;
    /** `+86` style; optional for mainland China. */
    phoneCountryCode?: string | undefined;
  };
}

/** What `sendEnrollFactorRequest` resolves with. */
export interface SendEnrollFactorRequestResult extends GenAuthEnvelope {
  /** The token `enrollFactor` needs; valid for one minute. */
  data: { enrollmentToken: string };
}

/** Body of `POST /api/v3/enroll-factor` (`EnrollFactorDto`). */
export interface EnrollFactorInput {
  /** The kit enrols SMS factors. */
  factorType: 'SMS';
  /** From `sendEnrollFactorRequest`. */
  enrollmentToken: string;
  /** The `CHANNEL_BIND_MFA` code the number received. */
  enrollmentData: { passCode: string };
}

/** One enrolled factor (`FactorDto`). */
export interface EnrolledFactor {
  /** Pass it to `resetFactor` to remove the factor. */
  factorId: string;
  /** `'SMS'`, `'EMAIL'`, `'OTP'` or `'FACE'`. */
  factorType: MfaFactorType;
  /** For SMS: `{ phoneNumber, phoneCountryCode }`; for email: `{ email }`. */
  profile: Record<string, unknown>;
}

/** What `listEnrolledFactors` resolves with. */
export interface ListEnrolledFactorsResult extends GenAuthEnvelope {
  /** The user's factors; entries GenAuth sent malformed are left out. */
  data: EnrolledFactor[];
}

const FACTOR_TYPES: readonly string[] = ['OTP', 'SMS', 'EMAIL', 'FACE'];

function requireSms(value: unknown): 'SMS' {
  if (value !== 'SMS') {
    throw new GenAuthInputError(
      'factorType',
      "factorType must be 'SMS': the kit enrols SMS factors",
    );
  }
  return value;
}

const withToken = (options: RequestOptions | undefined) => ({
  signal: options?.signal,
  accessToken: 'required' as const,
});

/**
 * Turning on two-step verification by SMS, step 1: `POST /api/v3/send-enroll-factor-request`
 * texts a `CHANNEL_BIND_MFA` code to the number and returns an `enrollmentToken` (one minute).
 * GenAuth's one-SMS-per-number-per-minute rule applies: send it through a cooldown
 * (`useSendEnrollFactorRequest` does). **Needs the access token.**
 */
export async function sendEnrollFactorRequest(
  transport: GenAuthTransport,
  input: SendEnrollFactorRequestInput,
  options?: RequestOptions,
): Promise<SendEnrollFactorRequestResult> {
  const given = requireObject(input, 'factorType', "{ factorType: 'SMS', profile }");
  const factorType = requireSms(given.factorType);
  const profile = requireObject(given.profile, 'phoneNumber', 'profile: { phoneNumber }');
  const phone = await checkPhonePair(profile, 'phoneNumber', 'phoneCountryCode');
  const answer = await transport.post<SendEnrollFactorRequestResult>(
    '/api/v3/send-enroll-factor-request',
    {
      factorType,
      profile: { phoneNumber: phone.number, ...optional('phoneCountryCode', phone.countryCode) },
    },
    withToken(options),
  );
  const token = (answer.data as Partial<SendEnrollFactorRequestResult['data']> | undefined)
    ?.enrollmentToken;
  if (typeof token !== 'string' || token === '') {
    throw new GenAuthApiError('GenAuth answered without an enrollmentToken', {
      statusCode: 502,
      httpStatus: 200,
      requestId: answer.requestId,
    });
  }
  return answer;
}

/**
 * Turning on two-step verification by SMS, step 2: `POST /api/v3/enroll-factor` with the token
 * and the code. **Needs the access token.**
 */
export async function enrollFactor(
  transport: GenAuthTransport,
  input: EnrollFactorInput,
  options?: RequestOptions,
): Promise<GenAuthEnvelope> {
  const given = requireObject(
    input,
    'factorType',
    "{ factorType: 'SMS', enrollmentToken, enrollmentData }",
  );
  const factorType = requireSms(given.factorType);
  const enrollmentToken = given.enrollmentToken;
  if (typeof enrollmentToken !== 'string' || enrollmentToken.trim() === '') {
    throw new GenAuthInputError(
      'enrollmentToken',
      'enrollmentToken must be the token sendEnrollFactorRequest returned',
    );
  }
  const data = requireObject(given.enrollmentData, 'passCode', 'enrollmentData: { passCode }');
  const passCode = checkPassCode(data.passCode, 'enrollmentData.passCode');
  return transport.post(
    '/api/v3/enroll-factor',
    { factorType, enrollmentToken, enrollmentData: { passCode } },
    withToken(options),
  );
}

function isFactor(entry: unknown): entry is EnrolledFactor {
  if (entry === null || typeof entry !== 'object') return false;
  const { factorId, factorType, profile } = entry as Record<string, unknown>;
  return (
    typeof factorId === 'string' &&
    factorId !== '' &&
    typeof factorType === 'string' &&
    FACTOR_TYPES.includes(factorType) &&
    profile !== null &&
    typeof profile === 'object'
  );
}

/**
 * The signed-in user's MFA factors: `GET /api/v3/list-enrolled-factors`. A `data` that is not a
 * list is a `GenAuthApiError` (502); malformed entries are left out. **Needs the access token.**
 */
export async function listEnrolledFactors(
  transport: GenAuthTransport,
  options?: RequestOptions,
): Promise<ListEnrolledFactorsResult> {
  const answer = await transport.get<ListEnrolledFactorsResult>(
    '/api/v3/list-enrolled-factors',
    withToken(options),
  );
  const data: unknown = answer.data;
  if (!Array.isArray(data)) {
    throw new GenAuthApiError('GenAuth answered without a list of factors', {
      statusCode: 502,
      httpStatus: 200,
      requestId: answer.requestId,
    });
  }
  return { ...answer, data: data.filter(isFactor) };
}

/**
 * Removes one factor: `POST /api/v3/reset-factor` with `{ factorId }` (from `listEnrolledFactors`).
 * **Needs the access token.**
 */
export async function resetFactor(
  transport: GenAuthTransport,
  input: { factorId: string },
  options?: RequestOptions,
): Promise<GenAuthEnvelope> {
  const given = requireObject(input, 'factorId', '{ factorId }');
  const factorId = given.factorId;
  if (typeof factorId !== 'string' || factorId.trim() === '' || factorId.length > 256) {
    throw new GenAuthInputError('factorId', 'factorId must be the id listEnrolledFactors returned');
  }
  return transport.post('/api/v3/reset-factor', { factorId }, withToken(options));
}
