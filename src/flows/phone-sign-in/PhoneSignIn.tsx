'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthTokenSet } from '../../core/api/passcode-auth.js';
import { LoadedMfaStep, useFocusAfterMfa } from '../mfa/LoadedMfaStep.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { type UsePhoneSignInFlowOptions, usePhoneSignInFlow } from './usePhoneSignInFlow.js';

/** Props of {@link PhoneSignIn}. */
export interface PhoneSignInProps extends UsePhoneSignInFlowOptions, FlowComponentProps {
  /** Countries listed first in the selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Check the code as soon as its last digit is typed (pasted, or filled by Web OTP).
   * @default true
   */
  submitOnComplete?: boolean | undefined;
  /** What the card shows once signed in. @default the "Signed in" heading only */
  signedIn?: ReactNode | ((tokens: GenAuthTokenSet) => ReactNode);
}

/**
 * Sign-in by SMS code, ready to use: number, code, signed in (`CHANNEL_LOGIN`, then
 * `POST /api/v3/signin` with `connection: 'PASSCODE'`), with "Verify it's you" by SMS between
 * when GenAuth asks for a second factor. Built only on {@link usePhoneSignInFlow}; comes back to
 * the code step after a reload or in a second tab (not to the second factor: its token is
 * never stored).
 *
 * @example
 * <PhoneSignIn onSignedIn={(tokens) => saveSession(tokens)} footer={<a href="/sign-up">Create an account</a>} />
 */
export function PhoneSignIn(props: PhoneSignInProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = usePhoneSignInFlow(props);
  const { messages } = flow;
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
        heading={messages.signIn.signedIn}
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
  if (flow.step === 'code') {
    return (
      <FlowCard
        {...card}
        focusOnMount={focusOnMount}
        step="code"
        heading={messages.common.codeStepTitle}
      >
        <FlowCodeForm
          hint={messages.common.enterCodeSentTo(flow.sentToDisplay.replace(/ /g, '\u00a0'))}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={messages.signIn.submit}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={messages.signIn.checking}
          send={flow.send}
          onUseAnotherNumber={flow.chooseAnotherNumber}
          useAnotherNumberText={messages.common.useAnotherNumber}
          unstyled={unstyled}
          classNames={classNames}
        />
      </FlowCard>
    );
  }
  return (
    <FlowCard
      {...card}
      focusOnMount={focusOnMount}
      step="phone"
      heading={props.title ?? messages.signIn.title}
    >
      {flow.notice !== null ? (
        <p
          role="alert"
          className={kitClassNames(unstyled)('genauth-flow__error', classNames.error)}
        >
          {flow.notice}
        </p>
      ) : null}
      <FlowPhoneForm
        lead={messages.signIn.lead}
        phone={flow.phone}
        send={flow.send}
        canEnterCode={flow.canEnterCode}
        onEnterCode={flow.enterCode}
        haveCodeText={messages.common.haveCode}
        defaultCountry={props.defaultCountry}
        countries={props.countries}
        preferredCountries={props.preferredCountries}
        unstyled={unstyled}
        classNames={classNames}
      />
    </FlowCard>
  );
}
