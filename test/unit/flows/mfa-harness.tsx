import { dehydrate, QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createGenAuthClient } from '../../../src/core/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { domHolds } from '../../helpers/dom-secrets.js';
import type { flowHarness } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';

/** Renders a sign-in flow with a query client the test can read (mutation cache, dehydrate). */
export function renderWithCache(
  harness: ReturnType<typeof flowHarness>,
  ui: ReactElement,
  browser = harness.browser(),
) {
  const queryClient = new QueryClient();
  const client = createGenAuthClient({ appId: APP_ID, appHost: HOST });
  const user = userEvent.setup();
  const view = render(
    <GenAuthProvider
      client={client}
      cooldownStore={browser.cooldownStore}
      queryClient={queryClient}
    >
      {ui}
    </GenAuthProvider>,
  );
  return { user, queryClient, browser, ...view };
}

/** Records the `authorization` header of every V2 MFA request: the MFA token, as sent. */
export function mfaTokensSent(harness: ReturnType<typeof flowHarness>) {
  const tokens: string[] = [];
  const verifies: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (!request.url.includes('/api/v2/applications/mfa/')) return;
    tokens.push((request.headers.get('authorization') ?? '').replace(/^Bearer /, ''));
    if (request.url.endsWith('/sms/verify')) verifies.push(request.url);
  });
  return { tokens, verifies };
}

/** True when `secret` is anywhere a persister, devtools or a DOM snapshot could read it. */
export function secretLeaks(queryClient: QueryClient, secret: string): string[] {
  const places: string[] = [];
  const mutations = queryClient.getMutationCache().getAll();
  const inMutation = mutations.some((m) => {
    const error = m.state.error as { mfaToken?: unknown } | null;
    return (
      error?.mfaToken === secret ||
      JSON.stringify([m.state.variables, m.state.data, m.options]).includes(secret)
    );
  });
  if (inMutation) places.push('mutation cache');
  if (
    JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state),
    ).includes(secret)
  ) {
    places.push('query cache');
  }
  const dehydrated = JSON.stringify([
    dehydrate(queryClient, { shouldDehydrateMutation: () => true }),
    dehydrate(queryClient),
  ]);
  if (dehydrated.includes(secret)) places.push('dehydrate()');
  if (
    document.documentElement.outerHTML.includes(secret) ||
    domHolds(document.documentElement, secret)
  ) {
    places.push('DOM');
  }
  return places;
}

export const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
export const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
