import type { GenAuthLocale } from '../i18n/messages.js';

/**
 * Texts of {@link VerificationCodeInput}. Kept here until they join the kit's
 * `GenAuthMessages` (same key names).
 */
export interface VerificationCodeMessages {
  /** Label of the code input. */
  codeLabel: string;
}

const BUILT_IN: Record<GenAuthLocale, VerificationCodeMessages> = {
  'en-US': { codeLabel: 'Verification code' },
  'zh-CN': { codeLabel: '验证码' },
};

/** The built-in texts for `locale` (English for an unknown one) with `overrides` on top. */
export function resolveVerificationCodeMessages(
  locale: GenAuthLocale,
  overrides?: Partial<VerificationCodeMessages>,
): VerificationCodeMessages {
  const base = BUILT_IN[locale] ?? BUILT_IN['en-US'];
  return { codeLabel: overrides?.codeLabel ?? base.codeLabel };
}
