'use client';
import type { ReactNode } from 'react';
import type { UseSendCodeResult } from '../hooks/useCodeSendControl.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { kitClassNames } from './join-class-names.js';
import type {
  SendCodeButtonClassNames,
  SendCodeButtonRenderState,
} from './send-code-button-props.js';

/** @internal Props of {@link SendCodeControls}. */
export interface SendCodeControlsProps {
  /** The control's state and actions. */
  control: UseSendCodeResult;
  /** Texts. */
  messages: GenAuthMessages;
  /** True when the whole control is disabled by the page. */
  disabled: boolean;
  /** Called on a click while the recipient is invalid (to move focus to its field). */
  onInvalid?: (() => void) | undefined;
  /** Extra text for the alert (e.g. an invalid hidden recipient). */
  extraError?: string | null | undefined;
  /** Id of the alert element. */
  errorId: string;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Classes of the parts. */
  classNames: SendCodeButtonClassNames;
  /** Custom button content. */
  children?: ((render: SendCodeButtonRenderState) => ReactNode) | undefined;
}

/**
 * @internal The send button, its live status and its error alert: the part every send-code
 * control shares, whatever the code travels by.
 */
export function SendCodeControls({
  control,
  messages,
  disabled,
  onInvalid,
  extraError,
  errorId,
  unstyled,
  classNames,
  children,
}: SendCodeControlsProps): ReactNode {
  const { state, remainingSeconds, hasSent, errorMessage, announcement } = control;
  const isBusy = disabled || state === 'sending' || state === 'cooldown';
  const alertText = errorMessage ?? extraError ?? null;
  const cls = kitClassNames(unstyled);

  const onClick = () => {
    if (isBusy) return;
    if (!control.isRecipientValid) onInvalid?.();
    control.send();
  };

  return (
    <>
      <button
        type="button"
        className={cls('genauth-send-code__button', classNames.button)}
        data-state={state}
        // aria-disabled, not disabled: the button keeps focus and still says why it waits.
        aria-disabled={isBusy || undefined}
        aria-describedby={alertText ? errorId : undefined}
        onClick={onClick}
      >
        {children ? (
          children({ state, remainingSeconds, hasSent })
        ) : (
          <>
            <span className={cls('genauth-send-code__label')}>
              {hasSent ? messages.resendCode : messages.sendCode}
            </span>
            {state === 'sending' ? (
              <span aria-hidden="true" className={cls('genauth-send-code__spinner')} />
            ) : null}
            {state === 'cooldown' ? (
              // Hidden from the accessible name, which must not change every second.
              <span
                aria-hidden="true"
                className={cls('genauth-send-code__countdown', classNames.countdown)}
              >
                {messages.countdown(remainingSeconds)}
              </span>
            ) : null}
          </>
        )}
      </button>
      <span
        role="status"
        className={cls('genauth-send-code__status genauth-visually-hidden', classNames.status)}
      >
        {announcement}
      </span>
      <p id={errorId} role="alert" className={cls('genauth-send-code__error', classNames.error)}>
        {alertText}
      </p>
    </>
  );
}
