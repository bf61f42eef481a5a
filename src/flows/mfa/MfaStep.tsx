'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { MfaStepView } from './mfa-types.js';
import type { UseMfaStepResult } from './useMfaStep.js';

/** @internal Props of {@link MfaStep}. */
export interface MfaStepProps {
  /** The step, from {@link useMfaStep}. */
  mfa: UseMfaStepResult;
  /** Digits of a complete code. */
  codeLength: number;
  /** Check the code as soon as its last digit is typed. */
  submitOnComplete: boolean;
  /** Country of numbers typed without `+` (binding a number). */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries (binding a number). */
  countries?: readonly CountryCode[] | undefined;
  /** Countries listed first (binding a number). */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The card's `step` and heading for a stage of the MFA step. The ready flows render
 * every step in one `<FlowCard>` position, so that a new step's heading takes focus.
 */
export function mfaCard(
  view: MfaStepView,
  messages: Pick<GenAuthFlowMessages, 'mfa'>,
): { step: string; heading: string } {
  const headings = {
    unsupported: messages.mfa.unsupportedTitle,
    phone: messages.mfa.bindTitle,
    code: messages.mfa.title,
  };
  return { step: `mfa-${view.stage}`, heading: headings[view.stage] };
}

/**
 * @internal The second-factor step of the ready sign-in flows, inside their card: the code to
 * the account's masked number, a number to bind first when it has none, or why this page
 * cannot finish the sign-in; every stage has the way back to the first step.
 */
export function MfaStep(props: MfaStepProps): ReactNode {
  const { mfa: view, unstyled, classNames } = props;
  const { messages } = view;
  const cls = kitClassNames(unstyled);
  const startOver = (
    <button
      type="button"
      className={cls('genauth-flow__link', classNames.link)}
      onClick={view.restart}
    >
      {messages.mfa.startOver}
    </button>
  );

  if (view.stage === 'unsupported') {
    return (
      <>
        <p className={cls('genauth-flow__lead', classNames.lead)}>{messages.mfa.unsupported}</p>
        {startOver}
      </>
    );
  }
  if (view.stage === 'phone') {
    return (
      <>
        <FlowPhoneForm
          lead={messages.mfa.bindLead}
          phoneLabel={messages.mfa.bindPhoneLabel}
          phone={view.phone}
          send={view.send}
          error={view.error}
          canEnterCode={view.canEnterCode}
          onEnterCode={view.enterCode}
          haveCodeText={messages.common.haveCode}
          defaultCountry={props.defaultCountry}
          countries={props.countries}
          preferredCountries={props.preferredCountries}
          unstyled={unstyled}
          classNames={classNames}
        />
        {startOver}
      </>
    );
  }
  const to = view.to.replace(/ /g, '\u00a0');
  return (
    <>
      <FlowCodeForm
        hint={view.isAccountPhone ? messages.mfa.lead(to) : messages.common.enterCodeSentTo(to)}
        code={view.code}
        codeLength={props.codeLength}
        onSubmit={(code) => void view.submit(code)}
        submitOnComplete={props.submitOnComplete}
        submitText={messages.mfa.submit}
        error={view.code.error === null ? view.error : null}
        isPending={view.isPending}
        pendingText={messages.mfa.checking}
        send={view.send}
        onUseAnotherNumber={view.chooseAnotherNumber}
        useAnotherNumberText={messages.common.useAnotherNumber}
        unstyled={unstyled}
        classNames={classNames}
      />
      {startOver}
    </>
  );
}
