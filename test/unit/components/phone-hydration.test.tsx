import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

describe('PhoneInput hydration', () => {
  it('hydrates server markup without a mismatch, then formats with the metadata it has', async () => {
    const app = <PhoneInput defaultValue="+447400123456" defaultCountry="CN" />;
    const html = renderToString(app);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const onRecoverableError = vi.fn();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const root = await act(async () => hydrateRoot(container, app, { onRecoverableError }));
    cleanup = () => {
      root.unmount();
      container.remove();
      consoleError.mockRestore();
    };
    // This client holds every piece (test setup): after hydration it judges and formats.
    const number = screen.getByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(number).toHaveValue('7400 123456'));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'valid');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
