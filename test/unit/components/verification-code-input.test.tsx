import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  VerificationCodeInput,
  type VerificationCodeInputProps,
} from '../../../src/components/VerificationCodeInput.js';
import type { OtpCredentialRequest, OtpCredentialsSource } from '../../../src/core/code/web-otp.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { attributeValues } from '../../helpers/dom-secrets.js';

/** A Web OTP source whose answer the test decides; records every request. */
function fakeOtpSource() {
  const requests: OtpCredentialRequest[] = [];
  let answer: (value: { code: string } | null) => void = () => {};
  const source: OtpCredentialsSource = {
    get: vi.fn((options: OtpCredentialRequest) => {
      requests.push(options);
      return new Promise<{ code: string } | null>((resolve, reject) => {
        answer = resolve;
        options.signal.addEventListener('abort', () =>
          reject(new DOMException('Aborted', 'AbortError')),
        );
      });
    }),
  };
  return { source, requests, deliver: (code: string) => answer({ code }) };
}

function setup(props: VerificationCodeInputProps = {}) {
  const user = userEvent.setup();
  const onChange = vi.fn();
  const onComplete = vi.fn();
  const view = render(
    <VerificationCodeInput onChange={onChange} onComplete={onComplete} {...props} />,
  );
  const input = screen.getByRole<HTMLInputElement>('textbox', { name: 'Verification code' });
  return { user, onChange, onComplete, input, ...view };
}

describe('VerificationCodeInput: one accessible field', () => {
  it('is a single labelled text field set up for one-time codes', () => {
    const { input, container } = setup();
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('pattern', '[0-9]*');
    expect(input).toHaveAttribute('aria-invalid', 'false');
    const boxes = container.querySelector('.genauth-code-input__boxes');
    expect(boxes).toHaveAttribute('aria-hidden', 'true');
    expect(boxes?.children).toHaveLength(6);
  });

  it('takes its label from the locale, the messages or the label prop', () => {
    const { rerender } = render(<VerificationCodeInput messages={zhCN} />);
    expect(screen.getByRole('textbox', { name: '验证码' })).toBeInTheDocument();
    rerender(<VerificationCodeInput messages={{ codeLabel: 'SMS code' }} />);
    expect(screen.getByRole('textbox', { name: 'SMS code' })).toBeInTheDocument();
    rerender(<VerificationCodeInput label="Code from your phone" hideLabel />);
    expect(screen.getByRole('textbox', { name: 'Code from your phone' })).toBeInTheDocument();
  });

  it('focuses on mount with autoFocus and hands its input to ref', () => {
    const ref = createRef<HTMLInputElement>();
    render(<VerificationCodeInput autoFocus ref={ref} />);
    expect(ref.current).toBe(screen.getByRole('textbox'));
    expect(ref.current).toHaveFocus();
  });
});

