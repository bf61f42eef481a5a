import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/core';
import examples from 'libphonenumber-js/examples.mobile.json';
import fullMetadata from 'libphonenumber-js/mobile/metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPhoneMetadata } from '../../../../src/core/phone/load-metadata.js';
import { resetPhoneMetadataStore } from '../../../../src/core/phone/metadata-store.js';
import { parsePhone } from '../../../../src/core/phone/parse.js';
import { selectFieldCountry } from '../../../../src/core/phone/text.js';
import { installFullPhoneMetadata } from '../../../../src/phone-full.js';
import { fieldContext, freshField, reportedValue, typeInto } from '../../../helpers/phone-field.js';

// Every region's example mobile number, read in four ways, with the metadata loaded the way
// pages load it: one piece per calling code through the dynamic-import loader.
beforeAll(async () => {
  resetPhoneMetadataStore();
  await loadPhoneMetadata();
}, 60_000);
afterAll(() => installFullPhoneMetadata());

const rows = Object.entries(examples as Record<string, string>).map(([region, national]) => {
  const phone = parsePhoneNumberFromString(national, region as CountryCode, fullMetadata);
  if (!phone) throw new Error(`example of ${region} does not parse`);
  return {
    region: region as CountryCode,
    // What libphonenumber itself says with the whole metadata (AX examples read as FI...).
    country: phone.country,
    e164: phone.number,
    national: phone.formatNational(),
    international: phone.formatInternational(),
  };
});

describe(`example mobile numbers of all ${rows.length} regions`, () => {
  it('covers every region libphonenumber has an example for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(240);
  });

  it.each(rows)('$region: E.164 $e164', ({ e164, country }) => {
    expect(parsePhone(e164)).toMatchObject({ valid: true, e164, country });
  });

  it.each(rows)('$region: international $international', ({ international, e164 }) => {
    expect(parsePhone(international, { defaultCountry: 'CN' })).toMatchObject({
      valid: true,
      e164,
    });
  });

  it.each(rows)('$region: national $national', ({ region, national, e164 }) => {
    expect(parsePhone(national, { defaultCountry: region })).toMatchObject({ valid: true, e164 });
  });

  it.each(rows)('$region: typed into the field, $national', ({ region, national, e164 }) => {
    const picked = selectFieldCountry(freshField('CN'), region, fieldContext());
    const field = typeInto(picked, national);
    expect(reportedValue(field)).toBe(e164);
    expect(parsePhone(reportedValue(field), { defaultCountry: field.country })).toMatchObject({
      valid: true,
      e164,
    });
  });
});
