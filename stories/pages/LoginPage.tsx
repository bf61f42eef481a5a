import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import {
  type GenAuthTokenSet,
  parsePhone,
  SendCodeButton,
  useSignInByPhoneCode,
  VerificationCodeInput,
} from '../../src/index.js';
import { describeAuthError } from './describe-auth-error.js';
import { usePageText } from './i18n/use-page-text.js';
import { SignedInPanel } from './SignedInPanel.js';

/** Props of {@link LoginPage}. */
export interface LoginPageProps {
  /** Heading of the page before signing in. @default 'Sign in', in the page's locale */
  title?: string | undefined;
  /** The phone number shown at first (E.164). @default '' */
  defaultPhone?: string | undefined;
  /** Called once GenAuth accepted the code, with the user's tokens. */
  onSignedIn?: ((tokens: GenAuthTokenSet) => void) | undefined;
  /** Extra class on the page's `<main>`, to restyle it. */
  className?: string | undefined;
}

const CODE_LENGTH = 6;

/**
 * A ready sign-in page: phone number, "Send code" (with the kit's cooldown), the six-digit
 * code, then GenAuth's passcode sign-in. The code is checked as soon as it is complete; a
 * refused code shows GenAuth's message under the boxes. Restyle it through the `--genauth-*`
 * variables and the `genauth-flow*` classes, or copy it: it only uses the kit's public API.
 *
 * @example <LoginPage onSignedIn={(tokens) => saveSession(tokens)} />
 */
export function LoginPage({ title, defaultPhone = '', ...props }: LoginPageProps) {
  const text = usePageText();
  const [phone, setPhone] = useState(defaultPhone);
  // The number the last code went to: the one to sign in with, even if the field changed since.
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const signIn = useSignInByPhoneCode({ onSuccess: ({ data }) => props.onSignedIn?.(data) });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const isSignedIn = signIn.isSuccess;

  // Moving focus to the new heading tells screen-reader users the page changed.
  useEffect(() => {
    if (isSignedIn) headingRef.current?.focus();
  }, [isSignedIn]);

  const submit = (passCode: string) => {
    const parsed = sentTo === null ? null : parsePhone(sentTo);
    if (!parsed?.valid || signIn.isPending) return;
    signIn.mutate({
      phone: parsed.phoneNumber,
      phoneCountryCode: parsed.phoneCountryCode,
      passCode,
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(code);
  };
  const signOut = () => {
    signIn.reset();
    setCode('');
    setSentTo(null);
  };

  return (
    <main
      className={['genauth-flow', props.className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="genauth-flow__title">
        {isSignedIn ? text.login.signedIn : (title ?? text.login.title)}
      </h1>
      {isSignedIn ? (
        <>
          <SignedInPanel tokens={signIn.data.data} />
          <button
            type="button"
            className="genauth-flow__button genauth-flow__button--secondary"
            onClick={signOut}
          >
            {text.login.signOut}
          </button>
        </>
      ) : (
        <form className="genauth-flow__form" onSubmit={onSubmit} noValidate>
          <p className="genauth-flow__lead">{text.login.lead}</p>
          <SendCodeButton
            channel="CHANNEL_LOGIN"
            phone={phone}
            onPhoneChange={(value) => setPhone(value)}
            onSent={(_, sent) => {
              setSentTo(sent.phone);
              setCode('');
              signIn.reset();
            }}
          />
          {sentTo === null ? null : (
            <>
              <p className="genauth-flow__hint">{text.common.enterCodeSentTo(sentTo)}</p>
              <VerificationCodeInput
                length={CODE_LENGTH}
                value={code}
                onChange={(next) => {
                  setCode(next);
                  if (signIn.isError) signIn.reset();
                }}
                onComplete={submit}
                errorMessage={signIn.isError ? describeAuthError(signIn.error, text) : undefined}
                autoFocus
              />
              <button
                type="submit"
                className="genauth-flow__button"
                disabled={code.length !== CODE_LENGTH || signIn.isPending}
              >
                {text.login.submit}
              </button>
              <p role="status" className="genauth-flow__hint">
                {signIn.isPending ? text.login.checking : ''}
              </p>
            </>
          )}
        </form>
      )}
    </main>
  );
}
