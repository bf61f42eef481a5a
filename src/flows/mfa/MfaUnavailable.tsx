'use client';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import type { GenAuthFlowMessages } from '../../i18n/flow-messages.js';
import { FlowCard } from '../shared/FlowCard.js';
import type { FlowComponentProps } from '../shared/flow-props.js';

/** @internal Props of {@link MfaUnavailable}. */
export interface MfaUnavailableProps extends Omit<FlowComponentProps, 'title'> {
  /** The flow's eager texts (the step's own are in the chunk that failed). */
  messages: Pick<GenAuthFlowMessages, 'common' | 'errors'>;
  /** Back to the first step. */
  onRestart: () => void;
}

/**
 * @internal What a ready sign-in shows when the second factor's chunk could not be loaded
 * (offline, a deploy removed it): the generic failure and the way back; the next sign-in tries
 * the load again.
 */
export function MfaUnavailable(props: MfaUnavailableProps): ReactNode {
  const { messages, unstyled = false, classNames = {} } = props;
  const cls = kitClassNames(unstyled);
  return (
    <FlowCard {...props} step="mfa-unavailable" heading={messages.errors.generic}>
      <button
        type="button"
        className={cls('genauth-flow__link', classNames.link)}
        onClick={props.onRestart}
      >
        {messages.common.back}
      </button>
    </FlowCard>
  );
}
