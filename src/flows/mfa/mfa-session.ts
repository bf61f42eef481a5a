'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import { useEffect, useRef, useState } from 'react';
import type { GenAuthMfaChallenge, GenAuthMfaRequiredError } from '../../core/api/mfa-required.js';
import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet } from '../../core/api/passcode-auth.js';
import type { GenAuthTransport } from '../../core/api/transport.js';
import type { CooldownStore } from '../../core/cooldown/store.js';
import type { FlowMessageOverrides } from '../../i18n/flow-messages.js';
import { loadMfaStep } from './mfa-step-loader.js';

/** What the second factor takes from its sign-in flow's options. */
export interface MfaSessionSettings {
  /** Digits of a complete code. */
  codeLength: number;
  /** Text overrides of the flow. */
  messages?: FlowMessageOverrides | undefined;
  /** Country of numbers typed without `+` (a number to bind). */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries for that number. */
  countries?: readonly CountryCode[] | undefined;
  /** Seconds between two codes to one number. */
  cooldownSeconds?: number | undefined;
  /** Client instead of the provider's. */
  client?: GenAuthTransport | undefined;
  /** Cooldown store instead of the provider's. */
  cooldownStore?: CooldownStore | undefined;
  /** The clock for the tokens' `expires_in`. */
  now?: (() => number) | undefined;
}

/**
 * A sign-in waiting for its second factor, as a sign-in flow hands it out in its `mfa` step:
 * give it to {@link useMfaStep} (`useMfaStep(flow.mfa)`, in a component keyed on `attempt`).
 * It holds no MFA token, only a way for the step to read this attempt's, which the flow keeps
 * in a ref and drops on restart, success and unmount.
 */
export interface MfaSession {
  /** What GenAuth said about the second factor (where a code can go, which factors exist). */
  challenge: GenAuthMfaChallenge;
  /** Counts the second-factor steps of this flow: a new value is a new step. */
  attempt: number;
  /** Back to the flow's first step; the MFA token is dropped. */
  restart: () => void;
  /** @internal This attempt's MFA token, `null` once dropped. */
  readToken: () => string | null;
  /** @internal The flow's options the step uses. */
  settings: MfaSessionSettings;
  /** @internal GenAuth accepted the code. */
  verified: (tokens: GenAuthTokenSet, user: GenAuthMfaUser) => void;
  /** @internal GenAuth refused the token: the flow starts again and says `notice`. */
  expired: (notice: string) => void;
}

/** @internal What {@link useMfaSession} gives a sign-in flow. */
export interface MfaSessionControl {
  /** The step's session, or `null` when no second factor is asked for. */
  session: MfaSession | null;
  /**
   * Starts the step once its chunk is loaded (so the ready step draws at once); resolves
   * `false`, token dropped, when the chunk could not be loaded (the flow shows its failure).
   */
  begin: (refusal: GenAuthMfaRequiredError) => Promise<boolean>;
  /** Leaves the step and drops the MFA token. */
  end: () => void;
}

/**
 * @internal The part of the second factor every sign-in flow carries on load: the MFA token in
 * a ref, the challenge in state, and the start of the step's chunk (see mfa-step-loader.ts).
 */
export function useMfaSession(
  settings: MfaSessionSettings,
  onVerified: (tokens: GenAuthTokenSet, user: GenAuthMfaUser) => void,
  onExpired: (notice: string) => void,
  restart: () => void,
): MfaSessionControl {
  const token = useRef<string | null>(null);
  const [state, setState] = useState<{ challenge: GenAuthMfaChallenge; attempt: number } | null>(
    null,
  );
  // Unmounted mid-step: the token goes with the attempt.
  useEffect(
    () => () => {
      token.current = null;
    },
    [],
  );
  const end = () => {
    token.current = null;
    setState(null);
  };
  return {
    session: state && {
      ...state,
      restart,
      readToken: () => token.current,
      settings,
      verified: (tokens, user) => {
        end();
        onVerified(tokens, user);
      },
      expired: (notice) => {
        end();
        onExpired(notice);
      },
    },
    begin: async (refusal) => {
      token.current = refusal.mfaToken;
      const chunk = await loadMfaStep();
      if (token.current !== refusal.mfaToken) return true;
      if (!chunk) {
        token.current = null;
        return false;
      }
      setState((was) => ({ challenge: refusal.challenge, attempt: (was?.attempt ?? 0) + 1 }));
      return true;
    },
    end,
  };
}
