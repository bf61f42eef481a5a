import { useId, useState } from 'react';
import { SendEmailCodeButton } from '../../src/index.js';
import { usePageText } from './i18n/use-page-text.js';

/** Props of {@link ResetPassword}. */
export interface ResetPasswordProps {
  /** The address shown at first. @default '' */
  defaultEmail?: string | undefined;
  /** Called once the code email went out, with the address. */
  onCodeSent?: ((email: string) => void) | undefined;
  /** Extra class on the page's `<main>`, to restyle it. */
  className?: string | undefined;
}

/**
 * The first half of "forgot password": the user's email and a "Send code" button on GenAuth's
 * `CHANNEL_RESET_PASSWORD` email channel, with the kit's one-per-minute cooldown per address.
 *
 * It stops once the code is sent. Choosing the new password with that code is GenAuth's
 * reset-password endpoint, which this kit does not wrap: plug your own form in after
 * `onCodeSent`.
 *
 * @example <ResetPassword onCodeSent={(email) => router.push(`/reset/new?email=${email}`)} />
 */
export function ResetPassword({ defaultEmail = '', onCodeSent, className }: ResetPasswordProps) {
  const [email, setEmail] = useState(defaultEmail);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const titleId = useId();
  const text = usePageText().resetPassword;

  return (
    <main className={['auth-page', className].filter(Boolean).join(' ')} aria-labelledby={titleId}>
      <h1 id={titleId} className="auth-page__title">
        {text.title}
      </h1>
      <p className="auth-page__lead">{text.lead}</p>
      <SendEmailCodeButton
        channel="CHANNEL_RESET_PASSWORD"
        email={email}
        onEmailChange={setEmail}
        onSent={(_, sent) => {
          setSentTo(sent.email);
          onCodeSent?.(sent.email);
        }}
      />
      {sentTo === null ? null : <p className="auth-page__hint">{text.codeSentTo(sentTo)}</p>}
    </main>
  );
}
