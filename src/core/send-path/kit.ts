import type { SendPathKit } from './send-path-kit.js';

/**
 * The page's helpers (error classes, cooldown rules, small checks), as the send path reads
 * them: filled by {@link receiveKit} when `loadSendPath` hands the kit over, before any
 * send-path function can be called. Why they are not imported: see `send-path-kit.ts`.
 *
 * @internal Send-path modules only.
 */
export const kit = {} as SendPathKit;

/** @internal Called by `loadSendPath` with the page's kit, once the chunk is loaded. */
export function receiveKit(given: SendPathKit): void {
  Object.assign(kit, given);
}
