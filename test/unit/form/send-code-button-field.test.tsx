import { screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { phoneRules } from '../../../src/core/phone/rules.js';
import { SendCodeButtonField } from '../../../src/form/index.js';
import { sendCodeHarness } from '../../helpers/send-code-harness.js';

const harness = sendCodeHarness();
afterEach(() => {
  vi.useRealTimers();
});

interface SignUp {
  phone: string;
}

function SignUpForm({ onValid }: { onValid: (values: SignUp) => void }) {
  // No defaultValues: the binding itself must keep the value a string.
  const { control, handleSubmit } = useForm<SignUp>();
  return (
    <form onSubmit={handleSubmit(onValid)}>
      <SendCodeButtonField
        control={control}
        name="phone"
        channel="CHANNEL_REGISTER"
        rules={phoneRules({ required: true })}
      />
      <button type="submit">Sign up</button>
    </form>
  );
}

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });

describe('SendCodeButtonField (genauth-sms-react/form)', () => {
  it('refuses an empty phone through the rules and focuses the input', async () => {
    const onValid = vi.fn();
    const { user } = harness.setup(<SignUpForm onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    // react-hook-form validates asynchronously, then focuses the first invalid field.
    await waitFor(() =>
      expect(phoneInput()).toHaveAccessibleDescription('Enter your phone number.'),
    );
    expect(phoneInput()).toHaveFocus();
    expect(onValid).not.toHaveBeenCalled();
  });

  it('keeps the number in the form as E.164 and sends to it', async () => {
    const onValid = vi.fn();
    const { user, mock } = harness.setup(<SignUpForm onValid={onValid} />);
    await user.type(phoneInput(), '138 0013 8000');
    await user.click(screen.getByRole('button', { name: 'Send code' }));
    await waitFor(() => expect(mock.outbox).toHaveLength(1));
    expect(mock.outbox[0]).toMatchObject({
      channel: 'CHANNEL_REGISTER',
      phoneNumber: '13800138000',
    });
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(onValid).toHaveBeenCalledTimes(1));
    expect(onValid.mock.calls[0]?.[0]).toEqual({ phone: '+8613800138000' });
  });
});
