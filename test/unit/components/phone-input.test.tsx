import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PhoneInput, type PhoneInputProps } from '../../../src/components/PhoneInput.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

function setup(props: Partial<PhoneInputProps> = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  const view = render(<PhoneInput onChange={onChange} {...props} />);
  const number = screen.getByRole('textbox', { name: 'Phone number' });
  const country = screen.getByRole('combobox', { name: 'Country/region' });
  const lastValue = () => onChange.mock.lastCall?.[0];
  const lastDetails = () => onChange.mock.lastCall?.[1];
  return {
    user,
    onChange,
    number: number as HTMLInputElement,
    country,
    lastValue,
    lastDetails,
    view,
  };
}

describe('PhoneInput: structure and accessibility', () => {
  it('groups a labelled country selector and number input with the right autofill hints', () => {
    const { number, country } = setup();
    expect(screen.getByRole('group', { name: 'Phone number' })).toContainElement(country);
    expect(number).toHaveAttribute('type', 'tel');
    expect(number).toHaveAttribute('inputmode', 'tel');
    expect(number).toHaveAttribute('autocomplete', 'tel-national');
    expect(country).toHaveAttribute('autocomplete', 'tel-country-code');
    expect(country).toHaveValue('+86');
    expect(number).toHaveAttribute('aria-invalid', 'false');
  });

  it('forwards ref to the real input and takes id and label', () => {
    const ref = createRef<HTMLInputElement>();
    render(<PhoneInput ref={ref} id="mobile" label="Mobile" />);
    expect(ref.current).toBe(screen.getByRole('textbox', { name: 'Mobile' }));
    expect(ref.current?.id).toBe('mobile');
  });

  it('speaks Chinese', () => {
    render(<PhoneInput messages={zhCN} />);
    expect(screen.getByRole('textbox', { name: '手机号' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '国家/地区' })).toHaveAccessibleDescription('中国');
  });
});

describe('PhoneInput: typing', () => {
  it('formats as you type and reports E.164 with the parse result', async () => {
    const { user, number, lastValue, lastDetails } = setup();
    await user.type(number, '13800138000');
    expect(number).toHaveValue('138 0013 8000');
    expect(lastValue()).toBe('+8613800138000');
    expect(lastDetails()).toMatchObject({
      valid: true,
      phoneNumber: '13800138000',
      phoneCountryCode: '+86',
      text: '138 0013 8000',
      selectedCountry: 'CN',
    });
  });

  it('reports partial values while typing and empty string when cleared', async () => {
    const { user, number, lastValue, lastDetails } = setup();
    await user.type(number, '138');
    expect(lastValue()).toBe('+86138');
    expect(lastDetails()).toMatchObject({ valid: false, reason: 'too_short' });
    await user.clear(number);
    expect(lastValue()).toBe('');
  });

  it('keeps the caret after the same digit when typing in the middle', async () => {
    const { user, number } = setup();
    await user.type(number, '1380013');
    await user.type(number, '9', { initialSelectionStart: 2, initialSelectionEnd: 2 });
    expect(number).toHaveValue('139 8001 3');
    expect(number.selectionStart).toBe(3);
  });

  it('deletes the digit before a separator on Backspace instead of getting stuck', async () => {
    const { user, number } = setup();
    await user.type(number, '1380013');
    await user.type(number, '{Backspace}', { initialSelectionStart: 4, initialSelectionEnd: 4 });
    expect(number).toHaveValue('130 013');
    expect(number.selectionStart).toBe(2);
  });

  it('erases a US number digit by digit through its brackets', async () => {
    const { user, number, lastValue } = setup({ defaultCountry: 'US' });
    await user.type(number, '201');
    expect(number).toHaveValue('(201)');
    await user.type(number, '5');
    expect(number).toHaveValue('(201) 5');
    for (const expected of ['(201)', '20', '2', '']) {
      await user.keyboard('{Backspace}');
      expect(number).toHaveValue(expected);
    }
    expect(lastValue()).toBe('');
  });

  it('drops letters and switches country when a +code is typed', async () => {
    const { user, number, country, lastValue } = setup();
    await user.type(number, 'a+44 7400 123456');
    expect(country).toHaveValue('+44');
    expect(number).toHaveValue('7400 123456');
    expect(lastValue()).toBe('+447400123456');
  });
});

describe('PhoneInput: paste and autofill of international numbers', () => {
  it.each([
    // `00` after typed digits is the rest of the number: see phone-input-digits.test.tsx.
    ['+86 138 0013 8000', '+86', '138 0013 8000', '+8613800138000'],
    ['tel:+1-201-555-0123', '+1', '(201) 555-0123', '+12015550123'],
    ['＋８６ １３８ ００１３ ８０００', '+86', '138 0013 8000', '+8613800138000'],
  ])('%s selects the country and keeps only national digits', async (pasted, code, text, value) => {
    const { user, number, country, lastValue } = setup({ defaultCountry: 'JP' });
    await user.type(number, '99');
    await user.paste(pasted);
    expect(country).toHaveValue(code);
    expect(number).toHaveValue(text);
    expect(lastValue()).toBe(value);
  });

  it('lets national pastes through and formats them', async () => {
    const { user, number, lastValue } = setup();
    await user.click(number);
    await user.paste('138-0013-8000');
    expect(number).toHaveValue('138 0013 8000');
    expect(lastValue()).toBe('+8613800138000');
  });
});

describe('PhoneInput: country selection', () => {
  it('reformats for the picked country and moves focus to the number', async () => {
    const onCountryChange = vi.fn();
    const { user, number, country, lastValue } = setup({ onCountryChange });
    await user.type(number, '2015550123');
    await user.click(country);
    await user.keyboard('united states{Enter}');
    // The list's code loads on first use; what was typed meanwhile applies when it arrives.
    await waitFor(() => expect(onCountryChange).toHaveBeenCalledWith('US'));
    expect(number).toHaveValue('(201) 555-0123');
    expect(number).toHaveFocus();
    expect(lastValue()).toBe('+12015550123');
  });

  it('passes countries and preferredCountries to the selector', async () => {
    const { user, country } = setup({ countries: ['CN', 'US'], preferredCountries: ['US'] });
    await user.click(country);
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'US United States +1',
      'CN China +86',
    ]);
  });
});
