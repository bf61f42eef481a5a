import { describe, expect, it } from 'vitest';
import { GenAuthBusyError, GenAuthInputError } from '../../../src/core/api/errors.js';
import { describeSendError } from '../../../src/i18n/describe-send-error.js';
import { enUSSendCode } from '../../../src/i18n/en-US/send-code.js';
import { enUS } from '../../../src/i18n/en-US.js';
import { jaJP } from '../../../src/i18n/ja-JP.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { zhTW } from '../../../src/i18n/zh-TW.js';

describe('describeSendError for input refused before any request', () => {
  it.each([
    ['phoneNumber', enUS.invalidPhone],
    ['phoneCountryCode', enUS.invalidPhone],
    ['email', enUS.invalidEmail],
    // Not the user's to fix: the page passed a wrong channel or option.
    ['channel', enUS.genericError],
    ['timeoutMs', enUS.genericError],
  ] as const)('a refused %s reads "%s"', (field, text) => {
    expect(describeSendError(new GenAuthInputError(field, 'refused'), enUS)).toBe(text);
  });

  it('falls back on the generic text when the control has no text for that recipient', () => {
    const error = new GenAuthInputError('email', 'refused');
    expect(describeSendError(error, enUSSendCode)).toBe(enUS.genericError);
  });
});

// Issue 21, item 7: a send that gave up behind another tab's (or a script's) lock made no
// request: it must not read as a timeout, in any locale.
describe('describeSendError for a send another tab or script holds', () => {
  const catalogues = { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP };

  it.each(Object.entries(catalogues))(
    'reads the busy text in %s, not the timeout one',
    (_, messages) => {
      const text = describeSendError(new GenAuthBusyError(15_000), messages);
      expect(text).toBe(messages.sendBusy);
      expect(text).not.toBe(messages.timeoutError);
    },
  );

  it('is a control part of its own (the send-code texts carry it)', () => {
    expect(describeSendError(new GenAuthBusyError(15_000), enUSSendCode)).toBe(enUS.sendBusy);
  });
});
