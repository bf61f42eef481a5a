'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import type { GenAuthMfaChallenge, GenAuthMfaRequiredError } from '../../core/api/mfa-required.js';
import { checkMfaBindable, type GenAuthMfaUser, verifyMfaSms } from '../../core/api/mfa-verify.js';
import type { GenAuthTransport } from '../../core/api/transport.js';
import type { CooldownStore } from '../../core/cooldown/store.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { parsePhoneWith, type ValidParsedPhone } from '../../core/phone/parse.js';
import { useKitMessages } from '../../hooks/context.js';
import { useKitMutation } from '../../hooks/useKitMutation.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { describeFlowError, isCodeError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { maskMfaPhone } from './mask-phone.js';
import type { MfaStepView } from './mfa-types.js';

/** V2 code of an MFA token GenAuth no longer accepts (expired, spent: Guard's `LOGIN_INVALID`). */
const MFA_TOKEN_REFUSED = 2021;

/** @internal Options of {@link useMfaStep}. */
export interface UseMfaStepOptions {
  /** The flow's texts. */
  messages: Pick<GenAuthFlowMessages, 'common' | 'errors' | 'mfa'>;
  /** Digits of a complete code. */
  codeLength: number;
  /** GenAuth accepted the code: the signed-in V2 user. */
  onVerified: (user: GenAuthMfaUser) => void;
  /** GenAuth refused the MFA token (expired, spent): the sign-in must start again. */
  onExpired: () => void;
  /** Country of numbers typed without `+` (binding a number). */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries for a number to bind. */
  countries?: readonly CountryCode[] | undefined;
  /** Seconds between two codes to one number. */
  cooldownSeconds?: number | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
}

/** @internal What {@link useMfaStep} gives a sign-in flow. */
export interface MfaStepControl {
  /** The step to show, or `null` when no second factor is asked for. */
  view: MfaStepView | null;
  /** True while a check or a verify is in flight. */
  isPending: boolean;
  /** Starts the step for a sign-in GenAuth answered with a second-factor request. */
  begin: (refusal: GenAuthMfaRequiredError) => void;
  /** Leaves the step and drops the MFA token (restart, success). */
  end: () => void;
}

interface Target {
  e164: string;
  phoneNumber: string;
  phoneCountryCode: string | undefined;
}

function targetOf(phone: ValidParsedPhone): Target {
  const { e164, phoneNumber, phoneCountryCode } = phone;
  return { e164, phoneNumber, phoneCountryCode };
}

/**
 * @internal The second factor of a sign-in by SMS, shared by the sign-in flows: the code goes
 * by `send-sms` on `CHANNEL_VERIFY_MFA` (the kit's send control: cooldown per number, across
 * tabs) to the account's MFA number, or to a number the user gives once GenAuth says it can be
 * bound; `verifyMfaSms` with the MFA token ends the sign-in. The token lives in a ref for this
 * attempt only: never in state, TanStack's cache (the calls read it, it is no variable) or
 * storage, and it is dropped on `end()`, success and unmount. A reload therefore starts the
 * sign-in again: the step cannot resume without its token.
 */
