'use client';
import { type ReactNode, useRef } from 'react';
import type { MfaStepPanelProps } from './MfaStepPanel.js';
import { loadedMfaStep } from './mfa-step-loader.js';

/**
 * @internal The sign-in flows' `mfa` step: the lazy chunk's ready panel, keyed by attempt so a
 * new attempt starts fresh. Nothing until the chunk is there: the flows enter the step only
 * once it is loaded.
 */
export function LoadedMfaStep(props: MfaStepPanelProps): ReactNode {
  const Panel = loadedMfaStep()?.MfaStepPanel;
  return Panel ? <Panel key={props.session.attempt} {...props} /> : null;
}

/**
 * @internal Whether the card drawn now follows the `mfa` step. That step draws its own card (a
 * lazy chunk), so the card after it is a new mount whose heading must take focus as a step
 * change would.
 */
export function useFocusAfterMfa(step: string): boolean {
  const afterMfa = useRef(false);
  const focusOnMount = afterMfa.current;
  afterMfa.current = step === 'mfa';
  return focusOnMount;
}
