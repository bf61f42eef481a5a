import { createContext, useContext } from 'react';
import type { GenAuthTransport } from '../core/api/transport.js';
import { type CooldownStore, getDefaultCooldownStore } from '../core/cooldown/store.js';
import type { GenAuthFlowMessages } from '../i18n/flow-messages.js';
import { type GenAuthMessages, mergeMessages } from '../i18n/messages.js';

/** What `<GenAuthProvider>` shares with the hooks and components below it. */
export interface GenAuthContextValue {
  /** The client requests go through. */
  client: GenAuthTransport;
  /** Where cooldown deadlines live (persisted and shared across tabs by default). */
  cooldownStore: CooldownStore;
  /** The catalogue the kit speaks below the provider (en-US when none was given). */
  messages?: GenAuthMessages | undefined;
  /** The catalogue the flows (`genauth-sms-react/flows`) speak below the provider. */
  flowMessages?: GenAuthFlowMessages | undefined;
}

/** @internal React context behind `<GenAuthProvider>`. */
export const GenAuthContext = createContext<GenAuthContextValue | null>(null);

/** @internal The provider's value, or `null` outside a `<GenAuthProvider>`. */
export function useGenAuthContext(): GenAuthContextValue | null {
  return useContext(GenAuthContext);
}

/** @internal The client a hook uses: its own option, else the provider's (or none yet). */
export function useKitClient(option: GenAuthTransport | undefined): GenAuthTransport | undefined {
  const context = useGenAuthContext();
  return option ?? context?.client;
}

/** @internal The cooldown store a hook uses: its option, the provider's, or the page-wide one. */
export function useKitCooldownStore(option: CooldownStore | undefined): CooldownStore {
  const context = useGenAuthContext();
  return option ?? context?.cooldownStore ?? getDefaultCooldownStore();
}

/**
 * @internal The client, or a clear error when there is none: thrown when a request is made,
 * not at render, so a page can render before its provider is configured.
 */
export function requireClient(client: GenAuthTransport | undefined): GenAuthTransport {
  if (!client) throw new Error('No GenAuth client: wrap in <GenAuthProvider> or pass `client`');
  return client;
}

/**
 * @internal The texts a component shows: the provider's catalogue, else the component's own
 * part of the built-in English (`builtIn`), with the component's `messages` prop on top (a
 * whole catalogue, `zhCN`, is valid). Each component names only its own part, so a page
 * bundles only the English it can show.
 */
export function useKitMessages<Part extends Partial<GenAuthMessages>>(
  overrides: Partial<GenAuthMessages> | undefined,
  builtIn: Part,
): Part {
  // A whole catalogue holds every part's keys.
  const catalogue = useGenAuthContext()?.messages as Part | undefined;
  return mergeMessages(catalogue ?? builtIn, overrides);
}
