import { createGenAuthClient, type GenAuthClient } from '../src/core/api/client.js';
import { createGenAuthMock } from '../src/mock/index.js';

/** The app host stories talk to when no real GenAuth app is configured. */
export const MOCK_APP_HOST = 'https://demo-app.genauth.test';

const realAppId = import.meta.env.STORYBOOK_GENAUTH_APP_ID as string | undefined;
const realAppHost = import.meta.env.STORYBOOK_GENAUTH_APP_HOST as string | undefined;

/** True when STORYBOOK_GENAUTH_APP_ID and STORYBOOK_GENAUTH_APP_HOST point at a real app. */
export const usesRealGenAuth = Boolean(realAppId && realAppHost);

/** The GenAuth mock every story talks to by default (a little latency shows the sending state). */
export const storyMock = createGenAuthMock({ latencyMs: 400 });

/** The client stories use: the real app when configured, else the mock. */
export const storyClient: GenAuthClient = usesRealGenAuth
  ? createGenAuthClient({ appId: realAppId ?? '', appHost: realAppHost ?? '' })
  : createGenAuthClient({ appId: 'demo-app-id', appHost: MOCK_APP_HOST });
