import { existsSync } from 'node:fs';

/** Where a usable Chromium lives: $CHROMIUM_PATH, then Debian's and other common paths. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
  return candidates.find((path) => path && existsSync(path));
}

/**
 * Launch arguments that work headless on these machines (see TOOLCHAIN.md): no sandbox or GPU,
 * and none of Chromium's own network chatter (updates, sync, QUIC) beside what a test loads.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * For pages whose timers must run at full speed in every tab: a background or hidden tab would
 * otherwise have them throttled.
 */
export const FULL_SPEED_TABS_ARGS = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
