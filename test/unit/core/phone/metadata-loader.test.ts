import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  getPhoneMetadataStatus,
  loadPhoneMetadata,
  parsePhoneAsync,
} from '../../../../src/core/phone/load-metadata.js';
import {
  PhoneMetadataLoadError,
  requirePhoneMetadata,
} from '../../../../src/core/phone/metadata-store.js';
import { parsePhone } from '../../../../src/core/phone/parse.js';
import { phoneRules } from '../../../../src/core/phone/rules.js';
import { installFullPhoneMetadata } from '../../../../src/phone-full.js';
import { holdPhoneMetadata } from '../../../helpers/phone-metadata.js';

let gate: ReturnType<typeof holdPhoneMetadata>;
beforeEach(() => {
  gate = holdPhoneMetadata();
});
afterAll(() => {
  // Leave the store as the other tests of this worker expect it.
  installFullPhoneMetadata();
});

describe('parsePhone before and after a piece arrives', () => {
  it('says pending, with the calling code and country, until the piece is merged', async () => {
    expect(parsePhone('+44 7400 123456')).toEqual({
      valid: false,
      reason: 'pending',
      phoneCountryCode: '+44',
      country: 'GB',
      // What a cooldown is keyed by before the verdict; a national number has none.
      pendingE164: '+447400123456',
    });
    expect(parsePhone('138 0013 8000')).toMatchObject({ reason: 'pending', country: 'CN' });
    expect(parsePhone('138 0013 8000').pendingE164).toBeUndefined();
    const loading = loadPhoneMetadata(['+44']);
    expect(getPhoneMetadataStatus('GB')).toBe('loading');
    expect(gate.requested()).toEqual(['44']);
    await gate.held[0]?.arrive();
    await loading;
    expect(getPhoneMetadataStatus('+44')).toBe('ready');
    expect(parsePhone('+44 7400 123456')).toMatchObject({ valid: true, e164: '+447400123456' });
    // Only that piece: China is still pending.
    expect(parsePhone('138 0013 8000')).toMatchObject({ reason: 'pending' });
  });

  it('a piece arriving late gives the same verdict as one there from the start', async () => {
    const late = parsePhoneAsync('0151 2345', { defaultCountry: 'DE' });
    await Promise.resolve();
    expect(gate.requested()).toEqual(['49']);
    await gate.held[0]?.arrive();
    expect(await late).toMatchObject({ valid: false, reason: 'too_short', country: 'DE' });
  });
});

describe('loading pieces', () => {
  it('loads each piece once however many callers ask at the same time', async () => {
    const all = Promise.all([
      requirePhoneMetadata('86'),
      requirePhoneMetadata('86'),
      loadPhoneMetadata(['CN', '+86', '86']),
      parsePhoneAsync('13800138000'),
    ]);
    await Promise.resolve();
    expect(gate.requested()).toEqual(['86']);
    await gate.held[0]?.arrive();
    const [, , , parsed] = await all;
    expect(parsed).toMatchObject({ valid: true });
    await loadPhoneMetadata(['CN']);
    expect(gate.requested()).toEqual(['86']);
  });

  it('two numbers needing two pieces at once load both, in any order', async () => {
    const cn = parsePhoneAsync('+86 138 0013 8000');
    const us = parsePhoneAsync('+1 213 373 4253');
    await Promise.resolve();
    expect(gate.requested()).toEqual(['86', '1']);
    await gate.held[1]?.arrive(); // +1 first
    expect(parsePhone('+1 213 373 4253')).toMatchObject({ valid: true, country: 'US' });
    expect(parsePhone('+86 138 0013 8000')).toMatchObject({ reason: 'pending' });
    await gate.held[0]?.arrive();
    expect(await cn).toMatchObject({ valid: true, country: 'CN' });
    expect(await us).toMatchObject({ valid: true, country: 'US' });
    expect(parsePhone('+1 213 373 4253')).toMatchObject({ valid: true, country: 'US' });
  });

  it('a failed piece is a typed error and an `unavailable` verdict, and is tried again', async () => {
    const loading = loadPhoneMetadata(['GB', 'CN']).catch((reason: unknown) => reason);
    await Promise.resolve();
    gate.held[0]?.fail();
    await gate.held[1]?.arrive();
    const error = await loading;
    expect(error).toBeInstanceOf(PhoneMetadataLoadError);
    expect(error).toMatchObject({ callingCodes: ['44'] });
    expect(getPhoneMetadataStatus('GB')).toBe('failed');
    expect(parsePhone('+44 7400 123456')).toMatchObject({
      valid: false,
      reason: 'unavailable',
      phoneCountryCode: '+44',
    });
    expect(parsePhone('13800138000')).toMatchObject({ valid: true });
    // parsePhoneAsync asks again; still failing, it answers `unavailable` rather than hang.
    const retried = parsePhoneAsync('+44 7400 123456');
    await Promise.resolve();
    gate.held[2]?.fail();
    expect(await retried).toMatchObject({ reason: 'unavailable' });
    const again = loadPhoneMetadata(['GB']);
    await Promise.resolve();
    expect(gate.requested()).toEqual(['44', '86', '44', '44']);
    await gate.held[3]?.arrive();
    await again;
    expect(parsePhone('+44 7400 123456')).toMatchObject({ valid: true });
  });

  it('ignores unknown entries', async () => {
    await loadPhoneMetadata(['XX', '+999', 'nonsense']);
    expect(gate.requested()).toEqual([]);
  });
});

describe('the allow-list limits what is ever loaded', () => {
  it('a CN-only parse of another country refuses it without asking for its piece', async () => {
    const parsed = await parsePhoneAsync('+44 7400 123456', { countries: ['CN'] });
    expect(parsed).toMatchObject({ valid: false, reason: 'invalid_country' });
    expect(gate.requested()).toEqual([]);
  });

  it('a country of an allowed calling code, but not allowed itself, is refused', async () => {
    const parsed = parsePhoneAsync('+1 213 373 4253', { countries: ['CA'] });
    await Promise.resolve();
    await gate.held[0]?.arrive();
    expect(await parsed).toMatchObject({ valid: false, reason: 'invalid_country' });
  });
});

describe('phoneRules while a piece loads', () => {
  it('waits for the piece instead of refusing', async () => {
    const verdict = phoneRules({ required: true }).validate('+447400123456');
    expect(verdict).toBeInstanceOf(Promise);
    await Promise.resolve();
    await gate.held[0]?.arrive();
    expect(await verdict).toBe(true);
  });
});
