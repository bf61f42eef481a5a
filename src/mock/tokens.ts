import type { GenAuthMockUser } from './types.js';

/** `data` of a successful passcode sign-in (GenAuth's `LoginTokenResponseDataDto`). */
export interface GenAuthMockTokenSet {
  /** JWT-shaped but unsigned (`alg: none`); `sub` is the user id, `aud` the app id. */
  access_token: string;
  /** JWT-shaped, unsigned; carries `phone_number` / `email` claims. */
  id_token: string;
  /** Only when `options.scope` includes `offline_access`. */
  refresh_token?: string;
  /** Always `Bearer`. */
  token_type: 'Bearer';
  /** Lifetime in seconds (7200, as in GenAuth's examples). */
  expires_in: number;
  /** `options.scope` of the request, or `openid profile`. */
  scope: string;
}

const TOKEN_LIFETIME_S = 7200;
const DEFAULT_SCOPE = 'openid profile';

function base64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Decodable like a real JWT (header.payload.signature) so apps can read claims, but unsigned:
// the signature segment is a marker, and nothing should ever verify these tokens.
function fakeJwt(claims: Record<string, unknown>): string {
  const header = base64Url({ alg: 'none', typ: 'JWT', kid: 'genauth-mock' });
  return `${header}.${base64Url(claims)}.${base64Url('genauth-mock-signature')}`;
}

/** Well-formed but fake tokens for `user`, with claims taken from the mock's clock. */
export function createTokenSet(input: {
  user: GenAuthMockUser;
  appId: string;
  issuer: string;
  nowMs: number;
  scope: unknown;
}): GenAuthMockTokenSet {
  const scope = typeof input.scope === 'string' && input.scope ? input.scope : DEFAULT_SCOPE;
  const iat = Math.floor(input.nowMs / 1000);
  const common = {
    sub: input.user.userId,
    aud: input.appId,
    iss: input.issuer,
    iat,
    exp: iat + TOKEN_LIFETIME_S,
  };
  const tokens: GenAuthMockTokenSet = {
    access_token: fakeJwt({ ...common, scope }),
    id_token: fakeJwt({
      ...common,
      phone_number: input.user.phone,
      phone_number_verified: input.user.phone !== undefined,
      email: input.user.email,
      email_verified: input.user.email !== undefined,
    }),
    token_type: 'Bearer',
    expires_in: TOKEN_LIFETIME_S,
    scope,
  };
  if (scope.split(' ').includes('offline_access')) {
    tokens.refresh_token = `genauth-mock-refresh-${input.user.userId}-${iat}`;
  }
  return tokens;
}
