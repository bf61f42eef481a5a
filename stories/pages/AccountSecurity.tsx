import { useId, useRef, useState } from 'react';
import { DeleteAccountSection } from './DeleteAccountSection.js';
import { usePageText } from './i18n/use-page-text.js';
import { PhoneSection } from './PhoneSection.js';

/** Props of {@link AccountSecurity}. */
export interface AccountSecurityProps {
  /** The signed-in user as the page starts: email and bound phone (E.164, `''` when none). */
  account: { email: string; phone?: string | undefined };
  /** Changing the number also needs a code sent to the current one (GenAuth pool setting). @default true */
  verifyOldPhone?: boolean | undefined;
  /** The account was deleted: sign the user out. */
  onSignedOut?: (() => void) | undefined;
  /** Extra class on the page's `<main>`, to restyle it. */
  className?: string | undefined;
}

/**
 * A signed-in user's account-security page: bind, change or remove the phone number and delete
 * the account, each confirmed with an SMS code on its own channel (and so its own cooldown).
 * Render it under a `<GenAuthProvider accessToken={...}>`: every call here needs the user's
 * access token, which the provider reads at each call.
 *
 * @example
 * <GenAuthProvider appId={APP_ID} appHost={APP_HOST} accessToken={() => session.accessToken}>
 *   <AccountSecurity account={{ email: user.email, phone: user.phone }} onSignedOut={signOut} />
 * </GenAuthProvider>
 */
export function AccountSecurity(props: AccountSecurityProps) {
  const text = usePageText();
  const t = text.accountSecurity;
  const [phone, setPhone] = useState(props.account.phone ?? '');
  const [notice, setNotice] = useState('');
  const [deleted, setDeleted] = useState(false);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);

  return (
    <main
      className={['genauth-flow', props.className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
    >
      <h1 id={titleId} ref={titleRef} tabIndex={-1} className="genauth-flow__title">
        {t.title}
      </h1>
      <p role="status" className="genauth-flow__hint">
        {deleted ? t.deleted : notice}
      </p>
      {deleted ? null : (
        <>
          <p className="genauth-flow__lead">{t.signedInAs(props.account.email)}</p>
          <PhoneSection
            phone={phone}
            verifyOldPhone={props.verifyOldPhone ?? true}
            onPhoneChange={(next, message) => {
              setPhone(next);
              setNotice(message);
              titleRef.current?.focus();
            }}
          />
          <DeleteAccountSection
            phone={phone}
            email={props.account.email}
            onDeleted={() => {
              setDeleted(true);
              titleRef.current?.focus();
              props.onSignedOut?.();
            }}
          />
        </>
      )}
    </main>
  );
}
