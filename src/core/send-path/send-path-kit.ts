import { isSmsChannel } from '../api/channels.js';
import {
  CooldownActiveError,
  GenAuthApiError,
  GenAuthAuthRequiredError,
  GenAuthBusyError,
  GenAuthInputError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
} from '../api/errors.js';
import { preview } from '../api/preview.js';
import { isPlausibleCooldown } from '../cooldown/codec.js';
import { UNCOORDINATED_TURN } from '../cooldown/send-turn.js';
import { MAX_COOLDOWN_MS } from '../cooldown/window.js';

/**
 * What the lazy send path borrows from code the page already has, handed to it at run time by
 * `loadSendPath` instead of imported. A consumer's bundler (esbuild, Rollup) splits by file:
 * had the send path imported any of these, every file the page shares with it would be cut
 * out of the page's entry into a separate eager chunk, compressed apart, which costs more than
 * the sharing saves. So send-path modules import types only from the page's modules, and this
 * is their one way in. The error classes are the very ones the entries export: `instanceof`
 * holds for everything the send path throws.
 *
 * @internal Read in the send path through `kit.ts`.
 */
export const sendPathKit = {
  CooldownActiveError,
  GenAuthApiError,
  GenAuthAuthRequiredError,
  GenAuthBusyError,
  GenAuthInputError,
  GenAuthNetworkError,
  GenAuthTimeoutError,
  isRateLimitError,
  isSmsChannel,
  preview,
  isPlausibleCooldown,
  UNCOORDINATED_TURN,
  MAX_COOLDOWN_MS,
};

/** The page's helpers the send path works with (see {@link sendPathKit}). */
export type SendPathKit = typeof sendPathKit;
