import { invalidField, missingField } from './responses.js';
import { checkEmail, checkPhone, isBlank, isRecord, type RuleResult } from './rules.js';
import type { EmailTarget, PhoneTarget, Target } from './targets.js';

/** A code and where it was sent, read from a `*PassCodePayload`. */
export interface CodeClaim<T extends Target = Target> {
  target: T;
  passCode: string;
}

function reject<T>(error: ReturnType<typeof missingField>): RuleResult<T> {
  return { ok: false, error };
}

/** A required object field of the body. */
export function readObject(
  body: Record<string, unknown>,
  field: string,
): RuleResult<Record<string, unknown>> {
  const value = body[field];
  if (isBlank(value)) return reject(missingField(field));
  if (!isRecord(value)) return reject(invalidField(field, 'an object'));
  return { ok: true, value };
}

/** A required string field holding a code. */
export function readPassCode(
  payload: Record<string, unknown>,
  field: string,
  path: string,
): RuleResult<string> {
  const value = payload[field];
  if (isBlank(value)) return reject(missingField(`${path}.${field}`));
  if (typeof value !== 'string') return reject(invalidField(`${path}.${field}`, 'a string'));
  return { ok: true, value };
}

/** `{ <numberField>, <codeField>, <countryField> }` of a phone payload. */
export function readPhoneClaim(
  payload: Record<string, unknown>,
  path: string,
  fields: { number: string; code: string; country: string } = {
    number: 'phoneNumber',
    code: 'passCode',
    country: 'phoneCountryCode',
  },
): RuleResult<CodeClaim<PhoneTarget>> {
  const target = checkPhone(
    payload[fields.number],
    payload[fields.country],
    `${path}.${fields.number}`,
  );
  if (!target.ok) return target;
  const passCode = readPassCode(payload, fields.code, path);
  return passCode.ok
    ? { ok: true, value: { target: target.value, passCode: passCode.value } }
    : passCode;
}

/** `{ email, passCode }` of an email payload. */
export function readEmailClaim(
  payload: Record<string, unknown>,
  path: string,
): RuleResult<CodeClaim<EmailTarget>> {
  const target = checkEmail(payload.email);
  if (!target.ok) return target;
  const passCode = readPassCode(payload, 'passCode', path);
  return passCode.ok
    ? { ok: true, value: { target: target.value, passCode: passCode.value } }
    : passCode;
}

/**
 * The claim of a `verifyMethod` body (`PHONE_PASSCODE` → `phonePassCodePayload`,
 * `EMAIL_PASSCODE` → `emailPassCodePayload`).
 */
export function readVerifyClaim(body: Record<string, unknown>): RuleResult<CodeClaim> {
  if (isBlank(body.verifyMethod)) return reject(missingField('verifyMethod'));
  if (body.verifyMethod === 'PHONE_PASSCODE') {
    const payload = readObject(body, 'phonePassCodePayload');
    return payload.ok ? readPhoneClaim(payload.value, 'phonePassCodePayload') : payload;
  }
  if (body.verifyMethod === 'EMAIL_PASSCODE') {
    const payload = readObject(body, 'emailPassCodePayload');
    return payload.ok ? readEmailClaim(payload.value, 'emailPassCodePayload') : payload;
  }
  return reject(
    invalidField('verifyMethod', 'one of the following values: PHONE_PASSCODE, EMAIL_PASSCODE'),
  );
}
