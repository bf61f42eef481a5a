'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthUser } from '../../core/api/passcode-auth.js';
import { SignUpStepList } from '../phone-sign-up/SignUpStepList.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { EmailPasswordForm } from './EmailPasswordForm.js';
import { EMAIL_PASSWORD_SIGN_UP_STEPS } from './email-password-sign-up-steps.js';
import {
  type UseEmailPasswordSignUpFlowOptions,
  useEmailPasswordSignUpFlow,
} from './useEmailPasswordSignUpFlow.js';

/** Props of {@link EmailPasswordSignUp}. */
export interface EmailPasswordSignUpProps
  extends UseEmailPasswordSignUpFlowOptions,
    FlowComponentProps {
  /** Countries listed first in the selector of the phone step. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Create the account as soon as the code's last digit is typed (pasted, or filled by Web OTP).
   * @default true
   */
  submitOnComplete?: boolean | undefined;
  /**
   * A link to your sign-in page, shown when the address has an account already
   * (`<a href="/sign-in">Sign in</a>`).
   */
  signInLink?: ReactNode;
  /** What the card shows once the account exists. @default a welcome, the user id, email and number */
  signedUp?: ReactNode | ((user: GenAuthUser) => ReactNode);
}

/**
 * Sign-up by email and password, ready to use, with phone completion when the page asks for it
 * (`requirePhone`, or `askPhone` to let it be skipped): email and password (the pool's rules
 * ticked as the user types), number, `CHANNEL_COMPLETE_PHONE` code, account created (one
 * `POST /api/v3/signup`), with a step list above the heading. Built only on
 * {@link useEmailPasswordSignUpFlow}; after a reload it asks for the password again (never
 * kept) and comes back to the code step without a new SMS.
 *
 * @example
 * <EmailPasswordSignUp requirePhone strength="medium" onSignedUp={(user) => router.push('/welcome')}
 *   signInLink={<a href="/sign-in">Sign in</a>} />
 */
export function EmailPasswordSignUp(props: EmailPasswordSignUpProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = useEmailPasswordSignUpFlow(props);
  const { messages } = flow;
  const texts = messages.emailPasswordSignUp;
  const cls = kitClassNames(unstyled);
  const card = {
    header: (
      <>
        {props.header}
        {flow.asksPhone ? (
          <SignUpStepList
            steps={EMAIL_PASSWORD_SIGN_UP_STEPS}
            current={flow.step}
            messages={texts}
            unstyled={unstyled}
          />
        ) : null}
      </>
    ),
    footer: props.footer,
    className: props.className,
    classNames,
    unstyled,
  };

  if (flow.step === 'done') {
    const { user } = flow;
    const content =
      props.signedUp === undefined ? (
        <>
          <p className={cls('genauth-flow__lead', classNames.lead)}>{texts.welcome(flow.email)}</p>
          <dl className={cls('genauth-flow__result')}>
            <dt>{texts.userId}</dt>
            <dd>{user.userId}</dd>
            <dt>{texts.email}</dt>
            <dd>{flow.email}</dd>
            {flow.phoneDisplay === null ? null : (
              <>
                <dt>{texts.phone}</dt>
                <dd className={cls('genauth-flow__phone')}>{flow.phoneDisplay}</dd>
              </>
            )}
          </dl>
        </>
      ) : typeof props.signedUp === 'function' ? (
        props.signedUp(user)
      ) : (
        props.signedUp
      );
    return (
      <FlowCard {...card} step="done" heading={texts.stepTitles.done}>
        {content}
      </FlowCard>
    );
  }
  if (flow.step === 'code') {
    return (
      <FlowCard {...card} step="code" heading={texts.stepTitles.code}>
        <FlowCodeForm
          hint={messages.common.enterCodeSentTo(flow.sentToDisplay.replace(/ /g, '\u00a0'))}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={texts.createAccount}
          error={flow.error}
          isPending={flow.isPending}
          pendingText={texts.creating}
          send={flow.send}
          onUseAnotherNumber={flow.chooseAnotherNumber}
          useAnotherNumberText={messages.common.useAnotherNumber}
          unstyled={unstyled}
          classNames={classNames}
        />
        <BackButton onClick={flow.back} text={messages.common.back} {...{ cls, classNames }} />
      </FlowCard>
    );
  }
  if (flow.step === 'phone') {
    return (
      <FlowCard {...card} step="phone" heading={texts.stepTitles.phone}>
        <FlowPhoneForm
          lead={flow.requiresPhone ? texts.phoneLead : texts.phoneLeadOptional}
          phone={flow.phone}
          error={flow.send.state === 'invalid' ? null : flow.phone.error}
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
        <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
          {flow.error}
        </p>
        <div className={cls('genauth-flow__actions')}>
          <BackButton onClick={flow.back} text={messages.common.back} {...{ cls, classNames }} />
          {flow.requiresPhone ? null : (
            <button
              type="button"
              className={cls('genauth-flow__link', classNames.link)}
              aria-disabled={flow.isPending || undefined}
              onClick={() => void flow.skip()}
            >
              {texts.skipPhone}
            </button>
          )}
        </div>
        <p role="status" className={cls('genauth-visually-hidden')}>
          {flow.isPending ? texts.creating : ''}
        </p>
      </FlowCard>
    );
  }
  return (
    <FlowCard {...card} step="account" heading={props.title ?? texts.title}>
      <EmailPasswordForm
        flow={flow}
        signInLink={props.signInLink}
        unstyled={unstyled}
        classNames={classNames}
      />
    </FlowCard>
  );
}

/** "Back" to the first step, the address and password kept. */
function BackButton(props: {
  onClick: () => void;
  text: string;
  cls: ReturnType<typeof kitClassNames>;
  classNames: NonNullable<FlowComponentProps['classNames']>;
}): ReactNode {
  return (
    <button
      type="button"
      className={props.cls(
        'genauth-flow__button genauth-flow__button--secondary',
        props.classNames.secondaryButton,
      )}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}
