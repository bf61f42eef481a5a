'use client';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useContext, useMemo, useRef } from 'react';
import type { AccessTokenSource } from '../core/api/access-token.js';
import {
  createGenAuthTransport,
  type GenAuthTransport,
  type HeaderPrefix,
} from '../core/api/transport.js';
import { type CooldownStore, getDefaultCooldownStore } from '../core/cooldown/store.js';
import type { GenAuthFlowMessages } from '../i18n/flow-messages.js';
import type { GenAuthMessages } from '../i18n/messages.js';
import { GenAuthContext, type GenAuthContextValue, useGenAuthContext } from './context.js';

/** Props of {@link GenAuthProvider}: pass a `client`, or `appId` + `appHost` to build one. */
export interface GenAuthProviderProps {
  /** A ready client from `createGenAuthClient` (or a transport); wins over `appId`/`appHost`. */
  client?: GenAuthTransport | undefined;
  /** Your GenAuth App ID, used when no `client` is given. */
  appId?: string | undefined;
  /** Your GenAuth app host, used when no `client` is given. */
  appHost?: string | undefined;
  /** Header prefix for a built client. @default 'x-genauth' */
  headerPrefix?: HeaderPrefix | undefined;
  /** `{prefix}-lang` for a built client, so server messages come localised. */
  lang?: string | undefined;
  /**
   * Your user pool's ID for a built client: sent as `{prefix}-userpool-id` on the V2 MFA calls
   * only, as GenAuth's MFA component sends it. @default undefined
   */
  userPoolId?: string | undefined;
  /**
   * The signed-in user's access token for a built client: a string, or a function returning
   * the current one (`null` when signed out; may be async). The latest prop is read at every
   * call, so a new token needs no new client. Needed by the account-security hooks
   * (`useBindPhone`, `useUnbindPhone`, `useUpdatePhone`, `useDeleteAccount`). With `client`, set
   * the client's own `accessToken` instead. @default undefined
   */
  accessToken?: AccessTokenSource;
  /**
   * Where cooldowns live. Defaults to an enclosing provider's store when it serves the same app
   * (app host and App ID), else this app's default store (localStorage, shared across tabs,
   * one per app: GenAuth limits sends per app, so two apps on one origin never hold each other
   * back); pass `createCooldownStore({ storage: null })` for memory only.
   */
  cooldownStore?: CooldownStore | undefined;
  /**
   * The catalogue every kit component below speaks, e.g. `zhCN` from
   * `genauth-sms-react/locales/zh-CN`. Components' own `messages` go on top.
   * @default an enclosing provider's catalogue, else enUS (built in)
   */
  messages?: GenAuthMessages | undefined;
  /**
   * The catalogue the ready flows (`<PhoneSignIn>` and the others from
   * `genauth-sms-react/flows`) speak, e.g. `zhCNFlows` from `genauth-sms-react/flows/locales/zh-CN`.
   * Give it with the matching `messages`.
   * @default an enclosing provider's, else the flows' built-in English
   */
  flowMessages?: GenAuthFlowMessages | undefined;
  /** The TanStack Query client to use when the app has no `QueryClientProvider` of its own. */
  queryClient?: QueryClient | undefined;
  /** Your login page. */
  children?: ReactNode;
}

function createKitQueryClient(): QueryClient {
  // Sending a code is not idempotent: never retry behind the user's back.
  return new QueryClient({ defaultOptions: { mutations: { retry: false } } });
}

/**
 * Gives the kit's hooks and components a GenAuth client and a cooldown store. Works inside an
 * existing `QueryClientProvider`, and supplies one only when there is none.
 *
 * @example
 * <GenAuthProvider appId="YOUR_APP_ID" appHost="https://my-app.genauth.ai">
 *   <SendCodeButton channel="CHANNEL_LOGIN" />
 * </GenAuthProvider>
 */
export function GenAuthProvider({
  client,
  appId,
  appHost,
  headerPrefix,
  lang,
  userPoolId,
  accessToken,
  cooldownStore,
  messages,
  flowMessages,
  queryClient,
  children,
}: GenAuthProviderProps): ReactNode {
  // The transport reads the latest prop through this ref, per call: a refreshed token (or a
  // new function) never rebuilds the client; only the current prop is held.
  const tokenProp = useRef(accessToken);
  tokenProp.current = accessToken;
  const resolvedClient = useMemo(() => {
    if (client) return client;
    // Missing or bad values throw the client's typed GenAuthInputError, naming the field.
    return createGenAuthTransport({
      appId: appId ?? '',
      appHost: appHost ?? '',
      headerPrefix,
      lang,
      userPoolId,
      accessToken: () => {
        const source = tokenProp.current;
        return typeof source === 'function' ? source() : source;
      },
    });
  }, [client, appId, appHost, headerPrefix, lang, userPoolId]);
  // A provider nested in another (say, a signed-in area with its own accessToken) keeps the
  // outer one's cooldowns and catalogue unless it sets its own; cooldowns only while it talks
  // to the same app, since another app's users are limited apart.
  const outer = useGenAuthContext();
  const outerStore =
    outer &&
    outer.client.appId === resolvedClient.appId &&
    outer.client.appHost === resolvedClient.appHost
      ? outer.cooldownStore
      : undefined;
  const store = useMemo(
    () => cooldownStore ?? outerStore ?? getDefaultCooldownStore(resolvedClient),
    [cooldownStore, outerStore, resolvedClient],
  );
  const catalogue = messages ?? outer?.messages;
  const flowCatalogue = flowMessages ?? outer?.flowMessages;
  const value = useMemo<GenAuthContextValue>(
    () => ({
      client: resolvedClient,
      cooldownStore: store,
      messages: catalogue,
      flowMessages: flowCatalogue,
    }),
    [resolvedClient, store, catalogue, flowCatalogue],
  );

  const outerQueryClient = useContext(QueryClientContext);
  // Created only when it will be used: inside the app's own QueryClientProvider it never is.
  const ownQueryClient = useRef<QueryClient | null>(null);
  const content = <GenAuthContext.Provider value={value}>{children}</GenAuthContext.Provider>;
  if (outerQueryClient && !queryClient) return content;
  ownQueryClient.current ??= queryClient ?? createKitQueryClient();
  return <QueryClientProvider client={ownQueryClient.current}>{content}</QueryClientProvider>;
}
