import type { GenAuthTokenSet } from '../../src/index.js';

/** Props of {@link SignedInPanel}. */
export interface SignedInPanelProps {
  /** The tokens GenAuth returned. */
  tokens: GenAuthTokenSet;
}

/** Shows the start and the end of a token: enough to recognise it, too little to reuse it. */
function truncate(token: string): string {
  return token.length <= 24 ? token : `${token.slice(0, 12)}…${token.slice(-8)}`;
}

/** What the login page shows once GenAuth accepted the code: the token set, abridged. */
export function SignedInPanel({ tokens }: SignedInPanelProps) {
  return (
    <dl className="auth-page__result">
      <dt>Token type</dt>
      <dd>{tokens.token_type}</dd>
      <dt>Expires in</dt>
      <dd>{tokens.expires_in} s</dd>
      {tokens.scope ? (
        <>
          <dt>Scope</dt>
          <dd>{tokens.scope}</dd>
        </>
      ) : null}
      <dt>Access token</dt>
      <dd title="Truncated">{truncate(tokens.access_token)}</dd>
    </dl>
  );
}
