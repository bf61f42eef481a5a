import type { ReactNode } from 'react';
import { type StoryDemo, useStoryDemo } from '../../.storybook/story-demo.js';
import type { GenAuthMockMessage } from '../../src/mock/index.js';
import { DemoOutbox } from './DemoOutbox.js';

/** Props of {@link FlowDemo}. */
export interface FlowDemoProps {
  /** The flow, given the story's demo (its resume store; `key` it on `generation`). */
  children: (demo: StoryDemo) => ReactNode;
  /** What the pretend device shows. @default 'sms' */
  kind?: GenAuthMockMessage['type'];
}

/**
 * Story scaffolding around an exported flow: the flow and the demo phone (or inbox) side by
 * side. The flow gets the story's resume store and remounts when the demo is reset (here or in
 * another tab), so "Reset demo" starts it over.
 */
export function FlowDemo({ children, kind = 'sms' }: FlowDemoProps) {
  const demo = useStoryDemo();
  return (
    <div className="auth-demo">
      {children(demo)}
      <DemoOutbox kind={kind} />
    </div>
  );
}
