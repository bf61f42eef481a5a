import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CooldownStore } from '../../src/core/cooldown/store.js';
import { createGenAuthClient, type GenAuthClient } from '../../src/core/index.js';
import { GenAuthProvider } from '../../src/hooks/GenAuthProvider.js';
import { fakeClock, isolatedStore } from './cooldown-fakes.js';
import { fakeFetch } from './fake-fetch.js';

/** A resolvable promise, to hold a request in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A provider over a fake fetch and an in-memory store with a manual clock. */
export function kitHarness(respond?: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(respond);
  const clock = fakeClock();
  const client: GenAuthClient = createGenAuthClient({
    appId: 'app',
    appHost: 'x.genauth.ai',
    fetch: fake.fetch,
  });
  const store: CooldownStore = isolatedStore({ now: clock.now });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <GenAuthProvider client={client} cooldownStore={store}>
      {children}
    </GenAuthProvider>
  );
  return { ...fake, clock, client, store, wrapper };
}

/** Wraps in an app-owned QueryClientProvider, as an app that already uses TanStack Query does. */
export function withOuterQueryClient(
  queryClient: QueryClient,
  inner: (p: { children: ReactNode }) => ReactNode,
) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{inner({ children })}</QueryClientProvider>
  );
}
