import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const numberInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const countryInput = () => screen.getByRole('combobox', { name: 'Country/region' });

function Controlled({ initial = '', accept = true }: { initial?: string; accept?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <PhoneInput value={value} onChange={(next) => accept && setValue(next)} />
      <output aria-label="value">{value}</output>
      <button type="button" onClick={() => setValue('+447400123456')}>
        Use UK number
      </button>
      <button type="button" onClick={() => setValue('')}>
        Reset
      </button>
    </>
  );
}

describe('PhoneInput: controlled and uncontrolled', () => {
  it('follows a controlled value set by the parent', async () => {
    const user = userEvent.setup();
    render(<Controlled initial="+8613800138000" />);
    expect(numberInput()).toHaveValue('138 0013 8000');
    await user.click(screen.getByRole('button', { name: 'Use UK number' }));
    expect(countryInput()).toHaveValue('+44');
    expect(numberInput()).toHaveValue('7400 123456');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(numberInput()).toHaveValue('');
  });

  it('echoes typing through the parent without losing the caret', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.type(numberInput(), '13800138000');
    expect(screen.getByRole('status', { name: 'value' })).toHaveTextContent('+8613800138000');
    expect((numberInput() as HTMLInputElement).selectionStart).toBe('138 0013 8000'.length);
  });

  it('reverts to the parent value when the parent refuses a change', async () => {
    const user = userEvent.setup();
    render(<Controlled initial="+8613800138000" accept={false} />);
    await user.type(numberInput(), '5');
    expect(numberInput()).toHaveValue('138 0013 8000');
  });

  it('starts from defaultValue when uncontrolled, selecting its country', () => {
    render(<PhoneInput defaultValue="+15062345678" />);
    expect(countryInput()).toHaveValue('+1');
    expect(countryInput()).toHaveAccessibleDescription('Canada');
    expect(numberInput()).toHaveValue('(506) 234-5678');
  });

  it('warns once in development when switching between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<PhoneInput value="" />);
    rerender(<PhoneInput value={undefined} />);
    rerender(<PhoneInput value="" />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /PhoneInput is changing from controlled to uncontrolled/,
    );
  });
});

describe('PhoneInput: errors', () => {
  it('shows the reason only after the number input is left, and clears it once fixed', async () => {
    const user = userEvent.setup();
    render(<PhoneInput />);
    await user.type(numberInput(), '138');
    expect(numberInput()).toHaveAttribute('aria-invalid', 'false');
    await user.tab();
    expect(numberInput()).toHaveAttribute('aria-invalid', 'true');
    expect(numberInput()).toHaveAccessibleDescription('This phone number is too short.');
    await user.type(numberInput(), '00138000');
    expect(numberInput()).toHaveAttribute('aria-invalid', 'false');
    expect(numberInput()).not.toHaveAccessibleDescription();
  });

  it('refuses a Beijing fixed line as not a mobile', async () => {
    const user = userEvent.setup();
    render(<PhoneInput />);
    await user.type(numberInput(), '010 1234 5678');
    await user.tab();
    expect(numberInput()).toHaveAccessibleDescription(
      'Enter a mobile number that can receive text messages.',
    );
  });

  it('does not complain about an empty field on its own', async () => {
    const user = userEvent.setup();
    render(<PhoneInput />);
    await user.click(numberInput());
    await user.tab();
    expect(numberInput()).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows external errors: errorMessage, or the reason when only invalid is set', () => {
    const { rerender } = render(<PhoneInput errorMessage="Number already registered" />);
    expect(numberInput()).toHaveAttribute('aria-invalid', 'true');
    expect(numberInput()).toHaveAccessibleDescription('Number already registered');
    rerender(<PhoneInput invalid />);
    expect(numberInput()).toHaveAccessibleDescription('Enter your phone number.');
  });

  it('can leave validation to the form (validateOnBlur={false})', async () => {
    const user = userEvent.setup();
    render(<PhoneInput validateOnBlur={false} />);
    await user.type(numberInput(), '138');
    await user.tab();
    expect(numberInput()).toHaveAttribute('aria-invalid', 'false');
  });
});

describe('PhoneInput: forms, state attributes and styling hooks', () => {
  it('posts the E.164 value through a hidden input named by `name`', async () => {
    const user = userEvent.setup();
    render(
      <form aria-label="signup">
        <PhoneInput name="phone" />
      </form>,
    );
    await user.type(numberInput(), '13800138000');
    const data = new FormData(screen.getByRole('form', { name: 'signup' }) as HTMLFormElement);
    expect(data.get('phone')).toBe('+8613800138000');
  });

  it('exposes data-* state and classNames, and drops its own classes when unstyled', async () => {
    const user = userEvent.setup();
    const { container, rerender } = render(
      <PhoneInput className="signup-phone" classNames={{ input: 'my-input' }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('genauth-phone-input', 'signup-phone');
    expect(root).toHaveAttribute('data-empty');
    expect(root).toHaveAttribute('data-country', 'CN');
    expect(numberInput()).toHaveClass('genauth-phone-input__input', 'my-input');
    await user.type(numberInput(), '13800138000');
    expect(root).not.toHaveAttribute('data-empty');
    expect(root).toHaveAttribute('data-valid');
    rerender(<PhoneInput className="signup-phone" classNames={{ input: 'my-input' }} unstyled />);
    expect(container.querySelector('[class*="genauth-"]')).toBeNull();
    expect(numberInput()).toHaveClass('my-input');
  });

  it('disables both controls', () => {
    const { container } = render(<PhoneInput disabled />);
    expect(numberInput()).toBeDisabled();
    expect(countryInput()).toBeDisabled();
    expect(container.firstElementChild).toHaveAttribute('data-disabled');
  });

  it('can hide its label visually and keep it for screen readers', () => {
    render(<PhoneInput hideLabel label="Mobile" />);
    expect(screen.getByRole('textbox', { name: 'Mobile' })).toBeInTheDocument();
    expect(screen.queryByText('Mobile')).toBeNull();
  });
});
