'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useRef, useState } from 'react';
import { GenAuthApiError, GenAuthInputError } from '../../core/api/errors.js';
import { GenAuthMfaRequiredError } from '../../core/api/mfa-required.js';
import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import type { GenAuthTransport } from '../../core/api/transport.js';
import type { CooldownStore } from '../../core/cooldown/store.js';
import { useKitMessages } from '../../hooks/context.js';
import { useSignInByPassword } from '../../hooks/usePasswordAuth.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowPasswordSignIn } from '../../i18n/flows/en-US.js';
import { type MfaSession, useMfaSession } from '../mfa/mfa-session.js';
import type { FlowSignInDetails } from '../mfa/mfa-types.js';
import { describeFlowError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import type { FlowField } from '../shared/use-phone-code-step.js';
import { type PasswordRefusal, passwordRefusal } from './password-refusal.js';

/** The built-in English of the password sign-in flow (its groups only). */
const enUSPasswordSignInFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, passwordSignIn: enUSFlowPasswordSignIn },
);

/** The texts `<PasswordSignIn>` shows. */
export type PasswordSignInMessages = Pick<
  GenAuthFlowMessages,
  'common' | 'errors' | 'passwordSignIn'
>;

/** Options of {@link usePasswordSignInFlow}. */
export interface UsePasswordSignInFlowOptions {
  /** The account shown at first (username, email or phone). @default '' */
  defaultAccount?: string | undefined;
  /**
   * Called once, when GenAuth signed the user in: with the tokens, and `details` saying how
   * (`method: 'password'`) and, after a second factor, the V2 user GenAuth answered it with
   * (`mfaUser`; the tokens are then `tokensFromMfaUser(mfaUser)`).
   */
  onSignedIn?: ((tokens: GenAuthTokenSet, details: FlowSignInDetails) => void) | undefined;
  /** GenAuth sign-in options (`scope`, `context`, `tenantId`...). */
  signInOptions?: PassCodeAuthOptions | undefined;
  /** Digits of a complete second-factor code. @default 6 */
  codeLength?: number | undefined;
  /** Text overrides, on top of the provider's `flowMessages`. */
  messages?: FlowMessageOverrides | undefined;
  /** Country of numbers typed without `+` (a number to bind for the second factor). @default 'CN' */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries for that number. */
  countries?: readonly CountryCode[] | undefined;
  /** Seconds between two second-factor codes to one number, as on the server. @default 60 */
  cooldownSeconds?: number | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
  /** The clock for the tokens' `expires_in` after a second factor. @default Date.now */
  now?: (() => number) | undefined;
}

/** What every step of the password sign-in has. */
interface PasswordSignInCommon {
  /** The flow's texts in the active locale (for a custom rendering). */
  messages: PasswordSignInMessages;
  /** True while a request of this step is in flight. */
  isPending: boolean;
  /** Back to an empty first step; drops the password and any MFA token. */
  restart: () => void;
}

/** Step 1: account and password. */
export interface PasswordSignInPasswordStep extends PasswordSignInCommon {
  step: 'password';
  /** Username, email or phone; its error: empty, unusable, or no such account. */
  account: FlowField;
  /** The password (never in a DOM attribute with the ready component); its error: empty, wrong. */
  password: FlowField;
  /** Signs in (one request per submit; a second call joins it). */
  submit: () => Promise<void>;
  /** A failure that is not about one field (locked, network, expired MFA...), in words. */
  error: string | null;
  /** The typed error behind the last failure. */
  errorCause: unknown;
}

/**
 * Step 2, when GenAuth asks for it: the second factor by SMS. Draw it with
 * `useMfaStep(flow.mfa)` (in a component keyed on `flow.mfa.attempt`).
 */
export interface PasswordSignInMfaStep extends PasswordSignInCommon {
  step: 'mfa';
  /** The sign-in waiting for its second factor (no token in it). */
  mfa: MfaSession;
}

/** Signed in. */
export interface PasswordSignInDoneStep extends PasswordSignInCommon {
  step: 'done';
  /** The tokens (after a second factor: built from the V2 user's token). */
  tokens: GenAuthTokenSet;
  /** The V2 user of the second factor, when there was one. */
  mfaUser: GenAuthMfaUser | undefined;
}

/** The password sign-in flow, one step at a time (narrow on `step`). */
export type UsePasswordSignInFlowResult =
  | PasswordSignInPasswordStep
  | PasswordSignInMfaStep
  | PasswordSignInDoneStep;

/** @internal Success is GenAuth's tokens, not merely a 200. */
function isTokenSet(data: unknown): data is GenAuthTokenSet {
  const token = (data as Partial<GenAuthTokenSet> | null)?.access_token;
  return typeof token === 'string' && token.length > 0;
}

