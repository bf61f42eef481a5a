import { describe, expect, it } from 'vitest';
import { GenAuthInputError } from '../../../src/core/api/errors.js';
import { describeSendError } from '../../../src/i18n/describe-send-error.js';
import { enUSSendCode } from '../../../src/i18n/en-US/send-code.js';
import { enUS } from '../../../src/i18n/en-US.js';

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
