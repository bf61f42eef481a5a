import { useEffect, useId, useState } from 'react';
import type { GenAuthMock, GenAuthMockMessage } from '../../src/mock/index.js';

/** Props of {@link DemoOutbox}. */
export interface DemoOutboxProps {
  /** The GenAuth mock whose outbox to show (only its `outbox` and `subscribe` are used). */
  mock: Pick<GenAuthMock, 'outbox' | 'subscribe'>;
  /** Which messages to show: texts (a "phone") or emails (an "inbox"). */
  kind: GenAuthMockMessage['type'];
  /** Name of the landmark and its heading, e.g. `Phone (demo)`. */
  label: string;
}

const time = new Intl.DateTimeFormat('en-US', { timeStyle: 'medium' });

function recipientOf(message: GenAuthMockMessage): string {
  return message.type === 'sms'
    ? `${message.phoneCountryCode} ${message.phoneNumber}`
    : message.email;
}

function messagesOf(mock: DemoOutboxProps['mock'], kind: DemoOutboxProps['kind']) {
  // Newest first, like a phone's message list.
  return mock.outbox.filter((message) => message.type === kind).reverse();
}

/**
 * A pretend phone (or inbox) next to a demo page: lists what the GenAuth mock "sent", newest
 * first, so a person trying the story can read the code. It re-renders whenever the mock sends.
 * Story scaffolding only: with a real GenAuth app the codes arrive on a real phone.
 */
export function DemoOutbox({ mock, kind, label }: DemoOutboxProps) {
  const [messages, setMessages] = useState(() => messagesOf(mock, kind));
  const headingId = useId();

  useEffect(() => {
    setMessages(messagesOf(mock, kind));
    return mock.subscribe(() => setMessages(messagesOf(mock, kind)));
  }, [mock, kind]);

  return (
    <aside className="auth-device" aria-label={label}>
      <h2 id={headingId} className="auth-device__title">
        {label}
      </h2>
      {messages.length === 0 ? (
        <p className="auth-device__meta">Nothing received yet.</p>
      ) : (
        <ol className="auth-device__list" aria-labelledby={headingId}>
          {messages.map((message) => (
            <li key={message.requestId} className="auth-device__message">
              <p className="auth-device__meta">
                To {recipientOf(message)} · {time.format(message.sentAt)} · {message.channel}
              </p>
              <p className="auth-device__text">
                Your GenAuth verification code is{' '}
                <span className="auth-device__code">{message.code}</span>.
              </p>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