/**
 * Sign-in by password, headless: account (username, email or phone) and password →
 * `POST /api/v3/signin` with `connection: 'PASSWORD'` → signed in; when GenAuth asks for a
 * second factor (apiCode 1635/1636), the `mfa` step texts `CHANNEL_VERIFY_MFA` to the account's
 * number (masked) or to one the user binds, and `POST /api/v2/applications/mfa/sms/verify` ends
 * the sign-in. One request per submit; the password leaves state after every outcome that does
 * not need it again (kept only for a retry after a network or server failure); the MFA token
 * lives in a ref for one attempt. Nothing is stored, so a reload starts at the first step (the
 * MFA step does not resume: its token is gone).
 *
 * @example
 * const flow = usePasswordSignInFlow({ onSignedIn: (tokens) => saveSession(tokens) });
 * if (flow.step === 'password') return <form onSubmit={() => flow.submit()}>…</form>;
 */
export function usePasswordSignInFlow(
  options: UsePasswordSignInFlowOptions = {},
): UsePasswordSignInFlowResult {
  const { codeLength = 6 } = options;
  const messages = useFlowMessages(enUSPasswordSignInFlow, options.messages);
  const failures = useKitMessages(undefined, enUSSendCode);
  const [account, setAccount] = useState(options.defaultAccount ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<PasswordRefusal | null>(null);
  const [done, setDone] = useState<{ tokens: GenAuthTokenSet; mfaUser?: GenAuthMfaUser } | null>(
    null,
  );
  const signedIn = useRef(false);
  const signIn = useSignInByPassword({ client: options.client });

  const finish = (tokens: GenAuthTokenSet, mfaUser?: GenAuthMfaUser) => {
    signedIn.current = true;
    setPassword('');
    setDone({ tokens, mfaUser });
    options.onSignedIn?.(tokens, { method: 'password', mfaUser });
  };
  const mfa = useMfaSession(
    {
      codeLength,
      messages: options.messages,
      defaultCountry: options.defaultCountry,
      countries: options.countries,
      cooldownSeconds: options.cooldownSeconds,
      client: options.client,
      cooldownStore: options.cooldownStore,
      now: options.now,
    },
    finish,
    (notice) => setError({ field: null, text: notice, cause: null }),
    () => restart(),
  );

  const submit = useSingleFlight(async () => {
    if (signedIn.current || mfa.session !== null) return;
    const missing =
      account.trim() === ''
        ? ({ field: 'account', text: messages.passwordSignIn.accountRequired } as const)
        : password === ''
          ? ({ field: 'password', text: messages.passwordSignIn.passwordRequired } as const)
          : null;
    if (missing) {
      setError({ ...missing, cause: null });
      return;
    }
    setError(null);
    try {
      const { data } = await signIn.mutateAsync({
        account,
        password,
        options: options.signInOptions,
      });
      if (!isTokenSet(data)) {
        throw new GenAuthApiError('GenAuth answered without tokens', {
          statusCode: 200,
          httpStatus: 200,
        });
      }
      finish(data);
    } catch (cause) {
      if (cause instanceof GenAuthMfaRequiredError) {
        // The password did its part: it leaves state, and the refusal (and its token) the cache.
        setPassword('');
        signIn.reset();
        await mfa.begin(cause);
        return;
      }
      const refusal = passwordRefusal(cause, messages.passwordSignIn);
      const text = refusal?.text ?? describeFlowError(cause, { errors: messages.errors, failures });
      // A refused password is not needed again; after a network or server failure, a retry is.
      if (refusal !== null || isFinalRefusal(cause)) setPassword('');
      setError({ field: refusal?.field ?? null, text, cause });
    }
  });

  const restart = () => {
    mfa.end();
    signIn.reset();
    signedIn.current = false;
    setDone(null);
    setPassword('');
    setError(null);
  };
  const common = { messages, isPending: signIn.isPending, restart };

  if (done !== null) return { ...common, step: 'done', tokens: done.tokens, mfaUser: done.mfaUser };
  if (mfa.session !== null) return { ...common, step: 'mfa', mfa: mfa.session };
  const fieldError = (field: 'account' | 'password') =>
    error?.field === field ? error.text : null;
  return {
    ...common,
    step: 'password',
    account: {
      value: account,
      onChange: (value) => {
        setAccount(value);
        if (error?.field === 'account') setError(null);
      },
      error: fieldError('account'),
    },
    password: {
      value: password,
      onChange: (value) => {
        setPassword(value);
        if (error?.field === 'password') setError(null);
      },
      error: fieldError('password'),
    },
    submit,
    error: error !== null && error.field === null ? error.text : null,
    errorCause: error?.cause ?? null,
  };
}

/** A business refusal (not a network, timeout, rate limit or server failure): retrying is futile. */
function isFinalRefusal(cause: unknown): boolean {
  return (
    cause instanceof GenAuthInputError ||
    (cause instanceof GenAuthApiError &&
      cause.statusCode < 500 &&
      cause.httpStatus < 500 &&
      cause.statusCode !== 429 &&
      cause.httpStatus !== 429)
  );
}
