'use client';
import type { CodeSelection } from '../hooks/useVerificationCode.js';
import { dataFlag, kitClassNames } from './join-class-names.js';

/** @internal Props of {@link CodeBoxes}. */
export interface CodeBoxesProps {
  /** Number of boxes. */
  length: number;
  /** Digits to draw, one per box. */
  digits: string;
  /** The input's selection, in digits. */
  selection: CodeSelection;
  /** The input has focus: show the active box and the caret. */
  isFocused: boolean;
  /** Drop the kit's classes. */
  unstyled: boolean;
  /** Extra classes of the row, of each box and of the caret. */
  classNames: { boxes?: string | undefined; box?: string | undefined; caret?: string | undefined };
}

/**
 * @internal The picture of the code: one box per digit, mirroring the real input that lies on
 * top of it. Hidden from assistive technology, which reads the input itself.
 */
export function CodeBoxes(props: CodeBoxesProps) {
  const { length, digits, selection, isFocused, unstyled, classNames } = props;
  const isCollapsed = selection.start === selection.end;
  // With the code complete the caret sits after the last digit: keep the last box active.
  const activeIndex = isFocused && isCollapsed ? Math.min(selection.start, length - 1) : -1;
  const cls = kitClassNames(unstyled);

  return (
    <div aria-hidden="true" className={cls('genauth-code-input__boxes', classNames.boxes)}>
      {Array.from({ length }, (_, index) => {
        const digit = digits[index];
        const isActive = index === activeIndex;
        const isSelected =
          isFocused && !isCollapsed && index >= selection.start && index < selection.end;
        return (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed positions, never reordered.
            key={index}
            className={cls('genauth-code-input__box', classNames.box)}
            data-filled={dataFlag(digit !== undefined)}
            data-active={dataFlag(isActive)}
            data-selected={dataFlag(isSelected)}
          >
            {digit}
            {isActive && digit === undefined ? (
              <span className={cls('genauth-code-input__caret', classNames.caret)} />
            ) : null}
          </span>
        );
      })}
    </div>
  );
}
