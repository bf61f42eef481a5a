// The page `npm run bench` opens in Chromium (scripts/storage-bench.mjs): `?countdowns=N`
// send-code buttons cooling down over the real localStorage, which also holds `?foreign=`
// items of other scripts (default 20). The store reads localStorage through a Proxy that
// counts every property it reads (`length`, `key`, `getItem`, ...), so the figures are what
// the browser's storage is asked, in the tasks and microtasks a browser really runs.
import { createRoot } from 'react-dom/client';
import {
  type CooldownStorage,
  cooldownKey,
  createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
} from '../../src/index.js';

const params = new URLSearchParams(location.search);
const countdowns = Number(params.get('countdowns') ?? 1);
const foreign = Number(params.get('foreign') ?? 20);

localStorage.clear();
for (let i = 0; i < foreign; i += 1) localStorage.setItem(`app-item-${i}`, 'x');

let calls = 0;
const counted = new Proxy(localStorage, {
  get(target, name) {
    calls += 1;
    const value: unknown = Reflect.get(target, name);
    return typeof value === 'function' ? value.bind(target) : value;
  },
}) as CooldownStorage;
const store = createCooldownStore({ storage: counted });

const phones = Array.from(
  { length: countdowns },
  (_, i) => `+86138001380${String(i).padStart(2, '0')}`,
);
// The storage calls of the starts themselves, apart from the countdowns' per-second work.
calls = 0;
for (const phone of phones) store.start(cooldownKey('CHANNEL_LOGIN', phone), 60_000);
const startCalls = calls;

/** What the bench reads. */
const bench = {
  /** Storage calls since the last `reset`. */
  calls: (): number => calls,
  /** Storage calls of one `start`, on average. */
  callsPerStart: (): number => startCalls / Math.max(1, countdowns),
  /** Starts counting from zero. */
  reset(): void {
    calls = 0;
  },
  /** The seconds each button shows (`NaN` while one shows no countdown yet). */
  shown(): number[] {
    const buttons = [...document.querySelectorAll<HTMLElement>('.genauth-send-code__button')];
    return buttons.map((button) => Number(button.textContent?.match(/(\d+) s$/)?.[1]));
  },
};
Object.assign(window, { storageBench: bench });

const client = createGenAuthClient({ appId: 'storage-bench', appHost: location.origin });
createRoot(document.getElementById('root') as HTMLElement).render(
  <GenAuthProvider client={client} cooldownStore={store}>
    {phones.map((phone) => (
      <SendCodeButton key={phone} channel="CHANNEL_LOGIN" defaultPhone={phone} />
    ))}
  </GenAuthProvider>,
);
