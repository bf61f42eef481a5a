'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthUser } from '../../core/api/passcode-auth.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { SignUpProfileForm } from './SignUpProfileForm.js';
import { SignUpStepList } from './SignUpStepList.js';
import { PHONE_SIGN_UP_STEPS } from './sign-up-steps.js';
import { type UsePhoneSignUpFlowOptions, usePhoneSignUpFlow } from './usePhoneSignUpFlow.js';

/** Props of {@link PhoneSignUp}. */
export interface PhoneSignUpProps extends UsePhoneSignUpFlowOptions, FlowComponentProps {
  /** Countries listed first in the selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Check the code as soon as its last digit is typed (pasted, or filled by Web OTP).
   * @default true
   */
  submitOnComplete?: boolean | undefined;
  /**
   * A link to your sign-in page, shown when the number has an account already
   * (`<a href="/sign-in">Sign in</a>`).
   */
  signInLink?: ReactNode;
  /** What the card shows once the account exists. @default a welcome, the user id and number */
  signedUp?: ReactNode | ((user: GenAuthUser) => ReactNode);
}

/**
 * Sign-up by SMS code, ready to use: number, code (checked before the profile without spending
 * it), profile, account created (`CHANNEL_REGISTER`, then `POST /api/v3/signup` with
 * `connection: 'PASSCODE'`), with a step list above the heading. Built only on
 * {@link usePhoneSignUpFlow}; comes back to the code step after a reload or in a second tab.
 *
 * @example
 * <PhoneSignUp onSignedUp={(user) => router.push('/welcome')} signInLink={<a href="/sign-in">Sign in</a>} />
 */
export function PhoneSignUp(props: PhoneSignUpProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = usePhoneSignUpFlow(props);
  const { messages } = flow;
  const cls = kitClassNames(unstyled);
  const card = {
    header: (
      <>
        {props.header}
        <SignUpStepList
          steps={PHONE_SIGN_UP_STEPS}
          current={flow.step}
          messages={messages.signUp}
          unstyled={unstyled}
        />
      </>
    ),
    footer: props.footer,
    className: props.className,
    classNames,
    unstyled,
  };

  if (flow.step === 'done') {
    const { user } = flow;
    const nickname = typeof user.nickname === 'string' ? user.nickname : '';
    const content =
      props.signedUp === undefined ? (
        <>
          <p className={cls('genauth-flow__lead', classNames.lead)}>
            {messages.signUp.welcome(nickname)}
          </p>
          <dl className={cls('genauth-flow__result')}>
            <dt>{messages.signUp.userId}</dt>
            <dd>{user.userId}</dd>
            <dt>{messages.signUp.phone}</dt>
            <dd className={cls('genauth-flow__phone')}>{flow.phoneDisplay}</dd>
          </dl>
        </>
      ) : typeof props.signedUp === 'function' ? (
        props.signedUp(user)
      ) : (
        props.signedUp
      );
    return (
      <FlowCard {...card} step="done" heading={messages.signUp.stepTitles.done}>
        {content}
      </FlowCard>
    );
  }
  if (flow.step === 'profile') {
    return (
      <FlowCard {...card} step="profile" heading={messages.signUp.stepTitles.profile}>
        <SignUpProfileForm
          flow={flow}
          signInLink={props.signInLink}
          unstyled={unstyled}
          classNames={classNames}
        />
      </FlowCard>
    );
  }
  if (flow.step === 'code') {
    return (
      <FlowCard {...card} step="code" heading={messages.signUp.stepTitles.code}>
        <FlowCodeForm
          hint={messages.common.enterCodeSentTo(flow.sentToDisplay.replace(/ /g, '\u00a0'))}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={messages.common.continue}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={messages.signUp.checking}
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
    <FlowCard {...card} step="phone" heading={props.title ?? messages.signUp.title}>
      <FlowPhoneForm
        lead={messages.signUp.phoneLead}
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
