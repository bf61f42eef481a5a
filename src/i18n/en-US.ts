import { enUSCountrySelect } from './en-US/country-select.js';
import { enUSEmail } from './en-US/email.js';
import { enUSNewPassword } from './en-US/new-password.js';
import { enUSPhone } from './en-US/phone.js';
import { enUSSendCode } from './en-US/send-code.js';
import { enUSVerificationCode } from './en-US/verification-code.js';
import type { GenAuthMessages } from './messages.js';

/**
 * Built-in English (United States) messages. Each component falls back on its own part of
 * them (src/i18n/en-US/), so a page bundles only the English texts its components can show;
 * this whole catalogue is for pages that import it.
 */
// Pure: a page that does not use the whole catalogue drops it (a spread at top level could
// run getters, so a bundler would keep it and every part with it).
export const enUS: GenAuthMessages = /* @__PURE__ */ Object.assign(
  {},
  enUSCountrySelect,
  enUSPhone,
  enUSSendCode,
  enUSEmail,
  enUSVerificationCode,
  enUSNewPassword,
);
