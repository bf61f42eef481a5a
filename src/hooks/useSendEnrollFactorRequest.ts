'use client';
import { GenAuthInputError } from '../core/api/errors.js';
import {
  type SendEnrollFactorRequestInput,
  sendEnrollFactorRequest,
} from '../core/api/mfa-factors.js';
import type { GenAuthTransport } from '../core/api/transport.js';
import { cooldownKey } from '../core/cooldown/key.js';
import {
  type CodeMutationCore,
  type CodeMutationOptions,
  type CodeMutationResult,
  type CodeMutationSpec,
  useCodeMutation,
  useCodeMutationCore,
} from './useCodeMutation.js';

/** The channel GenAuth texts an enrolment code on (`send-enroll-factor-request` sends it). */
export const ENROLL_FACTOR_CHANNEL = 'CHANNEL_BIND_MFA';

/**
 * Options of {@link useSendEnrollFactorRequest}: TanStack mutation callbacks and the kit's
 * cooldown options. `gcTime`, `networkMode` and `scope` are the kit's: the result is a secret.
 */
export type UseSendEnrollFactorRequestOptions<TContext = unknown> = Omit<
  CodeMutationOptions<string, SendEnrollFactorRequestInput, TContext>,
  'gcTime' | 'networkMode' | 'scope'
>;

/**
 * What {@link useSendEnrollFactorRequest} returns: a mutation resolving with the
 * `enrollmentToken`, plus `remainingSeconds`/`isCoolingDown` of the number.
 */
export type UseSendEnrollFactorRequestResult<TContext = unknown> = CodeMutationResult<
  string,
  SendEnrollFactorRequestInput,
  TContext
>;

/** GenAuth reads a missing country code as mainland China's. */
const DEFAULT_COUNTRY_CODE = '+86';

/**
 * The cooldown key of an enrolment request: the key a `send-sms` on `CHANNEL_BIND_MFA` to the
 * same number has, because GenAuth counts both against one per-number-per-minute window.
 * @example enrollFactorCooldownKey({ factorType: 'SMS', profile: { phoneNumber: '13800138000' } }) // 'sms:CHANNEL_BIND_MFA:+8613800138000'
 */
export function enrollFactorCooldownKey(input: SendEnrollFactorRequestInput): string {
  const { phoneNumber, phoneCountryCode = DEFAULT_COUNTRY_CODE } = input.profile;
  return cooldownKey(ENROLL_FACTOR_CHANNEL, `${phoneCountryCode}${phoneNumber}`);
}

/** A field as GenAuth takes it, with nothing the cooldown key would tidy away. */
const KEYABLE_FIELD = /^\+?\w+$/;

/**
 * Checks what the cooldown key needs before the lock, so a malformed body never joins, or is
 * refused as, another number's request; `sendEnrollFactorRequest` checks the rest.
 * @throws {GenAuthInputError} naming the first field that is not usable.
 */
function requireKeyableProfile(input: SendEnrollFactorRequestInput): SendEnrollFactorRequestInput {
  const { factorType, profile } = Object(input) as Record<string, unknown>;
  if (factorType !== 'SMS') {
    throw new GenAuthInputError(
      'factorType',
      "factorType must be 'SMS': the kit enrols SMS factors",
    );
  }
  const { phoneNumber, phoneCountryCode = DEFAULT_COUNTRY_CODE } = Object(profile) as Record<
    string,
    unknown
  >;
  const fields = { phoneNumber, phoneCountryCode };
  for (const field of Object.keys(fields) as (keyof typeof fields)[]) {
    const value = fields[field];
    if (typeof value !== 'string' || !KEYABLE_FIELD.test(value)) {
      throw new GenAuthInputError(
        field,
        `sendEnrollFactorRequest needs profile.${field} as a string without spaces or separators`,
      );
    }
  }
  return input;
}

const enrollFactorRequestSpec: CodeMutationSpec<string, SendEnrollFactorRequestInput> = {
  mutationKey: ['genauth', 'send-enroll-factor-request'],
  validate: requireKeyableProfile,
  keyOf: enrollFactorCooldownKey,
  send: async (client: GenAuthTransport, input) =>
    (await sendEnrollFactorRequest(client, input)).data.enrollmentToken,
};

/** The kit's say on how long TanStack keeps the call: the token is a one-minute secret. */
function secretOptions<TContext>(
  options: UseSendEnrollFactorRequestOptions<TContext> | undefined,
): CodeMutationOptions<string, SendEnrollFactorRequestInput, TContext> {
  // gcTime 0: the entry (data: the enrollmentToken) goes as soon as no component shows it.
  // networkMode 'always': offline, a paused mutation could be persisted by dehydrate().
  return { ...options, gcTime: 0, networkMode: 'always', scope: undefined };
}

/**
 * Turning on two-step verification by SMS, step 1, for the signed-in user: texts a
 * `CHANNEL_BIND_MFA` code through `POST /api/v3/send-enroll-factor-request` and resolves with the
 * `enrollmentToken` (valid one minute) that `useEnrollFactor` needs with the code. GenAuth allows
 * one such SMS per number per minute, so this sends like every send of the kit: under the
 * persisted, cross-tab cooldown of (`CHANNEL_BIND_MFA`, number) (a `send-sms` on that channel to
 * that number shares it), once per intent (later calls join the one in flight), refused while the
 * number cools down (`CooldownActiveError`, no request), a 429 syncing the cooldown. Needs the
 * provider's `accessToken`. Keep the token in a ref or a local variable, not in state that
 * outlives the step; the kit keeps it out of TanStack's cache once no component shows it.
 *
 * @example
 * const request = useSendEnrollFactorRequest();
 * const enrollmentToken = await request.mutateAsync({ factorType: 'SMS', profile: { phoneNumber: '13800138000', phoneCountryCode: '+86' } });
 * request.remainingSeconds; // 60, 59, ... after a success
 */
export function useSendEnrollFactorRequest<TContext = unknown>(
  options?: UseSendEnrollFactorRequestOptions<TContext>,
): UseSendEnrollFactorRequestResult<TContext> {
  return useCodeMutation(enrollFactorRequestSpec, secretOptions(options));
}

/** @internal {@link useSendEnrollFactorRequest} without per-second renders, for a send control. */
export function useSendEnrollFactorRequestCore(
  options?: UseSendEnrollFactorRequestOptions,
): CodeMutationCore<string, SendEnrollFactorRequestInput> {
  return useCodeMutationCore(enrollFactorRequestSpec, secretOptions(options));
}
