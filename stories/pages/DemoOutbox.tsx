import { useEffect, useId, useMemo, useState } from 'react';
import { useStoryDemo } from '../../.storybook/story-demo.js';
import type { GenAuthMock, GenAuthMockMessage } from '../../src/mock/index.js';
import { usePageText } from './i18n/use-page-text.js';
import { ResetDemoButton } from './ResetDemoButton.js';

/** Props of {@link DemoOutbox}. */
export interface DemoOutboxProps {
  /** Which messages to show: texts (a "phone", `Phone (demo)`) or emails (an "inbox"). */
  kind: GenAuthMockMessage['type'];
  /**
   * The GenAuth mock whose outbox to show (only its `outbox` and `subscribe` are used).
   * @default the mock the story talks to
   */
  mock?: Pick<GenAuthMock, 'outbox' | 'subscribe'> | undefined;
  /** Ends with the "Reset demo" button (one per page is enough). @default true */
  withReset?: boolean | undefined;
}

function recipientOf(message: GenAuthMockMessage): string {
  return message.type === 'sms'
    ? `${message.phoneCountryCode} ${message.phoneNumber}`
    : message.email;
}

function messagesOf(mock: Pick<GenAuthMock, 'outbox'>, kind: DemoOutboxProps['kind']) {
  // Newest first, like a phone's message list.
  return mock.outbox.filter((message) => message.type === kind).reverse();
}

/**
 * A pretend phone (or inbox) next to a demo page: lists what the GenAuth mock "sent", newest
 * first, so a person trying the story can read the code. It re-renders whenever the mock sends
 * (in another tab too), and ends with the "Reset demo" button. Story scaffolding only: with a
 * real GenAuth app the codes arrive on a real phone.
 */
export function DemoOutbox({ kind, withReset = true, ...props }: DemoOutboxProps) {
  const demo = useStoryDemo();
  const mock = props.mock ?? demo.mock;
  const [messages, setMessages] = useState(() => messagesOf(mock, kind));
  const headingId = useId();
  const text = usePageText();
  const label = kind === 'sms' ? text.outbox.phone : text.outbox.inbox;
  const time = useMemo(
    () => new Intl.DateTimeFormat(text.kit.locale, { timeStyle: 'medium' }),
    [text.kit.locale],
  );

  // Re-read after a "Reset demo" too (`generation`): a reset sends no message to subscribers.
  const { generation } = demo;
  useEffect(() => {
    void generation;
    setMessages(messagesOf(mock, kind));
    return mock.subscribe(() => setMessages(messagesOf(mock, kind)));
  }, [mock, kind, generation]);

  return (
    <aside className="auth-device" aria-label={label}>
      <h2 id={headingId} className="auth-device__title">
        {label}
      </h2>
      {messages.length === 0 ? (
        <p className="auth-device__meta">{text.outbox.empty}</p>
      ) : (
        <ol className="auth-device__list" aria-labelledby={headingId}>
          {messages.map((message) => (
            <li key={message.requestId} className="auth-device__message">
              <p className="auth-device__meta">
                {text.outbox.meta(
                  recipientOf(message),
                  time.format(message.sentAt),
                  message.channel,
                )}
              </p>
              <p className="auth-device__text">
                {text.outbox.codeBefore}
                <span className="auth-device__code">{message.code}</span>
                {text.outbox.codeAfter}
              </p>
            </li>
          ))}
        </ol>
      )}
      {withReset ? <ResetDemoButton /> : null}
    </aside>
  );
}