describe('VerificationCodeInput: typing', () => {
  it('reports each digit and completes once', async () => {
    const { user, input, onChange, onComplete } = setup();
    await user.type(input, '123456');
    expect(input).toHaveValue('123456');
    expect(onChange).toHaveBeenCalledTimes(6);
    expect(onChange).toHaveBeenLastCalledWith('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('ignores non-digits and keeps the caret in place', async () => {
    const { user, input, onChange } = setup();
    await user.type(input, 'a1 b2-c3');
    expect(input).toHaveValue('123');
    expect(onChange).toHaveBeenCalledTimes(3);
    await user.type(input, 'x9', { initialSelectionStart: 1, initialSelectionEnd: 1 });
    expect(input).toHaveValue('1923');
  });

  it('turns full-width digits into ASCII', async () => {
    const { user, input, onComplete } = setup();
    await user.type(input, '１２３４５６');
    expect(input).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('stops at length digits and completes only once', async () => {
    const { user, input, onComplete } = setup({ length: 4 });
    await user.type(input, '12345678');
    expect(input).toHaveValue('1234');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('1234');
  });

  it('deletes with backspace and completes again with the new code', async () => {
    const { user, input, onChange, onComplete } = setup();
    await user.type(input, '123456');
    await user.keyboard('{Backspace}');
    expect(input).toHaveValue('12345');
    expect(onChange).toHaveBeenLastCalledWith('12345');
    await user.keyboard('{Backspace}{Backspace}');
    expect(input).toHaveValue('123');
    await user.keyboard('457');
    expect(onComplete).toHaveBeenCalledTimes(2);
    expect(onComplete).toHaveBeenLastCalledWith('123457');
  });

  it('edits in the middle with arrows and backspace', async () => {
    const { user, input } = setup();
    await user.type(input, '123456');
    await user.keyboard('{ArrowLeft}{ArrowLeft}{Backspace}');
    expect(input).toHaveValue('12356');
    await user.keyboard('9');
    expect(input).toHaveValue('123956');
  });
});

describe('VerificationCodeInput: input methods', () => {
  it('leaves an IME composition alone and cleans the committed text', () => {
    const { input, onChange } = setup();
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: '１２ｓ' } });
    expect(input).toHaveValue('１２ｓ');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '１２３' } });
    fireEvent.compositionEnd(input);
    expect(input).toHaveValue('123');
    expect(onChange).toHaveBeenCalledExactlyOnceWith('123');
  });

  it('takes the code out of an SMS autofilled as a whole', () => {
    const { input, onComplete } = setup();
    fireEvent.change(input, { target: { value: 'Your code is 135790. Do not share it.' } });
    expect(input).toHaveValue('135790');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('135790');
  });
});

