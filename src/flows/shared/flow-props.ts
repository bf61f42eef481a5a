import type { ReactNode } from 'react';

/** Class names of a ready flow's parts (on top of, or instead of with `unstyled`, the kit's). */
export interface FlowClassNames {
  /** The card (same as `className`). */
  root?: string;
  /** The step's heading. */
  title?: string;
  /** The line under the heading. */
  lead?: string;
  /** Each step's form. */
  form?: string;
  /** The main button of a step. */
  button?: string;
  /** Secondary buttons (back, cancel, use another number). */
  secondaryButton?: string;
  /** Link-like buttons ("I have a code"). */
  link?: string;
  /** Error messages of the flow itself. */
  error?: string;
}

/** Props every ready flow takes, whatever it does. */
export interface FlowComponentProps {
  /** Replaces the heading of the first step. */
  title?: ReactNode;
  /** Above the heading (a logo, a step indicator). */
  header?: ReactNode;
  /** Under the form, on every step (links to other flows: "Forgot password?", "Create an account"). */
  footer?: ReactNode;
  /** Class of the card. */
  className?: string | undefined;
  /** Classes of the parts. */
  classNames?: FlowClassNames | undefined;
  /** Drop the kit's classes (style with `classNames` and `data-step`). @default false */
  unstyled?: boolean | undefined;
}
