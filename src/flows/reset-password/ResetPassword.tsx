'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { EmailRequestForm } from './EmailRequestForm.js';
import { NewPasswordForm } from './NewPasswordForm.js';
import { ResetMethodChoice } from './ResetMethodChoice.js';
import type { UseResetPasswordFlowOptions } from './reset-password-steps.js';
import { useResetPasswordFlow } from './useResetPasswordFlow.js';

/** Props of {@link ResetPassword}. */
export interface ResetPasswordProps extends UseResetPasswordFlowOptions, FlowComponentProps {
  /** Countries listed first in the selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Check the code as soon as its last digit is typed (pasted, or filled by Web OTP).
   * @default true
   */
  submitOnComplete?: boolean | undefined;
  /** "Back to sign-in" on the last step: a button that calls it (omitted: no button). */
  onBackToSignIn?: (() => void) | undefined;
  /** The last step's way back instead of that button (a router link, `<a href="/sign-in">`). */
  signInLink?: ReactNode;
}

/** The number as people read it, never broken inside. */
const unbreakable = (text: string) => text.replace(/ /g, '\u00a0');

/**
 * Forgot password, ready to use: phone or email, the code (checked before the last step),
 * a new password with the pool's rules, done (`CHANNEL_RESET_PASSWORD`, then
 * `verify-reset-password-request` + `reset-password`). Built only on
 * {@link useResetPasswordFlow}; the phone code step comes back after a reload or in a second tab.
 *
 * @example
 * <ResetPassword onPasswordReset={track} signInLink={<a href="/sign-in">Back to sign-in</a>} />
 */
export function ResetPassword(props: ResetPasswordProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = useResetPasswordFlow(props);
  const text = flow.messages.resetPassword;
  const cls = kitClassNames(unstyled);
  const card = {
    header: props.header,
    footer: props.footer,
    className: props.className,
    classNames,
    unstyled,
  };

  if (flow.step === 'done') {
    return (
      <FlowCard {...card} step="done" heading={text.stepTitles.done}>
        <p className={cls('genauth-flow__lead', classNames.lead)}>{text.done}</p>
        {props.signInLink ??
          (props.onBackToSignIn ? (
            <button
              type="button"
              className={cls('genauth-flow__button', classNames.button)}
              onClick={() => {
                flow.restart();
                props.onBackToSignIn?.();
              }}
            >
              {text.backToSignIn}
            </button>
          ) : null)}
      </FlowCard>
    );
  }
  if (flow.step === 'password') {
    return (
      <FlowCard {...card} step="password" heading={text.stepTitles.password}>
        <NewPasswordForm
          password={flow.password}
          strength={flow.strength}
          onSubmit={() => void flow.submit()}
          submitText={text.submit}
          error={flow.password.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={text.saving}
          unstyled={unstyled}
          classNames={classNames}
        />
      </FlowCard>
    );
  }
  if (flow.step === 'code') {
    const byPhone = flow.method === 'phone';
    const to = byPhone ? unbreakable(flow.sentToDisplay) : flow.sentToDisplay;
    return (
      <FlowCard {...card} step="code" heading={text.stepTitles.code}>
        <FlowCodeForm
          hint={text.codeSentTo(to)}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={flow.messages.common.continue}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={text.checking}
          send={flow.send}
          onUseAnotherNumber={flow.chooseAnotherRecipient}
          useAnotherNumberText={
            byPhone ? flow.messages.common.useAnotherNumber : text.useAnotherEmail
          }
          unstyled={unstyled}
          classNames={classNames}
        />
      </FlowCard>
    );
  }
  return (
    <FlowCard {...card} step="request" heading={props.title ?? text.title}>
      <p className={cls('genauth-flow__lead', classNames.lead)}>{text.lead}</p>
      {flow.methods.length > 1 ? (
        <ResetMethodChoice
          label={text.methodLabel}
          methods={flow.methods}
          value={flow.method}
          onChange={flow.chooseMethod}
          optionText={{ phone: text.byPhone, email: text.byEmail }}
          unstyled={unstyled}
        />
      ) : null}
      {flow.method === 'phone' ? (
        <FlowPhoneForm
          phone={flow.phone}
          send={flow.send}
          error={flow.error}
          canEnterCode={flow.canEnterCode}
          onEnterCode={flow.enterCode}
          haveCodeText={flow.messages.common.haveCode}
          defaultCountry={props.defaultCountry}
          countries={props.countries}
          preferredCountries={props.preferredCountries}
          unstyled={unstyled}
          classNames={classNames}
        />
      ) : (
        <EmailRequestForm
          email={flow.email}
          send={flow.send}
          error={flow.error}
          canEnterCode={flow.canEnterCode}
          onEnterCode={flow.enterCode}
          haveCodeText={flow.messages.common.haveCode}
          unstyled={unstyled}
          classNames={classNames}
        />
      )}
    </FlowCard>
  );
}
