/**
 * The account's MFA number as the MFA step shows it: the calling code, the first and last
 * digits, the middle hidden (`+86 138****8000`). The whole number is never shown: the step
 * comes before the second factor, so whoever sees it has only proved the first one.
 * @example maskMfaPhone('13800138000', '+86') // '+86 138****8000'
 */
export function maskMfaPhone(phone: string, countryCode: string | undefined): string {
  const digits = phone.replace(/\D/g, '');
  const end = digits.length >= 8 ? 4 : 2;
  const start = digits.length >= 10 ? 3 : digits.length >= 7 ? 2 : 1;
  const hidden = Math.max(1, digits.length - start - end);
  return `${countryCode ?? '+86'} ${digits.slice(0, start)}${'*'.repeat(hidden)}${digits.slice(
    digits.length - end,
  )}`;
}
