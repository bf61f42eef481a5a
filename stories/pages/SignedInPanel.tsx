import type { GenAuthTokenSet } from '../../src/index.js';
import { usePageText } from './i18n/use-page-text.js';

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
  const text = usePageText().tokens;
  return (
    <dl className="genauth-flow__result">
      <dt>{text.tokenType}</dt>
      <dd>{tokens.token_type}</dd>
      <dt>{text.expiresIn}</dt>
      <dd>{text.seconds(tokens.expires_in)}</dd>
      {tokens.scope ? (
        <>
          <dt>{text.scope}</dt>
          <dd>{tokens.scope}</dd>
        </>
      ) : null}
      <dt>{text.accessToken}</dt>
      <dd title={text.truncated}>{truncate(tokens.access_token)}</dd>
    </dl>
  );
}
