import { createOneTimeToken } from './ids.js';
import {
  GENAUTH_MOCK_ACCOUNT_ERRORS,
  type GenAuthMockError,
  invalidOneTimeToken,
  missingField,
} from './responses.js';
import type { RuleResult } from './rules.js';
import type { MockGrant, MockRequestInfo, MockState } from './state.js';
import type { GenAuthMockUser } from './types.js';

/** Remembers an access token the mock's sign-in issued. Expired sessions are dropped on the way. */
export function startSession(
  state: MockState,
  accessToken: string,
  userId: string,
  ttlMs: number,
): void {
  const now = state.now();
  const { sessions } = state.accounts;
  for (const [token, session] of Object.entries(sessions)) {
    if (session.expiresAt <= now) delete sessions[token];
  }
  sessions[accessToken] = { userId, expiresAt: now + ttlMs };
}

/** Ends every session of a user (after deleting the account). */
export function endSessionsOf(state: MockState, userId: string): void {
  const { sessions, grants } = state.accounts;
  for (const [token, session] of Object.entries(sessions)) {
    if (session.userId === userId) delete sessions[token];
  }
  for (const [token, grant] of Object.entries(grants)) {
    if (grant.userId === userId) delete grants[token];
  }
}

/**
 * The signed-in user of a request. The token is the raw `authorization` value, as the official
 * SDK sends it; a `Bearer ` prefix is tolerated. Unknown, expired or orphaned tokens are 401.
 */
export function authenticate(state: MockState, info: MockRequestInfo): RuleResult<GenAuthMockUser> {
  const raw = info.authorization?.trim() ?? '';
  const token = raw.replace(/^Bearer\s+/i, '');
  const session = token ? state.accounts.sessions[token] : undefined;
  const user =
    session && session.expiresAt > state.now() ? state.users.byId(session.userId) : undefined;
  return user
    ? { ok: true, value: user }
    : { ok: false, error: GENAUTH_MOCK_ACCOUNT_ERRORS.unauthorized };
}

/** A grant before it gets its expiry (the Omit is spread over each kind). */
type GrantRequest = MockGrant extends infer G
  ? G extends MockGrant
    ? Omit<G, 'expiresAt'>
    : never
  : never;

/** Issues a one-time token for a verify step; its `tokenExpiresIn` is in seconds. */
export function issueGrant(
  state: MockState,
  grant: GrantRequest,
): { token: string; tokenExpiresIn: number } {
  const token = createOneTimeToken();
  const ttl = state.settings.flowTokenTtlMs;
  state.accounts.grants[token] = { ...grant, expiresAt: state.now() + ttl } as MockGrant;
  return { token, tokenExpiresIn: Math.round(ttl / 1000) };
}

/**
 * Spends the one-time token of `kind` in `body[field]` (for `userId` when given). A missing
 * token is a missing field; unknown, spent, expired, foreign or wrong-kind tokens are all the
 * same error, so nothing leaks about which it was.
 */
export function takeGrant<K extends MockGrant['kind']>(
  state: MockState,
  body: Record<string, unknown>,
  kind: K,
  field: string,
  userId?: string,
): RuleResult<Extract<MockGrant, { kind: K }>> {
  const value = body[field];
  if (value === undefined || value === '') return { ok: false, error: missingField(field) };
  const error: GenAuthMockError = invalidOneTimeToken(field);
  if (typeof value !== 'string') return { ok: false, error };
  const grant = state.accounts.grants[value];
  if (!grant || grant.kind !== kind || (userId !== undefined && grant.userId !== userId)) {
    return { ok: false, error };
  }
  delete state.accounts.grants[value];
  if (grant.expiresAt <= state.now()) return { ok: false, error };
  return { ok: true, value: grant as Extract<MockGrant, { kind: K }> };
}
