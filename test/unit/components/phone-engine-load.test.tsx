import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';
import {
  type PhoneEngineImporter,
  resetPhoneEngineLoader,
} from '../../../src/core/phone/load-phone-engine.js';
import { resetPhoneMetadataStore } from '../../../src/core/phone/metadata-store.js';
import { type PhoneEngine, phoneEngine } from '../../../src/core/phone/phone-engine.js';
import { parsePhone, SendCodeButton } from '../../../src/index.js';
import { installFullPhoneMetadata } from '../../../src/phone-full.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

// The field and the button while the phone engine (libphonenumber-js, a lazy chunk requested
// with the first piece) is on its way or failing; the pieces themselves load at once.
interface HeldEngine {
  arrive: () => Promise<void>;
  fail: () => void;
}
let held: HeldEngine[];
beforeEach(() => {
  held = [];
  const importer: PhoneEngineImporter = () =>
    new Promise<PhoneEngine>((resolve, reject) => {
      held.push({
        arrive: async () => {
          resolve(phoneEngine);
          await new Promise((done) => setTimeout(done, 0));
        },
        fail: () => reject(new TypeError('Failed to fetch dynamically imported module')),
      });
    });
  resetPhoneEngineLoader(importer);
  resetPhoneMetadataStore(undefined, true);
});
afterEach(() => vi.useRealTimers());
afterAll(() => {
  resetPhoneEngineLoader();
  installFullPhoneMetadata();
});

const number = () => screen.getByRole('textbox', { name: 'Phone number' });
const engineArrives = () => act(async () => held[0]?.arrive());

describe('<PhoneInput> before the phone engine arrives', () => {
  it('asks for it at mount, shows the digits as typed (full-width folded) and no verdict', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<PhoneInput defaultCountry="CN" onChange={onChange} />);
    await waitFor(() => expect(held).toHaveLength(1));
    await user.type(number(), '１３８00138000');
    expect(number()).toHaveValue('13800138000');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'pending');
    expect(onChange).toHaveBeenLastCalledWith(
      '+8613800138000',
      expect.objectContaining({ valid: false, reason: 'pending' }),
    );
    await engineArrives();
    await waitFor(() => expect(number()).toHaveValue('138 0013 8000'));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'valid');
    expect(held).toHaveLength(1);
  });

  it('a number pasted before it moves its calling code at once, and is right once it arrives', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { container } = render(<PhoneInput defaultCountry="CN" onChange={onChange} />);
    const root = () => container.firstElementChild;
    await waitFor(() => expect(held).toHaveLength(1));
    await user.click(number());
    await user.paste('+44 (0)7400 123456');
    // The calling-code index alone: the country and the digits after the code, as pasted.
    expect(root()).toHaveAttribute('data-country', 'GB');
    expect(number()).toHaveValue('07400123456');
    expect(root()).toHaveAttribute('data-state', 'pending');
    expect(onChange).toHaveBeenLastCalledWith(
      '+4407400123456',
      expect.objectContaining({ reason: 'pending', phoneCountryCode: '+44' }),
    );
    await engineArrives();
    // With the engine and the +44 piece: the trunk prefix read as one, the number grouped.
    await waitFor(() => expect(number()).toHaveValue('7400 123456'));
    expect(root()).toHaveAttribute('data-state', 'valid');
    expect(root()).toHaveAttribute('data-country', 'GB');
    expect(onChange).toHaveBeenLastCalledWith(
      '+447400123456',
      expect.objectContaining({ valid: true, country: 'GB' }),
    );
    const input = number() as HTMLInputElement;
    expect(input.selectionStart).toBe(input.value.length);
    expect(held).toHaveLength(1);
    // Typing on goes on with the engine: the next digit lands after the last one.
    await user.type(number(), '{Backspace}7');
    expect(number()).toHaveValue('7400 123457');
  });

  it('a failed load says so and the next edit tries again', async () => {
    const user = userEvent.setup();
    const { container } = render(<PhoneInput defaultCountry="CN" />);
    await waitFor(() => expect(held).toHaveLength(1));
    await act(async () => held[0]?.fail());
    await user.type(number(), '1');
    await waitFor(() => expect(held).toHaveLength(2));
    await act(async () => held[1]?.arrive());
    await user.type(number(), '3800138000');
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'valid'));
  });
});

describe('parsePhone before the phone engine arrives', () => {
  const samples = ['+999 123 4567', '+99', '+0123', '13800138000', '+86 138 0013 8000'];

  it('gives what the engine gives for numbers that name no known calling code, pending otherwise', async () => {
    const before = samples.map((text) => parsePhone(text, { defaultCountry: 'CN' }));
    expect(before.map((parsed) => parsed.reason)).toEqual([
      'invalid_country',
      'too_short',
      'invalid_country',
      'pending',
      'pending',
    ]);
    installFullPhoneMetadata();
    const after = samples.map((text) => parsePhone(text, { defaultCountry: 'CN' }));
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    expect(after.slice(3).map((parsed) => parsed.valid)).toEqual([true, true]);
  });
});

const harness = sendCodeHarness();
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });

describe('<SendCodeButton> before the phone engine arrives', () => {
  it('a click waits for it, then sends exactly once', async () => {
    const { mock, user, container } = harness.setup(
      <SendCodeButton channel="CHANNEL_LOGIN" defaultCountry="CN" />,
    );
    await user.type(number(), '13800138000');
    await user.click(sendButton());
    expect(container.firstElementChild).toHaveAttribute('data-state', 'sending');
    expect(mock.outbox).toHaveLength(0);
    await engineArrives();
    await waitFor(() =>
      expect(container.firstElementChild).toHaveAttribute('data-state', 'cooldown'),
    );
    expect(mock.outbox).toHaveLength(1);
    expect(mock.outbox[0]).toMatchObject({ phoneNumber: '13800138000', phoneCountryCode: '+86' });
  });
});
