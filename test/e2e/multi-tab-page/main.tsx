// The page the multi-tab test opens in several tabs: one <SendCodeButton> per `phone` query
// parameter, each in its own <GenAuthProvider>, talking to the test's server on this origin.
// `?stores=own` gives every provider its own cooldown store (two stores on one page);
// `?timeoutMs=` sets the client's timeout.
import { createRoot } from 'react-dom/client';
import {
  cooldownKey,
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  getDefaultCooldownStore,
  SendCodeButton,
} from '../../../src/index.js';

const params = new URLSearchParams(location.search);
const phones = params.getAll('phone');
const stores = phones.map(() =>
  params.get('stores') === 'own' ? createCooldownStore() : getDefaultCooldownStore(),
);
// `?timeoutMs=` sets the client's timeout (the slow-send test allows 30 s, as an app may).
const timeoutMs = params.has('timeoutMs') ? Number(params.get('timeoutMs')) : undefined;
const client = createGenAuthClient({ appId: 'multi-tab', appHost: location.origin, timeoutMs });

/** What the Node side drives: clicks at an agreed instant, and reads cooldowns. */
const driver = {
  /**
   * Clicks every send button of the page once the wall clock reaches `at` (epoch ms); resolves
   * with the wall-clock time of the first click (later than `at` when the order came late).
   */
  clickAt(at: number): Promise<number> {
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.genauth-send-code__button')];
    return new Promise((resolve) => {
      const fire = () => {
        // Spin the last milliseconds: a timer alone fires up to a few ms late.
        while (Date.now() < at) {
          // busy wait
        }
        const clickedAt = Date.now();
        for (const button of buttons) button.click();
        resolve(clickedAt);
      };
      setTimeout(fire, Math.max(0, at - Date.now() - 5));
    });
  },
  /** `data-state` of every control on the page. */
  states(): string[] {
    return [...document.querySelectorAll<HTMLElement>('.genauth-send-code')].map(
      (root) => root.dataset.state ?? '',
    );
  },
  /** What this page's default store says is left for a number. */
  remainingMs(phone: string): number {
    return getDefaultCooldownStore().remainingMs(cooldownKey('CHANNEL_LOGIN', phone));
  },
};
Object.assign(window, { multiTab: driver });

createRoot(document.getElementById('root') as HTMLElement).render(
  phones.map((phone, index) => (
    <GenAuthProvider key={phone + String(index)} client={client} cooldownStore={stores[index]}>
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone={phone} hidePhoneInput />
    </GenAuthProvider>
  )),
);
document.body.dataset.ready = 'true';
