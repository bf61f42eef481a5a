'use client';
import { type KeyboardEvent, type ReactNode, type RefObject, useId, useRef } from 'react';
import { preloadSendPath } from '../core/send-path/load-send-path.js';
import { useClientLayoutEffect } from '../hooks/useClientLayoutEffect.js';
import type { SendCodeControl } from '../hooks/useCodeSendControl.js';
import type { SendCodeMessages } from '../i18n/messages.js';
import { CooldownCountdown } from './CooldownCountdown.js';
import { dataFlag, joinClassNames, kitClassNames } from './join-class-names.js';
import type {
  SendCodeButtonClassNames,
  SendCodeButtonRenderState,
} from './send-code-button-props.js';

/** @internal Props of {@link SendCodeControls}. */
export interface SendCodeControlsProps {
  /** The control's state and actions (the seconds are followed by a leaf of their own). */
  control: SendCodeControl;
  /** Texts. */
  messages: Pick<SendCodeMessages, 'sendCode' | 'resendCode' | 'countdown'>;
  /** The recipient's field (phone or email input), or `null` when it is hidden. */
  field: ReactNode;
  /** The field's `<input>`, focused when a click finds the recipient invalid. */
  fieldRef: RefObject<HTMLInputElement | null>;
  /** Shown in the alert when the recipient is invalid and its field is hidden. */
  invalidMessage: string;
  /** True when the whole control is disabled by the page. */
  disabled: boolean;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Class of the wrapper. */
  className?: string | undefined;
  /** Classes of the parts. */
  classNames: SendCodeButtonClassNames;
  /** Custom button content. */
  children?: ((render: SendCodeButtonRenderState) => ReactNode) | undefined;
}

/**
 * @internal The shell every send-code control shares, whatever the code travels by: the
 * wrapper with its `data-state`, the recipient's field, the send button, its live status and
 * its error alert.
 */
export function SendCodeControls({
  control,
  messages,
  field,
  fieldRef,
  invalidMessage,
  disabled,
  unstyled,
  className,
  classNames,
  children,
}: SendCodeControlsProps): ReactNode {
  const { state, hasSent, errorMessage, announcement, cooldownKey, cooldownStore } = control;
  const errorId = `${useId()}-error`;
  const isBusy = disabled || state === 'sending' || state === 'cooldown';
  const hiddenFieldError = field === null && state === 'invalid' ? invalidMessage : null;
  const alertText = errorMessage ?? hiddenFieldError;
  const cls = kitClassNames(unstyled);
  const buttonRef = useRef<HTMLButtonElement | null>(null);

  // Disabled by the page while its field has the focus: a disabled input cannot keep it, and
  // the browser would drop it to <body>, throwing a keyboard or screen-reader user to the top
  // of the page. The button stays focusable (aria-disabled) and says what is paused: the focus
  // goes there, in the commit that disabled the field (Chromium drops it at its next style
  // update, so this is in time). No dependency list: while disabled, the field cannot take the
  // focus again, so this acts once, and a list would cost bytes of the login-button budget.
  useClientLayoutEffect(() => {
    if (disabled && document.activeElement === fieldRef.current) buttonRef.current?.focus();
  });

  const onClick = () => {
    if (isBusy) return;
    if (!control.isRecipientValid) fieldRef.current?.focus();
    control.send();
  };

  // Enter in the field does what the button would when sending is the next step: a valid
  // recipient, no cooldown, nothing on its way. Then the Enter is this control's: not the
  // surrounding form's (preventDefault stops the browser's implicit submit of a host <form>),
  // nor a host's own Enter handler's (a flow's form, which would send again). While sending, a
  // second Enter (or a held key) does nothing at all: the click's guard and the send's single
  // flight see to that. Otherwise (an incomplete number, a cooldown) the page's own Enter
  // stands: a flow's next step, a host form's main action. Never the Enter that ends an IME
  // composition (Japanese, Chinese input), as in the country selector.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (
      event.key === 'Enter' &&
      event.target === fieldRef.current &&
      !event.nativeEvent.isComposing &&
      (isBusy ? state === 'sending' : control.isRecipientValid)
    ) {
      event.preventDefault();
      event.stopPropagation();
      onClick();
    }
  };

  return (
    // The wrapper only hears Enter bubbling from the field, which is focusable on its own.
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction target itself
    <div
      className={cls('genauth-send-code', joinClassNames(className, classNames.root))}
      data-state={state}
      data-disabled={dataFlag(disabled)}
      onKeyDown={onKeyDown}
    >
      {field}
      <button
        ref={buttonRef}
        type="button"
        className={cls('genauth-send-code__button', classNames.button)}
        data-state={state}
        // aria-disabled, not disabled: the button keeps focus and still says why it waits.
        aria-disabled={isBusy || undefined}
        aria-describedby={alertText ? errorId : undefined}
        onClick={onClick}
        // The sending code loads on the first send; a pointer over the button or focus on it
        // says a click is coming, so start loading it then (never merely for a valid number).
        onPointerEnter={preloadSendPath}
        onFocus={preloadSendPath}
      >
        {children ? (
          <CooldownCountdown cooldownKey={cooldownKey} store={cooldownStore}>
            {(remainingSeconds) => children({ state, remainingSeconds, hasSent })}
          </CooldownCountdown>
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
                <CooldownCountdown cooldownKey={cooldownKey} store={cooldownStore}>
                  {(remainingSeconds) => messages.countdown(remainingSeconds)}
                </CooldownCountdown>
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
    </div>
  );
}
