'use client';
import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { joinClassNames, kitClassNames } from '../../components/join-class-names.js';
import type { FlowComponentProps } from './flow-props.js';

/** @internal Props of {@link FlowCard}. */
export interface FlowCardProps extends FlowComponentProps {
  /** The current step, as `data-step`; a change moves focus to the new heading. */
  step: string;
  /** The heading of the current step. */
  heading: ReactNode;
  /** The step's content. */
  children: ReactNode;
  /** Focus the heading when the card mounts too (a step drawn by a lazily loaded chunk). */
  focusOnMount?: boolean | undefined;
}

/**
 * @internal Moves focus to `ref` whenever `step` changes after the first render: the new
 * heading is what a screen reader should read, and what the next Tab starts from (focus never
 * falls to `<body>` when the old step's button disappears).
 */
export function useStepFocus(
  step: string,
  focusOnMount = false,
): RefObject<HTMLHeadingElement | null> {
  const ref = useRef<HTMLHeadingElement | null>(null);
  const shown = useRef(focusOnMount ? null : step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    ref.current?.focus();
  }, [step]);
  return ref;
}

/** @internal The card every ready flow renders: header slot, focusable heading, footer slot. */
export function FlowCard(props: FlowCardProps): ReactNode {
  const { step, heading, header, footer, classNames = {}, unstyled = false, children } = props;
  const headingId = useId();
  const headingRef = useStepFocus(step, props.focusOnMount);
  const cls = kitClassNames(unstyled);
  return (
    <section
      className={cls('genauth-flow', joinClassNames(props.className, classNames.root))}
      aria-labelledby={headingId}
      data-step={step}
    >
      {header}
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        className={cls('genauth-flow__title', classNames.title)}
      >
        {heading}
      </h2>
      {children}
      {footer}
    </section>
  );
}
