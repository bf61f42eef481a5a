'use client';
import type { ReactNode } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { useKitMessages } from '../../hooks/context.js';
import { enUSSmsControl } from '../../hooks/useSendCode.js';
import { RecipientCodeForm } from '../account/RecipientCodeForm.js';
import { FlowCard } from '../shared/FlowCard.js';
import type { FlowComponentProps } from '../shared/flow-props.js';
import { type UseDeleteAccountFlowOptions, useDeleteAccountFlow } from './useDeleteAccountFlow.js';

/** Props of {@link DeleteAccount}. */
export interface DeleteAccountProps extends UseDeleteAccountFlowOptions, FlowComponentProps {
  /** What the card shows once the account is deleted. @default the deletion notice */
  deleted?: ReactNode;
}

/**
 * Account deletion, ready to use: what it means, a `CHANNEL_DELETE_ACCOUNT` code to the user's
 * phone (or email), then the danger button; done only when GenAuth confirms. Built only on
 * {@link useDeleteAccountFlow}; render it under a `<GenAuthProvider accessToken={...}>`.
 *
 * @example
 * <DeleteAccount phone={user.phone} email={user.email} onAccountDeleted={signOut} />
 */
export function DeleteAccount(props: DeleteAccountProps): ReactNode {
  const { unstyled = false, classNames = {}, codeLength = 6 } = props;
  const flow = useDeleteAccountFlow(props);
  const t = flow.messages.deleteAccount;
  const kit = useKitMessages(undefined, enUSSmsControl);
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
      <FlowCard {...card} step="done" heading={t.doneTitle}>
        {props.deleted ?? <p className={cls('genauth-flow__lead', classNames.lead)}>{t.done}</p>}
      </FlowCard>
    );
  }
  if (flow.step === 'code') {
    const to = flow.by === 'sms' ? flow.recipient.replace(/ /g, '\u00a0') : flow.recipient;
    return (
      <FlowCard {...card} step="code" heading={t.codeTitle}>
        <RecipientCodeForm
          hint={t.codeTo(to)}
          send={flow.send}
          invalidMessage={kit.invalidPhone}
          code={flow.code}
          codeLength={codeLength}
          onSubmit={() => void flow.submit()}
          submitText={t.confirm}
          danger
          onCancel={flow.cancel}
          cancelText={t.cancel}
          error={flow.code.error === null ? flow.error : null}
          isPending={flow.isPending}
          pendingText={t.deleting}
          unstyled={unstyled}
          classNames={classNames}
        />
      </FlowCard>
    );
  }
  return (
    <FlowCard {...card} step="confirm" heading={props.title ?? t.title}>
      <p className={cls('genauth-flow__lead', classNames.lead)}>{t.lead}</p>
      {flow.recipient === null ? (
        <p className={cls('genauth-flow__error', classNames.error)}>{t.noRecipient}</p>
      ) : (
        <button
          type="button"
          className={cls('genauth-flow__button genauth-flow__button--danger', classNames.button)}
          onClick={flow.start}
        >
          {t.start}
        </button>
      )}
    </FlowCard>
  );
}
