import type { CountryCode } from 'libphonenumber-js/core';
import type { GenAuthMfaUser } from '../../core/api/mfa-verify.js';
import type { GenAuthTokenSet, PassCodeAuthOptions } from '../../core/api/passcode-auth.js';
import type { GenAuthTransport } from '../../core/api/transport.js';
import type { CooldownStore } from '../../core/cooldown/store.js';
import type { FlowMessageOverrides, GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import type { MfaSession } from '../mfa/mfa-session.js';
import type { FlowSignInDetails } from '../mfa/mfa-types.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

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
export interface PasswordSignInCommon {
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
