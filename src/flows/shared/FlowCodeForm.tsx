'use client';
import { type ReactNode, useRef } from 'react';
import { kitClassNames } from '../../components/join-class-names.js';
import { SendCodeControls } from '../../components/SendCodeControls.js';
import { VerificationCodeInput } from '../../components/VerificationCodeInput.js';
import { useKitMessages } from '../../hooks/context.js';
import type { SendCodeControl } from '../../hooks/useCodeSendControl.js';
import { enUSSmsControl } from '../../hooks/useSendCode.js';
import type { FlowClassNames } from './flow-props.js';
import type { FlowField } from './use-phone-code-step.js';

/** @internal Props of {@link FlowCodeForm}. */
export interface FlowCodeFormProps {
  /** "Enter the code we sent to …". */
  hint: ReactNode;
  /** The code field. */
  code: FlowField;
  /** Digits of a complete code. */
  codeLength: number;
  /** Submits (the flow joins a submit in flight). */
  onSubmit: (code?: string) => void;
  /** Submit the code as soon as it is complete. */
  submitOnComplete: boolean;
  /** Text of the submit button. */
  submitText: string;
  /** A failure that is not about the code (network, unknown user...). */
  error: string | null;
  /** True while the submit is in flight. */
  isPending: boolean;
  /** Said while it is (`role="status"`). */
  pendingText: string;
  /** The resend control of the number the code went to. */
  send: SendCodeControl;
  /** "Use another number" (omitted: no such link). */
  onUseAnotherNumber?: (() => void) | undefined;
  /** Its text. */
  useAnotherNumberText?: string | undefined;
  /** Fields between the code and the submit button (a new password...). */
  children?: ReactNode;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: FlowClassNames;
}

/**
 * @internal The code step of every phone flow: the code boxes (errors tied to them), the main
 * button, the resend button with its countdown, and the way back to another number.
 */
export function FlowCodeForm(props: FlowCodeFormProps): ReactNode {
  const { code, send, unstyled, classNames, isPending } = props;
  const messages = useKitMessages(undefined, enUSSmsControl);
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
      <VerificationCodeInput
        length={props.codeLength}
        value={code.value}
        onChange={code.onChange}
        onComplete={props.submitOnComplete ? (value) => props.onSubmit(value) : undefined}
        errorMessage={code.error ?? undefined}
        unstyled={unstyled}
      />
      {props.children}
      <p role="alert" className={cls('genauth-flow__error', classNames.error)}>
        {props.error}
      </p>
      <button
        type="submit"
        className={cls('genauth-flow__button', classNames.button)}
        aria-disabled={isPending || undefined}
      >
        {props.submitText}
      </button>
      <div className={cls('genauth-flow__row')}>
        <SendCodeControls
          control={send}
          messages={messages}
          field={null}
          fieldRef={unused}
          invalidMessage={messages.invalidPhone}
          disabled={false}
          unstyled={unstyled}
          classNames={{}}
        />
        {props.onUseAnotherNumber ? (
          <button
            type="button"
            className={cls('genauth-flow__link', classNames.link)}
            onClick={props.onUseAnotherNumber}
          >
            {props.useAnotherNumberText}
          </button>
        ) : null}
      </div>
      <p role="status" className={cls('genauth-visually-hidden')}>
        {isPending ? props.pendingText : ''}
      </p>
    </form>
  );
}
