'use client';
import { useMemo, useState } from 'react';
import { GenAuthApiError } from '../../core/api/errors.js';
import { checkMfaBindable, tokensFromMfaUser, verifyMfaSms } from '../../core/api/mfa-verify.js';
import { formatPhoneForDisplay } from '../../core/phone/display.js';
import { parsePhoneAsync } from '../../core/phone/load-metadata.js';
import { parsePhoneWith, type ValidParsedPhone } from '../../core/phone/parse.js';
import { useKitMessages } from '../../hooks/context.js';
import { useKitMutation } from '../../hooks/useKitMutation.js';
import { usePhoneMetadata } from '../../hooks/usePhoneMetadata.js';
import { enUSSmsControl, useSendCodeControl } from '../../hooks/useSendCode.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowMfa } from '../../i18n/flows/en-US.js';
import { type CodeStepError, codeField } from '../shared/code-field.js';
import { describeFlowError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { maskMfaPhone } from './mask-phone.js';
import type { MfaSession } from './mfa-session.js';
import type { MfaStepView } from './mfa-types.js';

/** V2 code of an MFA token GenAuth no longer accepts (expired, spent: Guard's `LOGIN_INVALID`). */
const MFA_TOKEN_REFUSED = 2021;

/** The texts of the second-factor step. */
export type MfaStepMessages = Pick<GenAuthFlowMessages, 'common' | 'errors' | 'mfa'>;

/** What {@link useMfaStep} returns: the stage (narrow on `stage`) and what every stage has. */
export type UseMfaStepResult = MfaStepView & {
  /** The step's texts in the active locale. */
  messages: MfaStepMessages;
  /** True while a check or a verify is in flight. */
  isPending: boolean;
  /** Back to the sign-in's first step; the MFA token is dropped. */
  restart: () => void;
};

/** The built-in English of the step (its groups only). */
const enUSMfaStep = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, mfa: enUSFlowMfa },
);

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
 * @internal The implementation of the public `useMfaStep` (use-mfa-step.ts), in the lazy
 * chunk: the send control on `CHANNEL_VERIFY_MFA`, the bind check, the verify, the stages. It
 * reads the MFA token through the session at each call; the token is no mutation variable.
 */
export function useMfaStep(session: MfaSession): UseMfaStepResult {
  const options = session.settings;
  const { codeLength } = options;
  const messages = useFlowMessages(enUSMfaStep, options.messages);
  const failures = useKitMessages(undefined, enUSSmsControl);
  const { challenge } = session;
  const [field, setField] = useState('');
  const [bound, setBound] = useState<Target | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<CodeStepError | null>(null);
  const [checking, setChecking] = useState(false);
  const metadata = usePhoneMetadata();
  const tokenOf = () => {
    // Treated as GenAuth's own refusal of a spent token: the sign-in starts again.
    const token = session.readToken();
    if (token === null) {
      throw new GenAuthApiError('No MFA token', { statusCode: 400, apiCode: 2021, httpStatus: 0 });
    }
    return token;
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
    challenge.mfaPhone === undefined
      ? null
      : {
          e164: `${challenge.mfaPhoneCountryCode ?? '+86'}${challenge.mfaPhone}`,
          phoneNumber: challenge.mfaPhone,
          phoneCountryCode: challenge.mfaPhoneCountryCode,
        };
  const target = account ?? bound;
  const unsupported = challenge.methods.length > 0 && !challenge.methods.includes('SMS');
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

  const fail = (cause: unknown) => {
    if (cause instanceof GenAuthApiError && Number(cause.apiCode) === MFA_TOKEN_REFUSED) {
      session.expired(messages.mfa.expired);
      return;
    }
    setError({ text: describeFlowError(cause, { errors: messages.errors, failures }), cause });
  };

  const submit = useSingleFlight(async (typed?: string) => {
    const value = typed ?? code;
    if (target === null || session.readToken() === null) return;
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
      session.verified(tokensFromMfaUser(user, (options.now ?? Date.now)()), user);
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

  const common = { messages, isPending: verify.isPending || checking, restart: session.restart };
  if (unsupported) return { ...common, stage: 'unsupported', methods: challenge.methods };
  if (target === null) {
    const canEnterCode = parsed.valid && send.state === 'cooldown';
    return {
      ...common,
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
    };
  }
  return {
    ...common,
    stage: 'code',
    to:
      account !== null
        ? maskMfaPhone(account.phoneNumber, account.phoneCountryCode)
        : formatPhoneForDisplay(target.e164, metadata),
    isAccountPhone: account !== null,
    code: codeField(code, setCode, error, setError),
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
  };
}
