'use client';
import type { CountryCode } from 'libphonenumber-js/core';
import type { ReactNode } from 'react';
import { FlowCard } from '../shared/FlowCard.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { MfaStep, mfaCard } from './MfaStep.js';
import type { MfaSession } from './mfa-session.js';
import { useMfaStep } from './useMfaStep.js';

/** @internal Props of {@link MfaStepPanel}. */
export interface MfaStepPanelProps extends Omit<FlowComponentProps, 'title'> {
  /** The flow's `mfa` step. */
  session: MfaSession;
  /** Check the code as soon as its last digit is typed. */
  submitOnComplete: boolean;
  /** Countries listed first (binding a number). */
  preferredCountries?: readonly CountryCode[] | undefined;
}

/**
 * @internal The ready second-factor step in its card, as the lazy chunk draws it: the card
 * mounts with the chunk, so its heading takes focus on mount (and on each stage change).
 */
export function MfaStepPanel(props: MfaStepPanelProps): ReactNode {
  const { session, unstyled = false, classNames = {} } = props;
  const mfa = useMfaStep(session);
  return (
    <FlowCard
      {...mfaCard(mfa, mfa.messages)}
      header={props.header}
      footer={props.footer}
      className={props.className}
      classNames={classNames}
      unstyled={unstyled}
      focusOnMount
    >
      <MfaStep
        mfa={mfa}
        codeLength={session.settings.codeLength}
        submitOnComplete={props.submitOnComplete}
        defaultCountry={session.settings.defaultCountry}
        countries={session.settings.countries}
        preferredCountries={props.preferredCountries}
        unstyled={unstyled}
        classNames={classNames}
      />
    </FlowCard>
  );
}
