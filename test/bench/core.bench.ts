import { bench, describe } from 'vitest';
import { cooldownKey } from '../../src/core/cooldown/key.js';
import { createCooldownStore } from '../../src/core/cooldown/store.js';
import { formatPartialNumber } from '../../src/core/phone/format-partial.js';
import { getPhoneMetadataSnapshot } from '../../src/core/phone/metadata-store.js';
import { parsePhone } from '../../src/core/phone/parse.js';
import { memoryStorage } from '../helpers/cooldown-fakes.js';

describe('parsePhone (runs on every keystroke)', () => {
  bench('mainland mobile, national format', () => {
    parsePhone('138 0013 8000');
  });
  bench('international paste with full-width digits', () => {
    parsePhone('＋４４ ７９１１ １２３４５６');
  });
  bench('10 kB of junk', () => {
    parsePhone('x'.repeat(10_000));
  });
});

describe('as-you-type grouping (runs on every keystroke)', () => {
  const metadata = () => getPhoneMetadataSnapshot().metadata;
  bench('half-typed mainland mobile', () => {
    formatPartialNumber('1380013', 'CN', '86', 'national', metadata());
  });
  bench('digits no number starts with (every completion tried)', () => {
    formatPartialNumber('00000', 'CN', '86', 'national', metadata());
  });
});

describe('cooldown store (read once per displayed second per button)', () => {
  const store = createCooldownStore({
    // A Storage-like map: what localStorage costs without the browser.
    storage: memoryStorage().storage,
    broadcastChannel: false,
    storageEvents: null,
  });
  const keys = Array.from({ length: 50 }, (_, i) =>
    cooldownKey('CHANNEL_LOGIN', `+86138001380${String(i).padStart(2, '0')}`),
  );
  for (const key of keys) store.start(key, 60_000);
  bench('remainingMs for 50 persisted cooldowns', () => {
    for (const key of keys) store.remainingMs(key);
  });
  bench('start + clear', () => {
    store.start(keys[0] as string, 60_000);
    store.clear(keys[0] as string);
  });
});