export function useMfaStep(options: UseMfaStepOptions): MfaStepControl {
  const { messages, codeLength } = options;
  const failures = useKitMessages(undefined, enUSSmsControl);
  const token = useRef<string | null>(null);
  const [challenge, setChallenge] = useState<GenAuthMfaChallenge | null>(null);
  const [field, setField] = useState('');
  const [bound, setBound] = useState<Target | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<{ text: string; cause: unknown } | null>(null);
  const [checking, setChecking] = useState(false);
  const metadata = usePhoneMetadata();
  // Unmounted mid-step: the token goes with the attempt.
  useEffect(
    () => () => {
      token.current = null;
    },
    [],
  );

  const tokenOf = () => {
    // Treated as GenAuth's own refusal of a spent token: the sign-in starts again.
    if (token.current === null) {
      throw new GenAuthApiError('No MFA token', { statusCode: 400, apiCode: 2021, httpStatus: 0 });
    }
    return token.current;
  };
  const verify = useKitMutation(
    ['genauth', 'mfa', 'verify'],
    (client, input: { phone: string; phoneCountryCode: string | undefined; code: string }) =>
      verifyMfaSms(client, { ...input, mfaToken: tokenOf() }),
    { client: options.client },
  );
  const check = useKitMutation(
    ['genauth', 'mfa', 'check'],
    (client, input: { phone: string; phoneCountryCode: string | undefined }) =>
      checkMfaBindable(client, { ...input, mfaToken: tokenOf() }),
    { client: options.client },
  );

  const account: Target | null =
    challenge?.mfaPhone === undefined
      ? null
      : {
          e164: `${challenge.mfaPhoneCountryCode ?? '+86'}${challenge.mfaPhone}`,
          phoneNumber: challenge.mfaPhone,
          phoneCountryCode: challenge.mfaPhoneCountryCode,
        };
  const target = account ?? bound;
  const unsupported =
    challenge !== null && challenge.methods.length > 0 && !challenge.methods.includes('SMS');
  const { defaultCountry, countries } = options;
  const parsed = useMemo(
    () =>
      target
        ? parsePhoneWith(target.e164, {}, metadata)
        : parsePhoneWith(field, { defaultCountry, countries }, metadata),
    [target, field, defaultCountry, countries, metadata],
  );

  const send = useSendCodeControl({
    channel: 'CHANNEL_VERIFY_MFA',
    phone: parsed,
    messages: failures,
    cooldownSeconds: options.cooldownSeconds,
    client: options.client,
    cooldownStore: options.cooldownStore,
    onSent: (_result, sent) => {
      if (account !== null || bound !== null) return;
      void parsePhoneAsync(sent.phone).then((p) => {
        if (p.valid) setBound(targetOf(p));
      });
    },
  });

  const clear = () => {
    setField('');
    setBound(null);
    setCode('');
    setError(null);
    verify.reset();
    check.reset();
  };
  const end = () => {
    token.current = null;
    setChallenge(null);
    clear();
  };
  const fail = (cause: unknown) => {
    if (cause instanceof GenAuthApiError && Number(cause.apiCode) === MFA_TOKEN_REFUSED) {
      end();
      options.onExpired();
      return;
    }
    setError({ text: describeFlowError(cause, { errors: messages.errors, failures }), cause });
  };

  const submit = useSingleFlight(async (typed?: string) => {
    const value = typed ?? code;
    if (target === null || token.current === null) return;
    if (value.length !== codeLength) {
      setError({ text: messages.common.codeIncomplete(codeLength), cause: null });
      return;
    }
    setError(null);
    try {
      const { data: user } = await verify.mutateAsync({
        phone: target.phoneNumber,
        phoneCountryCode: target.phoneCountryCode,
        code: value,
      });
      end();
      options.onVerified(user);
    } catch (cause) {
      fail(cause);
    }
  });

  // Binding: GenAuth says whether the number can be the account's before any SMS goes.
  const checkThenSend = async () => {
    const typed = parsed.valid
      ? parsed
      : await parsePhoneAsync(field, { defaultCountry, countries });
    if (!typed.valid || send.state === 'cooldown') return send.send();
    setChecking(true);
    setError(null);
    try {
      const ok = await check.mutateAsync({
        phone: typed.phoneNumber,
        phoneCountryCode: typed.phoneCountryCode,
      });
      if (ok) send.send();
      else setError({ text: messages.mfa.bindRefused, cause: null });
    } catch (cause) {
      fail(cause);
    } finally {
      setChecking(false);
    }
  };

  const begin = (refusal: GenAuthMfaRequiredError) => {
    token.current = refusal.mfaToken;
    clear();
    setChallenge(refusal.challenge);
  };
  const control = { begin, end, isPending: verify.isPending || checking };
  if (challenge === null) return { ...control, view: null };
  if (unsupported)
    return { ...control, view: { stage: 'unsupported', methods: challenge.methods } };
  if (target === null) {
    const canEnterCode = parsed.valid && send.state === 'cooldown';
    return {
      ...control,
      view: {
        stage: 'phone',
        phone: {
          value: field,
          parsed,
          onChange: (value) => {
            setField(value);
            setError(null);
            send.reset();
          },
          error: error?.text ?? null,
        },
        send: {
          ...send,
          state: checking ? 'sending' : send.state,
          send: () => void checkThenSend(),
        },
        canEnterCode,
        enterCode: () => {
          if (canEnterCode && parsed.valid) setBound(targetOf(parsed));
        },
        error: error?.text ?? null,
      },
    };
  }
  return {
    ...control,
    view: {
      stage: 'code',
      to:
        account !== null
          ? maskMfaPhone(account.phoneNumber, account.phoneCountryCode)
          : formatPhoneForDisplay(target.e164, metadata),
      isAccountPhone: account !== null,
      code: {
        value: code,
        onChange: (next) => {
          setCode(next);
          setError(null);
        },
        error:
          error !== null && (error.cause === null || isCodeError(error.cause)) ? error.text : null,
      },
      submit,
      send,
      chooseAnotherNumber:
        account !== null
          ? undefined
          : () => {
              setBound(null);
              setCode('');
              setError(null);
            },
      error: error?.text ?? null,
      errorCause: error?.cause ?? null,
    },
  };
}
