import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PhoneInput, type PhoneInputProps } from '../../../src/components/PhoneInput.js';

// Every digit typed or pasted stays in the field, or the edit is refused with a message the
// user sees: nothing that was there disappears silently.
function setup(props: Partial<PhoneInputProps> = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  render(<PhoneInput onChange={onChange} {...props} />);
  const number = screen.getByRole('textbox', { name: 'Phone number' }) as HTMLInputElement;
  const country = screen.getByRole('combobox', { name: 'Country/region' });
  return { user, onChange, number, country, lastValue: () => onChange.mock.lastCall?.[0] };
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

describe('PhoneInput keeps what was typed and pasted', () => {
  it('the rest of a number pasted after typed digits is appended, its 00 included', async () => {
    const { user, number, country, lastValue } = setup({ defaultCountry: 'US' });
    await user.type(number, '138');
    await user.paste('0013 8000');
    expect(digitsOf(number.value)).toBe('13800138000');
    expect(country).toHaveValue('+1');
    expect(lastValue()).toBe('+13800138000');
  });

  it('a 00 number pasted into an empty field still selects its country', async () => {
    const { user, number, country, lastValue } = setup({ defaultCountry: 'JP' });
    await user.click(number);
    await user.paste('0044 7400 123456');
    expect(country).toHaveValue('+44');
    expect(number).toHaveValue('7400 123456');
    expect(lastValue()).toBe('+447400123456');
  });

  it('a paste too long for any number is refused with a message; the digits stay', async () => {
    const { user, number, onChange } = setup();
    await user.type(number, '138');
    const calls = onChange.mock.calls.length;
    await user.paste(`1${' '.repeat(5000)}2`);
    expect(number).toHaveValue('138');
    expect(number).toHaveAccessibleDescription('This phone number is too long.');
    expect(screen.getByRole('alert')).toHaveTextContent('This phone number is too long.');
    expect(onChange).toHaveBeenCalledTimes(calls);
  });

  it('an international paste with more digits than a number can hold is refused, not cut', async () => {
    const { user, number, country } = setup();
    await user.type(number, '138');
    await user.paste(`+44 ${'7'.repeat(30)}`);
    expect(number).toHaveValue('138');
    expect(country).toHaveValue('+86');
    expect(number).toHaveAccessibleDescription('This phone number is too long.');
  });

  it('a digit typed past the longest number is refused with a message, which the next edit clears', async () => {
    const { user, number } = setup();
    await user.type(number, '1'.repeat(20));
    expect(digitsOf(number.value)).toBe('1'.repeat(20));
    expect(number).not.toHaveAccessibleDescription('This phone number is too long.');
    await user.type(number, '2');
    expect(digitsOf(number.value)).toBe('1'.repeat(20));
    expect(number).toHaveAccessibleDescription('This phone number is too long.');
    await user.keyboard('{Backspace}');
    expect(digitsOf(number.value)).toBe('1'.repeat(19));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a US number typed with its leading 1 is grouped as people read it', async () => {
    const { user, number, lastValue } = setup({ defaultCountry: 'US' });
    await user.type(number, '12133734253');
    expect(number).toHaveValue('1 (213) 373-4253');
    expect(lastValue()).toBe('+12133734253');
  });
});
