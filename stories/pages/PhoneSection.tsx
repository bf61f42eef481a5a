import { useEffect, useId, useRef, useState } from 'react';
import { SendCodeButton, useBindPhone, useUnbindPhone, useUpdatePhone } from '../../src/index.js';
import { CodeField } from './CodeField.js';
import { describeAccountError } from './describe-account-error.js';
import { usePageText } from './i18n/use-page-text.js';
import { displayPhone, phoneFields } from './phone-fields.js';

type Mode = 'idle' | 'change' | 'remove';

/** Props of {@link PhoneSection}. */
export interface PhoneSectionProps {
  /** The bound number (E.164), `''` when none. */
  phone: string;
  /** The number changed (E.164, `''` when removed). */
  onPhoneChange: (phone: string, notice: string) => void;
  /** Whether changing the number also needs a code sent to the current one (a pool setting). */
  verifyOldPhone: boolean;
}

/**
 * Bind (`CHANNEL_BIND_PHONE`), change (current number `CHANNEL_UNBIND_PHONE` + new number
 * `CHANNEL_BIND_PHONE`) and remove (`CHANNEL_UNBIND_PHONE`) the signed-in user's phone.
 */
export function PhoneSection({ phone, onPhoneChange, verifyOldPhone }: PhoneSectionProps) {
  const text = usePageText();
  const t = text.accountSecurity;
  const [mode, setMode] = useState<Mode>('idle');
  const [newPhone, setNewPhone] = useState('');
  const [oldCode, setOldCode] = useState('');
  const [newCode, setNewCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const bind = useBindPhone();
  const unbind = useUnbindPhone();
  const update = useUpdatePhone();
  const pending = bind.isPending || unbind.isPending || update.isPending;
  const headingId = useId();
  const modeHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (moved.current && mode !== 'idle') modeHeading.current?.focus();
    moved.current = false;
  }, [mode]);
  const switchTo = (next: Mode) => {
    moved.current = next !== 'idle';
    setMode(next);
    setError(null);
    setOldCode('');
    setNewCode('');
    setNewPhone('');
  };
  const done = (nextPhone: string, notice: string) => {
    switchTo('idle');
    onPhoneChange(nextPhone, notice);
  };
  const fail = (failure: unknown) => setError(describeAccountError(failure, text));
  const codeMissing = (...codes: string[]) => codes.some((code) => code.length !== 6);

  const submit = () => {
    if (pending) return;
    const current = phoneFields(phone);
    const next = phoneFields(newPhone);
    if (!current) {
      if (!next || codeMissing(newCode)) return setError(text.errors.checkInput);
      return bind.mutate(
        { ...next, passCode: newCode },
        { onSuccess: () => done(newPhone, t.bound), onError: fail },
      );
    }
    if (mode === 'remove') {
      if (codeMissing(oldCode)) return setError(text.common.codeIncomplete(6));
      return unbind.mutate(
        { passCode: oldCode },
        { onSuccess: () => done('', t.removed), onError: fail },
      );
    }
    if (!next || codeMissing(newCode, ...(verifyOldPhone ? [oldCode] : [])))
      return setError(text.errors.checkInput);
    const old = verifyOldPhone
      ? {
          oldPhoneNumber: current.phoneNumber,
          oldPhoneCountryCode: current.phoneCountryCode,
          oldPhonePassCode: oldCode,
        }
      : {};
    update.mutate(
      {
        verifyMethod: 'PHONE_PASSCODE',
        phonePassCodePayload: {
          newPhoneNumber: next.phoneNumber,
          newPhoneCountryCode: next.phoneCountryCode,
          newPhonePassCode: newCode,
          ...old,
        },
      },
      { onSuccess: () => done(newPhone, t.changed), onError: fail },
    );
  };

  const oldNumberPart = (
    <fieldset className="genauth-flow__field">
      <legend className="genauth-flow__label">{t.currentPhone(displayPhone(phone))}</legend>
      <SendCodeButton channel="CHANNEL_UNBIND_PHONE" phone={phone} hidePhoneInput />
      <CodeField label={t.oldCodeLabel} value={oldCode} onChange={setOldCode} />
    </fieldset>
  );
  const newNumberPart = (
    <fieldset className="genauth-flow__field">
      <legend className="genauth-flow__label">{t.newPhoneLabel}</legend>
      <SendCodeButton channel="CHANNEL_BIND_PHONE" phone={newPhone} onPhoneChange={setNewPhone} />
      <CodeField label={t.newCodeLabel} value={newCode} onChange={setNewCode} />
    </fieldset>
  );
  const actions = (label: string) => (
    <div className="genauth-flow__actions">
      {phone ? (
        <button
          type="button"
          className="genauth-flow__button genauth-flow__button--secondary"
          onClick={() => switchTo('idle')}
        >
          {t.cancel}
        </button>
      ) : null}
      <button type="submit" className="genauth-flow__button" aria-disabled={pending || undefined}>
        {pending ? t.working : label}
      </button>
    </div>
  );

  return (
    <section className="genauth-flow__section" aria-labelledby={headingId}>
      <h2 id={headingId} className="genauth-flow__subtitle">
        {t.phoneTitle}
      </h2>
      <p className="genauth-flow__lead">
        {phone ? t.currentPhone(displayPhone(phone)) : t.noPhone}
      </p>
      {phone && mode === 'idle' ? (
        <div className="genauth-flow__actions">
          <button type="button" className="genauth-flow__button" onClick={() => switchTo('change')}>
            {t.change}
          </button>
          <button
            type="button"
            className="genauth-flow__button genauth-flow__button--secondary"
            onClick={() => switchTo('remove')}
          >
            {t.remove}
          </button>
        </div>
      ) : (
        <form
          className="genauth-flow__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <h3 ref={modeHeading} tabIndex={-1} className="genauth-flow__label">
            {!phone ? t.bind : mode === 'remove' ? t.remove : t.change}
          </h3>
          <p className="genauth-flow__hint">
            {!phone ? t.bindLead : mode === 'remove' ? t.removeLead : t.changeLead}
          </p>
          {phone && (mode === 'remove' || verifyOldPhone) ? oldNumberPart : null}
          {mode === 'remove' ? null : newNumberPart}
          {error ? (
            <p role="alert" className="genauth-flow__error">
              {error}
            </p>
          ) : null}
          {actions(!phone ? t.bind : mode === 'remove' ? t.remove : t.change)}
        </form>
      )}
    </section>
  );
}
