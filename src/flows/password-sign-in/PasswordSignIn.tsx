'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthTokenSet } from '../../core/api/passcode-auth.js';
import { LoadedMfaStep, useFocusAfterMfa } from '../mfa/LoadedMfaStep.js';
import { FlowCard } from '../shared/FlowCard.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { AccountPasswordForm } from './AccountPasswordForm.js';
import {
  type UsePasswordSignInFlowOptions,
  usePasswordSignInFlow,
} from './usePasswordSignInFlow.js';

/** Props of {@link PasswordSignIn}. */
export interface PasswordSignInProps extends UsePasswordSignInFlowOptions, FlowComponentProps {
  /**
   * The way to your reset-password page or `<ResetPassword>`, under the password field (a
   * link: `<a href="/reset-password">Forgot your password?</a>`). Takes the place of
   * `onForgotPassword`'s button.
   */
  forgotPassword?: ReactNode;
  /** Shows a "Forgot your password?" button under the password field that calls this. */
  onForgotPassword?: (() => void) | undefined;
  /** Countries listed first when a number is bound for the second factor. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Check the second-factor code as soon as its last digit is typed.
   * @default true
   */
  submitOnComplete?: boolean | undefined;
  /** What the card shows once signed in. @default the "Signed in" heading only */
  signedIn?: ReactNode | ((tokens: GenAuthTokenSet) => ReactNode);
}

/**
 * Sign-in by password, ready to use: account and password (`POST /api/v3/signin`,
 * `connection: 'PASSWORD'`), then, when GenAuth asks for it, "Verify it's you" by SMS
 * (`CHANNEL_VERIFY_MFA`, then `POST /api/v2/applications/mfa/sms/verify`). Built only on
 * {@link usePasswordSignInFlow}. The MFA step does not come back after a reload: its token is
 * never stored, so the user signs in again.
 *
 * @example
 * <PasswordSignIn
 *   onSignedIn={(tokens, { mfaUser }) => saveSession(tokens)}
 *   forgotPassword={<a href="/reset-password">Forgot your password?</a>}
 * />
 */
export function PasswordSignIn(props: PasswordSignInProps): ReactNode {
  const { unstyled = false, classNames = {}, submitOnComplete = true } = props;
  const flow = usePasswordSignInFlow(props);
  const { messages } = flow;
  const cls = kitClassNames(unstyled);
  const focusOnMount = useFocusAfterMfa(flow.step);
  const card = {
    header: props.header,
    footer: props.footer,
    className: props.className,
    classNames,
    unstyled,
  };

  if (flow.step === 'done') {
    const content =
      typeof props.signedIn === 'function' ? props.signedIn(flow.tokens) : props.signedIn;
    return (
      <FlowCard
        {...card}
        focusOnMount={focusOnMount}
        step="done"
        heading={messages.passwordSignIn.signedIn}
      >
        {content}
      </FlowCard>
    );
  }
  if (flow.step === 'mfa') {
    return (
      <LoadedMfaStep
        {...card}
        session={flow.mfa}
        submitOnComplete={submitOnComplete}
        preferredCountries={props.preferredCountries}
      />
    );
  }
  const forgot =
    props.forgotPassword ??
    (props.onForgotPassword ? (
      <button
        type="button"
        className={cls('genauth-flow__link', classNames.link)}
        onClick={props.onForgotPassword}
      >
        {messages.passwordSignIn.forgotPassword}
      </button>
    ) : null);
  return (
    <FlowCard
      {...card}
      focusOnMount={focusOnMount}
      step="password"
      heading={props.title ?? messages.passwordSignIn.title}
    >
      <AccountPasswordForm
        flow={flow}
        forgotPassword={forgot}
        unstyled={unstyled}
        classNames={classNames}
      />
    </FlowCard>
  );
}
