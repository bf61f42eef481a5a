'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { FlowCard } from '../shared/FlowCard.js';
import { FlowCodeForm } from '../shared/FlowCodeForm.js';
import { FlowPhoneForm } from '../shared/FlowPhoneForm.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { type UseSmsMfaFlowOptions, useSmsMfaFlow } from './useSmsMfaFlow.js';

/** Props of {@link SmsMfaSettings}. */
export interface SmsMfaSettingsProps extends UseSmsMfaFlowOptions, FlowComponentProps {
  /** Countries listed first in the number's selector. */
  preferredCountries?: readonly CountryCode[] | undefined;
  /** Turn it on as soon as the code is complete (pasted, or filled by Web OTP). @default true */
  submitOnComplete?: boolean | undefined;
}

/** A number as people read it, kept on one line. */
const unbroken = (display: string) => display.replace(/ /g, '\u00a0');

/**
 * "Two-step verification by SMS" for the signed-in user, ready to use: see whether it is on (and
 * the masked number codes go to), turn it on with a number and the code texted to it (the send
 * button, countdown and cooldown of every send), or turn it off after a confirmation. Built only
 * on {@link useSmsMfaFlow}; render it under a `<GenAuthProvider accessToken={...}>`, beside
 * `<PhoneSecurity>` on an account page. The overview's `data-state` is `loading`,
 * `unavailable`, `on` or `off`; the card's `data-step` names the step.
 *
 * @example
 * <PhoneSecurity currentPhone={user.phone} />
 * <SmsMfaSettings defaultPhone={user.phone} onChange={() => refetchUser()} />
 */
export function SmsMfaSettings(props: SmsMfaSettingsProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6, submitOnComplete = true } = props;
  const flow = useSmsMfaFlow(props);
  const { messages } = flow;
  const t = messages.smsMfa;
  const cls = kitClassNames(unstyled);
  const card = {
    header: props.header,
    footer: props.footer,
    className: props.className,
    classNames,
    unstyled,
  };
  const primary = cls('genauth-flow__button', classNames.button);
  const secondary = cls(
    'genauth-flow__button genauth-flow__button--secondary',
    classNames.secondaryButton,
  );
  const cancel =
    flow.step === 'phone' || flow.step === 'code' || flow.step === 'confirmOff' ? (
      <button type="button" className={secondary} onClick={flow.cancel}>
        {t.cancel}
      </button>
    ) : null;

  if (flow.step === 'phone') {
    return (
      <FlowCard {...card} step="phone" heading={t.phoneTitle}>
        <FlowPhoneForm
          lead={t.phoneLead}
          phone={flow.phone}
          error={flow.phone.error}
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
        {cancel}
      </FlowCard>
    );
  }
  if (flow.step === 'code') {
    return (
      <FlowCard {...card} step="code" heading={messages.common.codeStepTitle}>
        <FlowCodeForm
          hint={messages.common.enterCodeSentTo(unbroken(flow.sentToDisplay))}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={(code) => void flow.submit(code)}
          submitOnComplete={submitOnComplete}
          submitText={t.turnOn}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={t.working}
          send={flow.send}
          onUseAnotherNumber={flow.chooseAnotherNumber}
          useAnotherNumberText={messages.common.useAnotherNumber}
          unstyled={unstyled}
          classNames={classNames}
        />
        {cancel}
      </FlowCard>
    );
  }
  if (flow.step === 'confirmOff') {
    return (
      <FlowCard {...card} step="confirm-off" heading={t.confirmTitle}>
        <div className={cls('genauth-flow__form', classNames.form)} aria-busy={flow.isPending}>
          <p className={cls('genauth-flow__lead', classNames.lead)}>
            {t.confirmLead(unbroken(flow.maskedPhone))}
          </p>
          <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
            {flow.error}
          </p>
          <div className={cls('genauth-flow__actions')}>
            <button
              type="button"
              className={cls(
                'genauth-flow__button genauth-flow__button--danger',
                classNames.button,
              )}
              aria-disabled={flow.isPending || undefined}
              onClick={() => void flow.confirm()}
            >
              {t.turnOff}
            </button>
            {cancel}
          </div>
          <p role="status" className={cls('genauth-visually-hidden')}>
            {flow.isPending ? t.working : ''}
          </p>
        </div>
      </FlowCard>
    );
  }

  const notice = flow.step === 'overview' ? flow.notice : null;
  let state: string = flow.step;
  let body: ReactNode;
  if (flow.step === 'loading') {
    body = <p className={cls('genauth-flow__hint')}>{t.loading}</p>;
  } else if (flow.step === 'unavailable') {
    body = (
      <>
        <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
          {flow.error}
        </p>
        <div className={cls('genauth-flow__actions')}>
          <button type="button" className={secondary} onClick={flow.retry}>
            {t.retry}
          </button>
        </div>
      </>
    );
  } else {
    state = flow.enabled ? 'on' : 'off';
    body = (
      <>
        <p className={cls('genauth-flow__lead', classNames.lead)}>
          {flow.enabled ? t.on(unbroken(flow.maskedPhone)) : t.off}
        </p>
        <div className={cls('genauth-flow__actions')}>
          {flow.enabled ? (
            <button type="button" className={secondary} onClick={flow.turnOff}>
              {t.turnOff}
            </button>
          ) : (
            <button type="button" className={primary} onClick={flow.turnOn}>
              {t.turnOn}
            </button>
          )}
        </div>
      </>
    );
  }
  // One step for loading and the overview: the list arriving must not move focus to the heading.
  return (
    <FlowCard {...card} step="overview" heading={props.title ?? t.title}>
      {/* First, and in every state, so the region exists before "…is on." fills it. */}
      <p role="status" className={cls(notice ? 'genauth-flow__hint' : 'genauth-visually-hidden')}>
        {notice}
      </p>
      <div
        className={cls('genauth-flow__form', classNames.form)}
        data-state={state}
        aria-busy={flow.step === 'loading' || undefined}
      >
        {body}
      </div>
    </FlowCard>
  );
}