describe('VerificationCodeInput: paste', () => {
  it.each([
    ['123456'],
    ['123 456'],
    ['123-456'],
    ['１２３４５６'],
    ['Your code is 123456'],
    ['【GenAuth】您的验证码是 123456，5 分钟内有效。'],
  ])('fills the whole code from %j', async (text) => {
    const { user, input, onChange, onComplete } = setup();
    await user.click(input);
    await user.paste(text);
    expect(input).toHaveValue('123456');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('123456');
  });

  it('replaces a complete code and completes again only when the code differs', async () => {
    const { user, input, onComplete } = setup({ defaultValue: '111111' });
    await user.click(input);
    await user.paste('111111');
    expect(onComplete).not.toHaveBeenCalled();
    await user.paste('222 222');
    expect(input).toHaveValue('222222');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete).toHaveBeenCalledWith('222222');
  });

  it('inserts a partial paste at the caret', async () => {
    const { user, input } = setup();
    await user.type(input, '16');
    input.setSelectionRange(1, 1);
    await user.paste('2 3');
    expect(input).toHaveValue('1236');
  });

  it('ignores a paste without digits', async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.paste('hello');
    expect(input).toHaveValue('');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('VerificationCodeInput: controlled and uncontrolled', () => {
  it('starts from defaultValue', () => {
    const { input, container } = setup({ defaultValue: '12' });
    expect(input).toHaveValue('12');
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-state', 'partial');
  });

  it('follows value and lets the parent clear it', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn();
    function Form() {
      const [code, setCode] = useState('');
      return (
        <>
          <VerificationCodeInput value={code} onChange={setCode} onComplete={onComplete} />
          <button type="button" onClick={() => setCode('')}>
            Clear
          </button>
          <output>{code}</output>
        </>
      );
    }
    render(<Form />);
    const input = screen.getByRole('textbox', { name: 'Verification code' });
    await user.type(input, '12345６');
    expect(screen.getByRole('status')).toHaveTextContent('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(input).toHaveValue('');
    await user.type(input, '123456');
    expect(onComplete).toHaveBeenCalledTimes(2);
  });

  it('shows only what the parent accepts', async () => {
    const { user, input, onChange } = setup({ value: '12' });
    await user.type(input, '3');
    expect(onChange).toHaveBeenCalledWith('123');
    expect(input).toHaveValue('12');
  });

  it('does not complete when the parent sets a complete value, nor on re-renders', () => {
    const onComplete = vi.fn();
    const { rerender } = render(<VerificationCodeInput value="" onComplete={onComplete} />);
    rerender(<VerificationCodeInput value="123456" onComplete={onComplete} />);
    rerender(<VerificationCodeInput value="123456" onComplete={onComplete} />);
    expect(screen.getByRole('textbox')).toHaveValue('123456');
    expect(onComplete).not.toHaveBeenCalled();
  });

  it('submits its digits under name', () => {
    render(
      <form aria-label="sign in">
        <VerificationCodeInput name="passCode" defaultValue="１２３４" />
      </form>,
    );
    const form = screen.getByRole('form', { name: 'sign in' }) as HTMLFormElement;
    expect(new FormData(form).get('passCode')).toBe('1234');
  });
});

describe('VerificationCodeInput: states', () => {
  it('cannot be typed in when disabled', async () => {
    const { user, input, onChange, container } = setup({ disabled: true });
    expect(input).toBeDisabled();
    await user.type(input, '123');
    expect(input).toHaveValue('');
    expect(onChange).not.toHaveBeenCalled();
    expect(container.firstElementChild).toHaveAttribute('data-disabled', '');
  });

  it('ties the error message to the input', () => {
    const { input, container } = setup({ errorMessage: 'Wrong code. Try again.' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Wrong code. Try again.');
    expect(screen.getByRole('alert')).toHaveTextContent('Wrong code. Try again.');
    expect(container.firstElementChild).toHaveAttribute('data-invalid', '');
  });

  it('can be marked invalid without a message', () => {
    const { input } = setup({ invalid: true });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('exposes its state as data attributes and mirrors digits in the boxes', async () => {
    const { user, input, container } = setup({ length: 4 });
    const root = container.firstElementChild;
    expect(root).toHaveAttribute('data-state', 'empty');
    await user.type(input, '12');
    expect(root).toHaveAttribute('data-focused', '');
    const boxes = container.querySelectorAll('.genauth-code-input__box');
    expect([...boxes].map((box) => box.textContent)).toEqual(['1', '2', '', '']);
    expect(boxes[2]).toHaveAttribute('data-active', '');
    await user.type(input, '34');
    expect(root).toHaveAttribute('data-state', 'complete');
    expect(root).toHaveAttribute('data-complete', '');
    await user.tab();
    expect(root).not.toHaveAttribute('data-focused');
  });

  it('takes className and classNames, and drops its own classes when unstyled', () => {
    const { container, rerender } = render(
      <VerificationCodeInput className="mine" classNames={{ input: 'my-input', box: 'my-box' }} />,
    );
    expect(container.firstElementChild).toHaveClass('genauth-code-input', 'mine');
    expect(screen.getByRole('textbox')).toHaveClass('genauth-code-input__input', 'my-input');
    rerender(<VerificationCodeInput unstyled className="mine" classNames={{ box: 'my-box' }} />);
    expect(container.querySelector('[class*="genauth-"]')).toBeNull();
    expect(container.querySelectorAll('.my-box')).toHaveLength(6);
  });
});

describe('VerificationCodeInput: Web OTP', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for an SMS code and fills it in', async () => {
    const otp = fakeOtpSource();
    const { input, onComplete } = setup({ otpCredentials: otp.source });
    expect(otp.requests).toHaveLength(1);
    expect(otp.requests[0]?.otp).toEqual({ transport: ['sms'] });
    await act(async () => otp.deliver('654321'));
    expect(input).toHaveValue('654321');
    expect(onComplete).toHaveBeenCalledWith('654321');
  });

  it('completes once under StrictMode, whose first request is aborted', async () => {
    const otp = fakeOtpSource();
    const onComplete = vi.fn();
    render(
      <StrictMode>
        <VerificationCodeInput otpCredentials={otp.source} onComplete={onComplete} />
      </StrictMode>,
    );
    expect(otp.requests.filter((request) => !request.signal.aborted)).toHaveLength(1);
    await act(async () => otp.deliver('654321'));
    expect(screen.getByRole('textbox')).toHaveValue('654321');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('654321');
  });

  it('aborts the request on unmount and ignores a late answer', async () => {
    const otp = fakeOtpSource();
    const { unmount, onChange } = setup({ otpCredentials: otp.source });
    const signal = otp.requests[0]?.signal;
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await act(async () => otp.deliver('654321'));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('aborts the request once the code was typed by hand', async () => {
    const otp = fakeOtpSource();
    const { user, input } = setup({ otpCredentials: otp.source });
    await user.type(input, '123456');
    expect(otp.requests[0]?.signal.aborted).toBe(true);
  });

  it('does not listen when disabled, turned off, or already complete', () => {
    const otp = fakeOtpSource();
    render(<VerificationCodeInput disabled otpCredentials={otp.source} />);
    render(<VerificationCodeInput webOtp={false} otpCredentials={otp.source} />);
    render(<VerificationCodeInput defaultValue="123456" otpCredentials={otp.source} />);
    expect(otp.source.get).not.toHaveBeenCalled();
  });

  it('survives a refused request', async () => {
    const source: OtpCredentialsSource = {
      get: () => Promise.reject(new DOMException('No', 'NotAllowedError')),
    };
    const { user, input } = setup({ otpCredentials: source });
    await act(async () => {});
    await user.type(input, '12');
    expect(input).toHaveValue('12');
  });

  it("uses the browser's navigator.credentials when OTPCredential exists", async () => {
    const get = vi.fn(async () => ({ type: 'otp', id: '', code: '246810' }));
    vi.stubGlobal('OTPCredential', class {});
    vi.stubGlobal('navigator', { ...navigator, credentials: { get } });
    const { input } = setup();
    await act(async () => {});
    expect(get).toHaveBeenCalledWith(
      expect.objectContaining({ otp: { transport: ['sms'] }, signal: expect.any(AbortSignal) }),
    );
    expect(input).toHaveValue('246810');
  });

  it('does nothing where the browser has no Web OTP API', () => {
    const get = vi.fn();
    vi.stubGlobal('navigator', { ...navigator, credentials: { get } });
    setup();
    expect(get).not.toHaveBeenCalled();
  });
});

describe('VerificationCodeInput: the code stays out of attributes', () => {
  const CODE = '731946';
  const held = (root: Element) => attributeValues(root).some((value) => value.includes('7319'));

  it('typed, pasted or filled by Web OTP, the code is in no attribute', async () => {
    const typed = setup();
    await typed.user.type(typed.input, CODE);
    expect(typed.input.value).toBe(CODE);
    expect(typed.input.hasAttribute('value')).toBe(false);
    expect(held(typed.container)).toBe(false);
    typed.unmount();

    const pasted = setup();
    await pasted.user.click(pasted.input);
    await pasted.user.paste(`Your code is ${CODE}`);
    expect(pasted.input.value).toBe(CODE);
    expect(held(pasted.container)).toBe(false);
    pasted.unmount();

    const otp = fakeOtpSource();
    const filled = setup({ otpCredentials: otp.source });
    await act(async () => otp.deliver(CODE));
    expect(filled.input.value).toBe(CODE);
    expect(held(filled.container)).toBe(false);
  });

  it('controlled and from defaultValue, the code is in no attribute', async () => {
    const controlled = setup({ value: CODE });
    expect(controlled.input.value).toBe(CODE);
    expect(held(controlled.container)).toBe(false);
    controlled.unmount();
    const initial = setup({ defaultValue: CODE });
    expect(initial.input.value).toBe(CODE);
    expect(held(initial.container)).toBe(false);
  });
});
