import { describe, expect, it } from 'vitest';
import { splitE164 } from '../../../../src/core/phone/split-e164.js';

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
