/**
 * The send path: everything a send needs and a page does not need before the first one. The
 * checks of phone bodies (and their messages), the hardened transport (posting, reading a
 * capped body, refusing redirects, reading envelopes and `Retry-After`), the access token
 * reader, the cross-tab send lock and the cooldown rules of one attempt. Loaded as one chunk
 * by `loadSendPath`, so the first send costs one request. What it shares with the page (the
 * error classes, the channel and cooldown rules) it imports; the library build puts those in
 * a small chunk of their own (vite.config.ts), so a page's bundler shares only them.
 *
 * @internal Only `load-send-path.ts` imports it, dynamically; a static import would put it
 * back into every page.
 */
export { readAccessToken, requireAccessToken } from '../api/access-token.js';
export { checkApiPath } from '../api/api-path.js';
export { checkPhoneFields } from '../api/phone-fields.js';
export { postJson } from '../api/post-json.js';
export { validateSendSmsInput } from '../api/validate-send-sms.js';
export { createSendCoordinator } from '../cooldown/locks.js';
export { sendUnderCooldown } from '../cooldown/send-attempt.js';
