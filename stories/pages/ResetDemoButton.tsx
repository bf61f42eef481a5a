import { useState } from 'react';
import { useStoryDemo } from '../../.storybook/story-demo.js';
import { usePageText } from './i18n/use-page-text.js';

/** Props of {@link ResetDemoButton}. */
export interface ResetDemoButtonProps {
  /** What to reset. @default the current story's reset (its cooldowns and its mock's memory) */
  reset?: (() => void) | undefined;
}

/**
 * "Reset demo": clears the demo's cooldowns and everything the mock remembers (messages, rate
 * windows, codes, sign-ups), in every tab; says so in a status message. Story scaffolding.
 */
export function ResetDemoButton({ reset }: ResetDemoButtonProps) {
  const demo = useStoryDemo();
  const text = usePageText().outbox;
  const [done, setDone] = useState(false);
  return (
    <div className="auth-device__reset">
      <button
        type="button"
        className="genauth-flow__button genauth-flow__button--secondary"
        onClick={() => {
          (reset ?? demo.reset)();
          setDone(true);
        }}
      >
        {text.resetDemo}
      </button>
      <p role="status" className="auth-device__meta">
        {done ? text.resetDone : ''}
      </p>
    </div>
  );
}
