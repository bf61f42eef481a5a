import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { phoneRules } from '../../../src/core/phone/rules.js';
import { PhoneField } from '../../../src/form/index.js';
import type { GenAuthMessages } from '../../../src/i18n/messages.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';

interface SignUp {
  name: string;
  phone: string;
}

function SignUpForm({
  onValid,
  defaultValues,
  messages,
}: {
  onValid: (values: SignUp) => void;
  defaultValues?: Partial<SignUp>;
  messages?: GenAuthMessages;
}) {
  const { control, handleSubmit, register } = useForm<SignUp>(
    defaultValues ? { defaultValues } : {},
  );
  return (
    <form onSubmit={handleSubmit(onValid)}>
      <label>
        Name
        <input {...register('name')} />
      </label>
      <PhoneField
        control={control}
        name="phone"
        messages={messages}
        rules={phoneRules({ required: true, messages })}
      />
      <button type="submit">Sign up</button>
    </form>
  );
}

const numberInput = () => screen.getByRole('textbox', { name: 'Phone number' });

describe('PhoneField (react-hook-form)', () => {
  it('refuses an empty phone, shows the message and focuses the input', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<SignUpForm onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(onValid).not.toHaveBeenCalled();
    expect(numberInput()).toHaveFocus();
    expect(numberInput()).toHaveAttribute('aria-invalid', 'true');
    expect(numberInput()).toHaveAccessibleDescription('Enter your phone number.');
  });

  it('refuses a fixed line with the parsePhone reason, in Chinese', async () => {
    const user = userEvent.setup();
    render(<SignUpForm onValid={vi.fn()} messages={zhCN} />);
    const input = screen.getByRole('textbox', { name: '手机号' });
    await user.type(input, '01012345678');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription('请输入可接收短信的手机号。');
  });

  it('submits the E.164 value and clears the error once fixed', async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    render(<SignUpForm onValid={onValid} />);
    await user.type(numberInput(), '138');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(numberInput()).toHaveAccessibleDescription('This phone number is too short.');
    await user.type(numberInput(), '00138000');
    expect(numberInput()).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(onValid).toHaveBeenCalledWith({ name: '', phone: '+8613800138000' }, expect.anything());
  });

  it("holds '' rather than undefined, with or without defaultValues", async () => {
    const user = userEvent.setup();
    const onValid = vi.fn();
    const optional = (props: { defaultValues?: Partial<SignUp> }) => {
      function Optional() {
        const { control, handleSubmit } = useForm<SignUp>(
          props.defaultValues ? { defaultValues: props.defaultValues } : {},
        );
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <PhoneField control={control} name="phone" rules={phoneRules()} />
            <button type="submit">Save</button>
          </form>
        );
      }
      return <Optional />;
    };
    const { unmount } = render(optional({}));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid.mock.lastCall?.[0]).toEqual({ phone: '' });
    unmount();
    render(optional({ defaultValues: { phone: '+447400123456' } }));
    expect(numberInput()).toHaveValue('7400 123456');
    await user.clear(numberInput());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onValid.mock.lastCall?.[0]).toEqual({ phone: '' });
  });

  it('still calls the onChange and onBlur it is given', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const onBlur = vi.fn();
    function Form() {
      const { control } = useForm<SignUp>({ defaultValues: { phone: '' } });
      return <PhoneField control={control} name="phone" onChange={onChange} onBlur={onBlur} />;
    }
    render(<Form />);
    await user.type(numberInput(), '1');
    await user.tab();
    expect(onChange).toHaveBeenCalledWith('+861', expect.objectContaining({ reason: 'too_short' }));
    expect(onBlur).toHaveBeenCalledTimes(1);
  });
});
