import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';
import { SendCodeButton } from '../../../src/index.js';
import { installFullPhoneMetadata } from '../../../src/phone-full.js';
import { holdPhoneMetadata } from '../../helpers/phone-metadata.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

// The field and the button while metadata pieces are on their way, late, or failing.
let gate: ReturnType<typeof holdPhoneMetadata>;
beforeEach(() => {
  gate = holdPhoneMetadata();
});
afterEach(() => vi.useRealTimers());
afterAll(() => installFullPhoneMetadata());

const number = () => screen.getByRole('textbox', { name: 'Phone number' });
const arrive = (code: string) =>
  act(async () => {
    await gate.held.find((piece) => piece.callingCode === code)?.arrive();
  });

describe('<PhoneInput> with pieces on demand', () => {
  it('asks for the default country on mount, shows digits as typed and no verdict until it arrives', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<PhoneInput defaultCountry="CN" onChange={onChange} />);
    await waitFor(() => expect(gate.requested()).toEqual(['86']));
    await user.type(number(), '13800138000');
    await user.tab();
    expect(number()).toHaveValue('13800138000');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'pending');
    expect(number()).toHaveAttribute('aria-invalid', 'false');
    expect(onChange).toHaveBeenLastCalledWith(
      '+8613800138000',
      expect.objectContaining({ valid: false, reason: 'pending' }),
    );
    await arrive('86');
    expect(number()).toHaveValue('138 0013 8000');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'valid');
    // The value is the same, the verdict is not: the form hears about it.
    expect(onChange).toHaveBeenLastCalledWith(
      '+8613800138000',
      expect.objectContaining({ valid: true, country: 'CN' }),
    );
    expect(gate.requested()).toEqual(['86']);
  });

  it('reports a verdict that changes when its piece arrives, even if the text does not', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PhoneInput defaultCountry="CN" onChange={onChange} />);
    await user.type(number(), '13');
    expect(onChange).toHaveBeenLastCalledWith(
      '+8613',
      expect.objectContaining({ reason: 'pending' }),
    );
    const calls = onChange.mock.calls.length;
    await arrive('86');
    expect(number()).toHaveValue('13');
    expect(onChange).toHaveBeenCalledTimes(calls + 1);
    expect(onChange).toHaveBeenLastCalledWith(
      '+8613',
      expect.objectContaining({ valid: false, reason: 'too_short' }),
    );
  });

  it('a pasted +1 number loads +1 only; the country follows the number when it arrives', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<PhoneInput defaultCountry="CA" onChange={onChange} />);
    const country = screen.getByRole('combobox', { name: 'Country/region' });
    await arrive('1');
    await user.click(number());
    await user.paste('+1 213 373 4253 ext. 123');
    expect(country).toHaveValue('+1');
    expect(onChange).toHaveBeenLastCalledWith(
      '+12133734253',
      expect.objectContaining({ valid: true, country: 'US', selectedCountry: 'US' }),
    );
    expect(gate.requested()).toEqual(['1']);
    expect(screen.getByRole('group').parentElement).toHaveAttribute('data-country', 'US');
  });

  it('two numbers needing two pieces at once each get theirs', async () => {
    render(
      <>
        <PhoneInput defaultCountry="GB" label="UK phone" />
        <PhoneInput defaultCountry="JP" label="Japan phone" />
      </>,
    );
    await waitFor(() => expect(gate.requested().sort()).toEqual(['44', '81']));
    await arrive('81');
    await arrive('44');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'UK phone' }), '07400123456');
    await user.type(screen.getByRole('textbox', { name: 'Japan phone' }), '09012345678');
    expect(screen.getByRole('textbox', { name: 'UK phone' })).toHaveValue('07400 123456');
    expect(screen.getByRole('textbox', { name: 'Japan phone' })).toHaveValue('090-1234-5678');
    expect(gate.requested().sort()).toEqual(['44', '81']);
  });

  it('a piece that fails says so, in the field, and the next edit tries again', async () => {
    const user = userEvent.setup();
    const { container } = render(<PhoneInput defaultCountry="CN" />);
    await waitFor(() => expect(gate.requested()).toEqual(['86']));
    await act(async () => gate.held[0]?.fail());
    await user.type(number(), '1');
    // The edit tried again; that attempt fails too.
    expect(gate.requested()).toEqual(['86', '86']);
    await act(async () => gate.held[1]?.fail());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'unavailable');
    expect(number()).toHaveAccessibleDescription(/can't be checked right now/);
    await user.type(number(), '3');
    expect(gate.requested()).toEqual(['86', '86', '86']);
    await act(async () => gate.held[2]?.arrive());
    await user.type(number(), '800138000');
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'valid'));
    expect(number()).toHaveValue('138 0013 8000');
  });

  it('a CN-only field never asks for another piece', async () => {
    const user = userEvent.setup();
    render(<PhoneInput defaultCountry="CN" countries={['CN']} />);
    await arrive('86');
    await user.click(number());
    await user.paste('+44 7400 123456');
    await user.tab();
    expect(gate.requested()).toEqual(['86']);
    expect(number()).toHaveAccessibleDescription('This country code is not supported.');
  });
});

const harness = sendCodeHarness();
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });

describe('<SendCodeButton> with pieces on demand', () => {
  it('a click before the piece arrives waits for it, then sends exactly once', async () => {
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="GB" />,
    );
    await user.type(number(), '07400 123456');
    await user.click(sendButton());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'sending');
    expect(mock.outbox).toHaveLength(0);
    await arrive('44');
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ phoneNumber: '7400123456', phoneCountryCode: '+44' });
  });

  it('a piece that fails never sends and says why', async () => {
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="GB" />,
    );
    await user.type(number(), '07400 123456');
    await user.click(sendButton());
    await act(async () => gate.held.find((piece) => piece.callingCode === '44')?.fail());
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'invalid'),
    );
    expect(mock.outbox).toHaveLength(0);
    expect(screen.getAllByText(/can't be checked right now/).length).toBeGreaterThan(0);
  });
});
