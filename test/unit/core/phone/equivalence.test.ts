import {
  AsYouType,
  type CountryCode,
  type MetadataJson,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import fullMetadata from 'libphonenumber-js/mobile/metadata';
import { afterAll, describe, expect, it } from 'vitest';
import { formatPartialNumber } from '../../../../src/core/phone/format-partial.js';
import { loadPhoneMetadata } from '../../../../src/core/phone/load-metadata.js';
import {
  getPhoneMetadataSnapshot,
  resetPhoneMetadataStore,
} from '../../../../src/core/phone/metadata-store.js';
import { installFullPhoneMetadata } from '../../../../src/phone-full.js';

// Merged pieces must answer exactly like the whole mobile metadata libphonenumber-js ships.
afterAll(() => installFullPhoneMetadata());

const numbers = Object.entries(examples as Record<string, string>).map(([region, national]) => ({
  region: region as CountryCode,
  national,
  e164: parsePhoneNumberFromString(national, region as CountryCode, fullMetadata)?.number ?? '',
}));

/** Everything the kit asks libphonenumber about a number, with the given metadata. */
function answers(input: string, region: CountryCode, metadata: MetadataJson) {
  const phone = parsePhoneNumberFromString(input, region, metadata);
  const typing = (text: string, country?: CountryCode) => {
    const formatter = new AsYouType(country, metadata);
    const steps = [...text].map((char) => formatter.input(char));
    return { steps, value: formatter.getNumberValue(), country: formatter.getCountry() };
  };
  // The kit's own as-you-type grouping of every prefix of the digits, as typed nationally.
  const digits = input.replace(/\D/g, '');
  const grouped = [...digits].map((_, end) =>
    phone
      ? formatPartialNumber(
          digits.slice(0, end + 1),
          region,
          phone.countryCallingCode,
          'national',
          metadata,
        )
      : undefined,
  );
  return {
    grouped,
    number: phone?.number,
    country: phone?.country,
    nationalNumber: phone?.nationalNumber,
    valid: phone?.isValid(),
    possible: phone?.isPossible(),
    type: phone?.getType(),
    national: phone?.formatNational(),
    international: phone?.formatInternational(),
    typedNationally: typing(input, region),
    typedInternationally: phone ? typing(phone.number) : undefined,
  };
}

describe('merged pieces answer like the full metadata', () => {
  it('with only the +86 and +44 pieces merged, for numbers of those codes', {
    timeout: 30_000,
  }, async () => {
    resetPhoneMetadataStore();
    await loadPhoneMetadata(['+86', '+44']);
    const merged = getPhoneMetadataSnapshot().metadata;
    const concerned = numbers.filter(({ e164 }) => /^\+(86|44)/.test(e164));
    expect(concerned.map(({ region }) => region).sort()).toEqual(['CN', 'GB', 'GG', 'IM', 'JE']);
    for (const { region, national } of concerned) {
      expect(answers(national, region, merged)).toEqual(answers(national, region, fullMetadata));
    }
  });

  it('with every piece merged, for every region', { timeout: 60_000 }, async () => {
    resetPhoneMetadataStore();
    await loadPhoneMetadata();
    const merged = getPhoneMetadataSnapshot().metadata;
    for (const { region, national } of numbers) {
      expect(answers(national, region, merged)).toEqual(answers(national, region, fullMetadata));
    }
  });

  it('for half-typed and wrong numbers too', async () => {
    const merged = getPhoneMetadataSnapshot().metadata;
    const odd = ['+7 800 555 35 35', '8005553535', '+1 213', '+44 (0) 20 7946 0958', '+290 8999'];
    for (const input of odd) {
      for (const region of ['RU', 'US', 'GB', 'CN', 'TA'] as const) {
        expect(answers(input, region, merged)).toEqual(answers(input, region, fullMetadata));
      }
    }
  });
});
