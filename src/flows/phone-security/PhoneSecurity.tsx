'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { RecipientCodeForm } from '../account/RecipientCodeForm.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import type {
  UsePhoneSecurityFlowOptions,
  UsePhoneSecurityFlowResult,
} from './phone-security-steps.js';
import { usePhoneSecurityFlow } from './usePhoneSecurityFlow.js';

/** Props of {@link PhoneSecurity}. */
export interface PhoneSecurityProps extends UsePhoneSecurityFlowOptions, FlowComponentProps {
  /** Countries listed first in the new number's selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /**
   * Bind or change as soon as the new number's code is complete (pasted, or filled by Web
   * OTP). The current number's code always waits for the button. @default true
   */
  submitOnComplete?: boolean | undefined;
}

/** A number as people read it, kept on one line. */
const unbroken = (display: string) => display.replace(/ /g, '\u00a0');

/** The heading of each step and stage. */
function headingOf(flow: UsePhoneSecurityFlowResult, title: ReactNode): ReactNode {
  const t = flow.messages.phoneSecurity;
  if (flow.step === 'overview') return title ?? t.title;
  if (flow.stage === 'newCode') return flow.messages.common.codeStepTitle;
  if (flow.step === 'bind') return t.bindTitle;
  if (flow.step === 'unbind') return t.removeTitle;
  return flow.stage === 'currentCode' ? t.changeTitle : t.newPhoneTitle;
}

/**
 * The signed-in user's phone number, ready to use: see it, add one, change it (with the current
 * number's code when the pool asks, and the new number's), or remove it, each confirmed by SMS
 * on its own channel. Built only on {@link usePhoneSecurityFlow}; render it under a
 * `<GenAuthProvider accessToken={...}>`.
 *
 * @example
 * <PhoneSecurity currentPhone={user.phone} onPhoneChanged={(phone) => refetchUser()} />
 */
export function PhoneSecurity(props: PhoneSecurityProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = usePhoneSecurityFlow(props);
  const { messages } = flow;
  const t = messages.phoneSecurity;
  const cls = kitClassNames(unstyled);
  const notice = flow.step === 'overview' ? flow.notice : null;
  const secondary = cls(
    'genauth-flow__button genauth-flow__button--secondary',
    classNames.secondaryButton,
  );
  const primary = cls('genauth-flow__button', classNames.button);

  let body: ReactNode;
  if (flow.step === 'overview') {
    body = (
      <div className={cls('genauth-flow__form', classNames.form)}>
        <p className={cls('genauth-flow__lead', classNames.lead)}>
          {flow.phone === null ? t.noPhone : t.currentPhone(unbroken(flow.phoneDisplay))}
        </p>
        {flow.phone === null ? <p className={cls('genauth-flow__hint')}>{t.bindLead}</p> : null}
        <div className={cls('genauth-flow__actions')}>
          {flow.phone === null ? (
            <button type="button" className={primary} onClick={flow.startBind}>
              {t.bind}
            </button>
          ) : (
            <>
              <button type="button" className={primary} onClick={flow.startChange}>
                {t.change}
              </button>
              <button type="button" className={secondary} onClick={flow.startUnbind}>
                {t.remove}
              </button>
            </>
          )}
        </div>
      </div>
    );
  } else if (flow.stage === 'currentCode') {
    const display = unbroken(flow.phoneDisplay);
    body = (
      <RecipientCodeForm
        hint={flow.step === 'unbind' ? t.removeLead(display) : t.changeLead(display)}
        send={flow.send}
        invalidMessage={messages.errors.generic}
        code={flow.code}
        codeLength={codeLength}
        onSubmit={() => void flow.submit()}
        submitText={flow.step === 'unbind' ? t.remove : messages.common.continue}
        onCancel={flow.cancel}
        cancelText={t.cancel}
        error={flow.code.error === null ? flow.error : null}
        isPending={flow.isPending}
        pendingText={t.working}
        unstyled={unstyled}
        classNames={classNames}
      />
    );
  } else {
    const form =
      flow.stage === 'newCode' ? (
        <FlowCodeForm
          hint={messages.common.enterCodeSentTo(unbroken(flow.sentToDisplay))}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={flow.step === 'bind' ? t.bind : t.change}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={t.working}
          send={flow.send}
          onUseAnotherNumber={flow.chooseAnotherNumber}
          useAnotherNumberText={messages.common.useAnotherNumber}
          unstyled={unstyled}
          classNames={classNames}
        />
      ) : (
        <FlowPhoneForm
          lead={flow.step === 'bind' ? t.bindLead : t.newPhoneLead}
          phoneLabel={flow.step === 'change' ? t.newPhoneLabel : undefined}
          phone={flow.newPhone}
          error={flow.newPhone.error}
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
      );
    body = (
      <>
        {form}
        <button type="button" className={secondary} onClick={flow.cancel}>
          {t.cancel}
        </button>
      </>
    );
  }

  return (
    <FlowCard
      header={props.header}
      footer={props.footer}
      className={props.className}
      classNames={classNames}
      unstyled={unstyled}
      step={flow.step === 'overview' ? 'overview' : `${flow.step}-${flow.stage}`}
      heading={headingOf(flow, props.title)}
    >
      {/* First, and in every step, so the region exists before "Phone number added." fills it. */}
      <p role="status" className={cls(notice ? 'genauth-flow__hint' : 'genauth-visually-hidden')}>
        {notice}
      </p>
      {body}
    </FlowCard>
  );
}
