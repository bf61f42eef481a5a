import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { jaJP } from '../../../src/i18n/ja-JP.js';
import {
  describePasswordError,
  enUS,
  GenAuthApiError,
  GenAuthInputError,
  NewPasswordInput,
} from '../../../src/index.js';
import { domHolds } from '../../helpers/dom-secrets.js';

function rulesOf(input: HTMLElement) {
  const list = document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
  if (!list) throw new Error('no rules list');
  return within(list)
    .getAllByRole('listitem')
    .map((item) => [item.textContent, item.hasAttribute('data-met')]);
}

describe('<NewPasswordInput>', () => {
  it('is a new-password field whose rules tick as the user types', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NewPasswordInput strength="medium" onChange={onChange} />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('autocomplete', 'new-password');
    expect(screen.getByRole('list', { name: 'Your password needs' })).toBeInTheDocument();
    expect(rulesOf(input)).toEqual([
      ['At least 6 characters: not yet', false],
      ['Two of these: letters, numbers, symbols: not yet', false],
      ['No spaces: done', true],
    ]);
    await user.type(input, 'abc12');
    expect(rulesOf(input).map(([, met]) => met)).toEqual([false, true, true]);
    await user.type(input, '3');
    expect(rulesOf(input).map(([, met]) => met)).toEqual([true, true, true]);
    expect(onChange).toHaveBeenLastCalledWith('abc123', { accepted: true });
    await user.type(input, ' ');
    expect(onChange).toHaveBeenLastCalledWith('abc123 ', { accepted: false });
  });

  it('shows and hides the password with one toggle button that keeps its name', async () => {
    const user = userEvent.setup();
    render(<NewPasswordInput defaultValue="secret1" />);
    const toggle = screen.getByRole('button', { name: 'Show password' });
    const input = screen.getByLabelText('New password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Show password' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard(' ');
    expect(input).toHaveAttribute('type', 'password');
  });

  it('ties an error to the input and announces it', () => {
    render(<NewPasswordInput errorMessage="Choose a stronger one." />);
    const input = screen.getByLabelText('New password');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Choose a stronger one.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a stronger one.');
  });

  it('speaks the catalogue it is given and stays controlled', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<NewPasswordInput messages={jaJP} value="" onChange={onChange} strength="high" />);
    const input = screen.getByLabelText('新しいパスワード');
    expect(screen.getByRole('button', { name: 'パスワードを表示' })).toBeInTheDocument();
    await user.type(input, 'x');
    expect(onChange).toHaveBeenCalledWith('x', { accepted: false });
    expect(input).toHaveValue('');
  });
});

describe('describePasswordError', () => {
  const api = (statusCode: number, apiCode?: number, message = 'weak') =>
    new GenAuthApiError(message, { statusCode, apiCode, httpStatus: 200 });

  it('words a refused password, keeping the server message after ours', () => {
    expect(describePasswordError(api(422), enUS)).toBe(`${enUS.passwordRejected} (weak)`);
    expect(describePasswordError(new GenAuthInputError('password', 'x'), enUS)).toBe(
      enUS.passwordIncomplete,
    );
  });

  it('leaves code, token and other errors to other wording', () => {
    expect(describePasswordError(api(400, 2001), enUS)).toBeNull();
    expect(describePasswordError(api(403), enUS)).toBeNull();
    expect(describePasswordError(new GenAuthInputError('passCode', 'x'), enUS)).toBeNull();
    expect(describePasswordError(new Error('x'), enUS)).toBeNull();
  });
});

describe('<NewPasswordInput>: the password stays out of the DOM', () => {
  const SECRET = 'Hunter2-secret';

  it('uncontrolled: typing leaves no value attribute, shown or hidden', async () => {
    const user = userEvent.setup();
    const { container } = render(<NewPasswordInput />);
    const input = screen.getByLabelText<HTMLInputElement>('New password');
    await user.type(input, SECRET);
    expect(input.value).toBe(SECRET);
    expect(container.querySelector('input[value^="Hun"]')).toBeNull();
    expect(domHolds(container, 'Hun')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Show password' }));
    await user.type(input, '!');
    expect(input.value).toBe(`${SECRET}!`);
    expect(domHolds(container, 'Hun')).toBe(false);
  });

  it('controlled, and from defaultValue', async () => {
    const user = userEvent.setup();
    function Form() {
      const [password, setPassword] = useState('');
      return <NewPasswordInput value={password} onChange={setPassword} />;
    }
    const { container } = render(<Form />);
    const input = screen.getByLabelText<HTMLInputElement>('New password');
    await user.type(input, SECRET);
    expect(input.value).toBe(SECRET);
    expect(domHolds(container, 'Hun')).toBe(false);

    const other = render(<NewPasswordInput id="second" defaultValue={SECRET} />);
    expect(other.container.querySelector<HTMLInputElement>('#second')?.value).toBe(SECRET);
    expect(domHolds(other.container, 'Hun')).toBe(false);
  });

  it('shows what a controlling parent accepts, and follows its changes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const view = render(<NewPasswordInput value="abc" onChange={onChange} />);
    const input = screen.getByLabelText<HTMLInputElement>('New password');
    await user.type(input, 'd');
    expect(onChange).toHaveBeenLastCalledWith('abcd', { accepted: false });
    expect(input.value).toBe('abc');
    view.rerender(<NewPasswordInput value="" onChange={onChange} />);
    expect(input.value).toBe('');
  });
});
