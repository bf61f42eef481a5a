'use client';
import { useRef, useState } from 'react';
import { GenAuthApiError, GenAuthInputError } from '../../core/api/errors.js';
import { GenAuthMfaRequiredError } from '../../core/api/mfa-required.js';
import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet } from '../../core/api/passcode-auth.js';
import { useKitMessages } from '../../hooks/context.js';
import { useSignInByPassword } from '../../hooks/usePasswordAuth.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import { enUSFlowCommon, enUSFlowErrors, enUSFlowPasswordSignIn } from '../../i18n/flows/en-US.js';
import { useMfaSession } from '../mfa/mfa-session.js';
import { describeFlowError } from '../shared/describe-flow-error.js';
import { useSingleFlight } from '../shared/single-flight.js';
import { useFlowMessages } from '../shared/use-flow-messages.js';
import { type PasswordRefusal, passwordRefusal } from './password-refusal.js';

/** The built-in English of the password sign-in flow (its groups only). */
const enUSPasswordSignInFlow = /* @__PURE__ */ Object.assign(
  {},
  { common: enUSFlowCommon, errors: enUSFlowErrors, passwordSignIn: enUSFlowPasswordSignIn },
);

export type {
  PasswordSignInDoneStep,
  PasswordSignInMessages,
  PasswordSignInMfaStep,
  PasswordSignInPasswordStep,
  UsePasswordSignInFlowOptions,
  UsePasswordSignInFlowResult,
} from './password-sign-in-steps.js';

import type {
  UsePasswordSignInFlowOptions,
  UsePasswordSignInFlowResult,
} from './password-sign-in-steps.js';

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
  // The flow's options are the step's settings (MfaSessionSettings names the ones it reads).
  const mfa = useMfaSession(
    { ...options, codeLength },
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
        // Its chunk could not be loaded (offline, a deploy removed it): a failure, in words.
        if (!(await mfa.begin(cause))) {
          setError({ field: null, text: messages.errors.generic, cause });
        }
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
