import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../../src/core/phone/parse.js';
import { selectFieldCountry } from '../../../../src/core/phone/text.js';
import {
  fieldContext,
  freshField,
  pasteInto,
  reportedValue,
  typeInto,
} from '../../../helpers/phone-field.js';

describe('a national number starting like the trunk prefix keeps every digit', () => {
  it.each([
    ['800 555 35 35', '+78005553535'],
    ['812 345-67-89', '+78123456789'],
    ['8 800 555 35 35', '+78005553535'],
    ['8 912 345 67 89', '+79123456789'],
    ['912 345 67 89', '+79123456789'],
  ])('typed in Russia: %s → %s', (typed, e164) => {
    const field = typeInto(freshField('RU'), typed);
    expect(reportedValue(field)).toBe(e164);
    expect(field.country).toBe('RU');
  });

  it.each([
    ['+7 812 345-67-89', '+78123456789', '812 345 67 89'],
    ['+7 800 555 35 35', '+78005553535', '800 555 35 35'],
    ['+7 (8) 912 345 67 89', '+79123456789', '912 345 67 89'],
  ])('pasted in international form: %s → %s', (pasted, e164, text) => {
    const field = pasteInto(freshField('CN'), pasted);
    expect(field).toMatchObject({ country: 'RU', text });
    expect(reportedValue(field)).toBe(e164);
  });

  it('keeps them while the number is half typed, too', () => {
    expect(reportedValue(typeInto(freshField('RU'), '800 555'))).toBe('+7800555');
    expect(
      reportedValue(
        typeInto(selectFieldCountry(freshField('CN'), 'KZ', fieldContext()), '8005553535'),
      ),
    ).toBe('+78005553535');
  });

  it('still drops a trunk prefix the plan has (UK 0, Russia 8) and a written "(0)"', () => {
    expect(reportedValue(typeInto(freshField('GB'), '07400 123456'))).toBe('+447400123456');
    expect(reportedValue(pasteInto(freshField('CN'), '+44 (0) 7400 123456'))).toBe('+447400123456');
  });
});

describe('an extension is dropped, never glued onto the number', () => {
  it.each([
    '+1-213-373-4253 ext. 123',
    '+1 213 373 4253 x123',
    '+1 (213) 373-4253 #123',
    '+1 213 373 4253 extension 123',
    '+1 213 373 4253;ext=123',
    'tel:+1-213-373-4253;ext=123',
  ])('%s', (pasted) => {
    const field = pasteInto(freshField('CN'), pasted);
    expect(field).toMatchObject({ country: 'US', text: '(213) 373-4253' });
    expect(reportedValue(field)).toBe('+12133734253');
    expect(parsePhone(pasted)).toMatchObject({ valid: true, e164: '+12133734253' });
  });

  it('in other languages too', () => {
    expect(parsePhone('8 912 345 67 89 доб. 12', { defaultCountry: 'RU' })).toMatchObject({
      e164: '+79123456789',
    });
    expect(parsePhone('138 0013 8000 分机 12')).toMatchObject({ e164: '+8613800138000' });
  });

  it('but letters that are no extension still make the number invalid', () => {
    expect(parsePhone('1-800-FLOWERS', { defaultCountry: 'US' })).toMatchObject({
      reason: 'invalid',
    });
  });
});

describe('the country follows the number for shared calling codes', () => {
  it('Canada by default, a pasted US number selects the US', () => {
    const field = pasteInto(freshField('CA'), '+1 213 373 4253');
    expect(field.country).toBe('US');
    expect(parsePhone(reportedValue(field))).toMatchObject({ valid: true, country: 'US' });
  });

  it('and so does a US number typed nationally with Canada selected', () => {
    expect(typeInto(freshField('CA'), '213 373 4253').country).toBe('US');
    expect(typeInto(freshField('CA'), '506 234 5678').country).toBe('CA');
  });

  it('a Jersey mobile typed under the UK selects Jersey', () => {
    expect(typeInto(freshField('GB'), '07797 123456').country).toBe('JE');
  });

  it('only among allowed countries', () => {
    const context = fieldContext(['CA']);
    expect(typeInto(freshField('CA'), '213 373 4253', context).country).toBe('CA');
  });
});

describe('erasing everything after an automatic switch', () => {
  it('returns to the country that was chosen', () => {
    const us = pasteInto(freshField('CA'), '+1 213 373 4253');
    expect(pasteInto(us, '').country).toBe('CA');
    const gb = pasteInto(freshField('CN'), '+44 7400 123456');
    expect(typeInto(gb, '').country).toBe('GB');
    expect(pasteInto(gb, '').country).toBe('CN');
  });

  it('returns to a country the user picked, not to the first default', () => {
    const picked = selectFieldCountry(freshField('CN'), 'JP', fieldContext());
    const moved = pasteInto(picked, '+44 7400 123456');
    expect(moved.country).toBe('GB');
    expect(pasteInto(moved, '').country).toBe('JP');
  });

  it('keeps a country the number selected while nothing was typed after it', () => {
    const field = typeInto(freshField('CN'), '+44 ');
    expect(field).toMatchObject({ country: 'GB', text: '' });
  });
});

describe('00 is an international prefix only at the start', () => {
  it('00 typed or pasted inside a number stays two zeros', () => {
    const field = pasteInto(freshField('CN'), '138 0013 8000');
    expect(reportedValue(field)).toBe('+8613800138000');
    expect(field.country).toBe('CN');
  });

  it('00 at the start still dials abroad', () => {
    expect(pasteInto(freshField('CN'), '0044 7400 123456')).toMatchObject({ country: 'GB' });
  });
});

describe('plans without a mobile type in the mobile metadata', () => {
  it.each([
    ['8999', 'TA'],
    ['+290 8999', 'CN'],
  ] as const)('Tristan da Cunha %s is accepted like a US number', (input, defaultCountry) => {
    expect(parsePhone(input, { defaultCountry })).toMatchObject({
      valid: true,
      e164: '+2908999',
      country: 'TA',
    });
  });

  it('while a wrong Tristan da Cunha number is still refused', () => {
    expect(parsePhone('+290 1234').valid).toBe(false);
  });
});
