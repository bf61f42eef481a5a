import { createContext, useContext } from 'react';
import type { GenAuthClient } from '../core/client.js';
import type { CooldownStore } from '../core/cooldown-store.js';

/** What `<GenAuthProvider>` shares with the hooks and components below it. */
export interface GenAuthContextValue {
  /** The client requests go through. */
  client: GenAuthClient;
  /** Where cooldown deadlines live (persisted and shared across tabs by default). */
  cooldownStore: CooldownStore;
}

/** @internal React context behind `<GenAuthProvider>`. */
export const GenAuthContext = createContext<GenAuthContextValue | null>(null);

/** @internal The provider's value, or `null` outside a `<GenAuthProvider>`. */
export function useGenAuthContext(): GenAuthContextValue | null {
  return useContext(GenAuthContext);
}
