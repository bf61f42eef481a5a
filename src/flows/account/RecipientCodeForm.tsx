'use client';
import { type ReactNode, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { SendCodeControls } from '../../components/SendCodeControls.js';
import { VerificationCodeInput } from '../../components/VerificationCodeInput.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { enUSSendCode } from '../../i18n/en-US/send-code.js';
import type { FlowClassNames } from '../shared/flow-props.js';
import type { FlowField } from '../shared/use-phone-code-step.js';

/** @internal Props of {@link RecipientCodeForm}. */
export interface RecipientCodeFormProps {
  /** "To confirm, we text a code to …" (the recipient as people read it). */
  hint: ReactNode;
  /** The send control of the account's own number or address. */
  send: SendCodeControl;
  /** Said in the send control's alert if the recipient cannot receive a code. */
  invalidMessage: string;
  /** The code field. */
  code: FlowField;
  /** Digits of a complete code. */
  codeLength: number;
  /** Submits (the flow joins a submit in flight). */
  onSubmit: () => void;
  /** Text of the submit button. */
  submitText: string;
  /** Destructive submit (the danger button). */
  danger?: boolean | undefined;
  /** Leaves the step. */
  onCancel: () => void;
  /** Its text. */
  cancelText: string;
  /** A failure that is not about the code (session ended, network...). */
  error: string | null;
  /** True while the submit is in flight. */
  isPending: boolean;
  /** Said while it is (`role="status"`). */
  pendingText: string;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The code step of the signed-in flows, where the recipient is the account's own
 * (no number to type): the send button with its countdown, the code boxes (no auto-submit: these
 * steps change or delete an account, so the user presses the button), the step's error, the
 * submit and a cancel button. Enter in the code submits.
 */
export function RecipientCodeForm(props: RecipientCodeFormProps): ReactNode {
  const { code, send, unstyled, classNames, isPending } = props;
  const messages = useKitMessages(undefined, enUSSendCode);
  const unused = useRef<HTMLInputElement | null>(null);
  const cls = kitClassNames(unstyled);
  return (
    <form
      className={cls('genauth-flow__form', classNames.form)}
      noValidate
      aria-busy={isPending || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <p className={cls('genauth-flow__hint', classNames.lead)}>{props.hint}</p>
      <SendCodeControls
        control={send}
        messages={messages}
        field={null}
        fieldRef={unused}
        invalidMessage={props.invalidMessage}
        disabled={false}
        unstyled={unstyled}
        classNames={{}}
      />
      <VerificationCodeInput
        length={props.codeLength}
        value={code.value}
        onChange={code.onChange}
        errorMessage={code.error ?? undefined}
        unstyled={unstyled}
      />
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {props.error}
      </p>
      <div className={cls('genauth-flow__actions')}>
        <button
          type="submit"
          className={cls(
            props.danger
              ? 'genauth-flow__button genauth-flow__button--danger'
              : 'genauth-flow__button',
            classNames.button,
          )}
          aria-disabled={isPending || undefined}
        >
          {props.submitText}
        </button>
        <button
          type="button"
          className={cls(
            'genauth-flow__button genauth-flow__button--secondary',
            classNames.secondaryButton,
          )}
          onClick={props.onCancel}
        >
          {props.cancelText}
        </button>
      </div>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? props.pendingText : ''}
      </p>
    </form>
  );
}
