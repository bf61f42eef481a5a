import { createGenAuthClient, type GenAuthClient } from '../src/core/api/client.js';
import { createCooldownStore } from '../src/core/cooldown/store.js';
import { createFlowResumeStore } from '../src/core/flow-resume/store.js';
import { createGenAuthMock } from '../src/mock/index.js';

/** The app host stories talk to when no real GenAuth app is configured. */
export const MOCK_APP_HOST = 'https://demo-app.genauth.test';
/** The host of the persisted demo mock: its own, so both mocks can answer side by side (docs). */
export const DEMO_APP_HOST = 'https://persisted-demo.genauth.test';

const realAppId = import.meta.env.STORYBOOK_GENAUTH_APP_ID as string | undefined;
const realAppHost = import.meta.env.STORYBOOK_GENAUTH_APP_HOST as string | undefined;

/** True when STORYBOOK_GENAUTH_APP_ID and STORYBOOK_GENAUTH_APP_HOST point at a real app. */
export const usesRealGenAuth = Boolean(realAppId && realAppHost);

/**
 * The mock of behaviour checks and of the stories that show one state (a failure, a short
 * cooldown...): memory only, reset before each of those stories (a little latency shows the
 * sending state).
 */
export const storyMock = createGenAuthMock({ appHost: MOCK_APP_HOST, latencyMs: 400 });

/** The demo users who sign in with a password (demo passwords, shown on the stories). */
export const PASSWORD_DEMO_USERS = [
  {
    username: 'fay',
    email: 'fay@example.com',
    password: 'fay-demo-pass',
    phone: '13300133000',
    phoneCountryCode: '+86',
    userId: 'fay',
    mfa: { phone: '13300133000', phoneCountryCode: '+86' },
  },
  { username: 'gus', password: 'gus-demo-pass', userId: 'gus', mfa: {} },
  { username: 'hal', email: 'hal@example.com', password: 'hal-demo-pass', userId: 'hal' },
];

/**
 * The accounts the demo mock knows from the start: Ada (`Pages/PhoneSignIn` signs in with her
 * number, `Pages/ResetPassword` resets her password, `Pages/PhoneSecurity` shows her phone),
 * Bob, whose number another account cannot take, Grace (email only: `Pages/PhoneSecurity`
 * NoPhone), and Cleo and Dan, whom `Pages/DeleteAccount` deletes (by SMS, by email) so that
 * deleting an account in the demo leaves the other pages' users alone.
 */
export const DEMO_USERS = [
  { phone: '13800138000', phoneCountryCode: '+86', email: 'ada@example.com', userId: 'ada' },
  { phone: '13700137000', phoneCountryCode: '+86', userId: 'bob' },
  { email: 'grace@example.com', userId: 'grace' },
  { phone: '13600136000', phoneCountryCode: '+86', email: 'cleo@example.com', userId: 'cleo' },
  { email: 'dan@example.com', userId: 'dan' },
  // Erin turned on two-step verification by SMS (`Pages/SmsMfaSettings` TurnedOn).
  {
    email: 'erin@example.com',
    userId: 'erin',
    mfa: { phone: '13500135000', phoneCountryCode: '+86' },
  },
  // `Pages/PasswordSignIn`: Fay has two-step verification by SMS on her own number (also
  // `Pages/PhoneSignIn` SecondFactor), Gus has it on with no number yet, Hal has it off.
  ...PASSWORD_DEMO_USERS,
];

/** Storage keys of the persisted demo, to tell them apart from an app's own. */
export const DEMO_MOCK_KEY = 'genauth-sms-storybook:demo-mock';
export const DEMO_COOLDOWN_NAMESPACE = 'genauth-sms-storybook-demo';

const browser = typeof window === 'undefined' ? undefined : window;
/** localStorage, or nothing where reading it throws (storage disabled): the demo stays in memory. */
function demoStorage(): Storage | undefined {
  try {
    return browser?.localStorage;
  } catch {
    return undefined;
  }
}
const storage = demoStorage();

/**
 * The mock behind the flagship stories (`Components/SendCodeButton` → Default, every `Pages/*`
 * story): its whole state lives in localStorage, like a server shared by every tab, and is never
 * reset when a story opens. localStorage rather than sessionStorage because a second tab opened
 * from the address bar gets a fresh sessionStorage and would accept a second SMS within the
 * minute; the mock's own expiry (1 h without a change) stands in for "this browser session".
 */
export const demoMock = createGenAuthMock({
  appHost: DEMO_APP_HOST,
  latencyMs: 400,
  users: DEMO_USERS,
  persist: storage ? { storage, key: DEMO_MOCK_KEY, storageEvents: browser } : undefined,
});

/** The persisted, cross-tab cooldown store of the flagship stories (its own namespace). */
export const demoCooldownStore = createCooldownStore({ namespace: DEMO_COOLDOWN_NAMESPACE });

/** Where the persisted demo's flows remember their code step (localStorage, every tab). */
export const demoResumeStore = createFlowResumeStore({
  namespace: 'genauth-sms-storybook-demo:resume',
});

/** Tells every tab of the demo that it was reset, so that open flows start over. */
const RESET_CHANNEL = 'genauth-sms-storybook-demo:reset';

/**
 * "Reset demo": clears the demo's cooldowns, code steps and the demo mock's memory, in every
 * tab, and tells the other tabs (their flows go back to their first step).
 */
export function resetDemo(): void {
  demoCooldownStore.clearAll();
  demoResumeStore.clearAll();
  demoMock.reset();
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(RESET_CHANNEL);
    channel.postMessage('reset');
    channel.close();
  }
}

/**
 * Calls `onReset` when another tab resets the demo; returns the unsubscribe function. This tab
 * forgets its code steps first: the message can arrive before the other tab's localStorage
 * removals reach this tab's copy, and a flow restarted on the old copy would resume.
 */
export function onDemoResetElsewhere(onReset: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(RESET_CHANNEL);
  channel.onmessage = () => {
    demoResumeStore.clearAll();
    onReset();
  };
  return () => channel.close();
}

const realClient = usesRealGenAuth
  ? createGenAuthClient({ appId: realAppId ?? '', appHost: realAppHost ?? '' })
  : undefined;

/** The client stories use: the real app when configured, else {@link storyMock}. */
export const storyClient: GenAuthClient =
  realClient ?? createGenAuthClient({ appId: 'demo-app-id', appHost: MOCK_APP_HOST });

/** The client of the flagship stories: the real app when configured, else {@link demoMock}. */
export const demoClient: GenAuthClient =
  realClient ?? createGenAuthClient({ appId: 'demo-app-id', appHost: DEMO_APP_HOST });
