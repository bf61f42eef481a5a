import { useEffect, useId, useRef, useState } from 'react';
import { SendCodeButton, SendEmailCodeButton, useDeleteAccount } from '../../src/index.js';
import { CodeField } from './CodeField.js';
import { describeAccountError } from './describe-account-error.js';
import { usePageText } from './i18n/use-page-text.js';
import { phoneFields } from './phone-fields.js';

/** Props of {@link DeleteAccountSection}. */
export interface DeleteAccountSectionProps {
  /** The bound number (E.164), `''` when none: the code goes there when there is one. */
  phone: string;
  /** The account's email, used when there is no phone. */
  email: string;
  /** GenAuth deleted the account. */
  onDeleted: () => void;
}

/**
 * Delete the account, after an explicit second step: a `CHANNEL_DELETE_ACCOUNT` code sent to
 * the user's phone (or, without one, to their email); `useDeleteAccount` verifies it and deletes
 * in one go, so the `deleteAccountToken` never reaches the page.
 */
export function DeleteAccountSection({ phone, email, onDeleted }: DeleteAccountSectionProps) {
  const text = usePageText();
  const t = text.accountSecurity;
  const [confirming, setConfirming] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = useDeleteAccount();
  const headingId = useId();
  const confirmHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const submit = () => {
    if (remove.isPending) return;
    if (code.length !== 6) return setError(text.common.codeIncomplete(6));
    const fields = phone ? phoneFields(phone) : null;
    remove.mutate(
      fields
        ? { verifyMethod: 'PHONE_PASSCODE', phonePassCodePayload: { ...fields, passCode: code } }
        : { verifyMethod: 'EMAIL_PASSCODE', emailPassCodePayload: { email, passCode: code } },
      { onSuccess: onDeleted, onError: (failure) => setError(describeAccountError(failure, text)) },
    );
  };

  return (
    <section className="genauth-flow__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="genauth-flow__subtitle">
        {t.deleteTitle}
      </h2>
      <p className="genauth-flow__lead">{t.deleteLead}</p>
      {confirming ? (
        <form
          className="genauth-flow__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h3 ref={confirmHeading} tabIndex={-1} className="genauth-flow__label">
            {t.deleteCodeTo(phone || email)}
          </h3>
          {phone ? (
            <SendCodeButton channel="CHANNEL_DELETE_ACCOUNT" phone={phone} hidePhoneInput />
          ) : (
            <SendEmailCodeButton channel="CHANNEL_DELETE_ACCOUNT" email={email} hideEmailInput />
          )}
          <CodeField value={code} onChange={setCode} />
          {error ? (
            <p role="alert" className="genauth-flow__error">
              {error}
            </p>
          ) : null}
          <div className="genauth-flow__actions">
            <button
              type="button"
              className="genauth-flow__button genauth-flow__button--secondary"
              onClick={() => {
                setConfirming(false);
                setCode('');
                setError(null);
              }}
            >
              {t.cancel}
            </button>
            <button
              type="submit"
              className="genauth-flow__button genauth-flow__button--danger"
              aria-disabled={remove.isPending || undefined}
            >
              {remove.isPending ? t.working : t.deleteConfirm}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="genauth-flow__button genauth-flow__button--secondary"
          onClick={() => setConfirming(true)}
        >
          {t.deleteStart}
        </button>
      )}
    </section>
  );
}
