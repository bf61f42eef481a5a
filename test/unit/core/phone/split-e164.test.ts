import { describe, expect, it } from 'vitest';
import { GenAuthInputError } from '../../../../src/core/api/errors.js';
import { parsePhoneAsync } from '../../../../src/core/phone/load-metadata.js';
import { requireE164Parts, splitE164 } from '../../../../src/core/phone/split-e164.js';

// The split a cooldown key needs before any numbering plan: calling codes are prefix-free.
describe('splitE164', () => {
  it('splits at the calling code, one to three digits long', () => {
    expect(splitE164('+8613800138000')).toEqual({
      phoneCountryCode: '+86',
      phoneNumber: '13800138000',
    });
    expect(splitE164('+12133734253')).toEqual({
      phoneCountryCode: '+1',
      phoneNumber: '2133734253',
    });
    expect(splitE164('+3558112345')).toEqual({ phoneCountryCode: '+355', phoneNumber: '8112345' });
    expect(splitE164('+882345678901')).toEqual({
      phoneCountryCode: '+882',
      phoneNumber: '345678901',
    });
  });

  it('refuses what is not `+` and digits, an unknown calling code, or a calling code alone', () => {
    for (const text of [
      '8613800138000',
      '+86 138 0013 8000',
      '+0123',
      '+',
      '+86',
      '+2801234',
      '+1234567890123456',
    ]) {
      expect(splitE164(text), text).toBeUndefined();
    }
  });
});

// The one E.164 → GenAuth fields step of the flows (sign-in, sign-up, reset, phone security,
// account deletion): the request bodies they send are built from it.
describe('requireE164Parts', () => {
  it("gives a number's two fields once its rules are loaded, from E.164 or a profile's national form", async () => {
    const fields = { phoneNumber: '13800138000', phoneCountryCode: '+86' };
    expect(requireE164Parts(await parsePhoneAsync('+8613800138000'))).toEqual(fields);
    expect(requireE164Parts(await parsePhoneAsync('13800138000'))).toEqual(fields);
    expect(requireE164Parts(await parsePhoneAsync('+447400123456'))).toEqual({
      phoneNumber: '7400123456',
      phoneCountryCode: '+44',
    });
  });

  it('refuses a number that cannot take a code, naming the phoneNumber field and why', async () => {
    for (const [text, reason] of [
      ['', 'empty'],
      ['+86 10 1234 5678', 'not_mobile'],
      ['+86123', 'too_short'],
    ] as const) {
      const parsed = await parsePhoneAsync(text);
      expect(() => requireE164Parts(parsed), text).toThrow(GenAuthInputError);
      expect(() => requireE164Parts(parsed), text).toThrow(
        expect.objectContaining({ field: 'phoneNumber', message: expect.stringContaining(reason) }),
      );
    }
  });

  it("says which number was refused in the flows' words; a missing parse is a refusal too", async () => {
    const fixedLine = await parsePhoneAsync('+86 10 1234 5678');
    expect(() => requireE164Parts(fixedLine)).toThrow(
      expect.objectContaining({ field: 'phoneNumber', message: 'No usable number (not_mobile)' }),
    );
    expect(() => requireE164Parts(undefined as never)).toThrow(
      expect.objectContaining({ field: 'phoneNumber', message: 'No usable number (invalid)' }),
    );
  });
});
