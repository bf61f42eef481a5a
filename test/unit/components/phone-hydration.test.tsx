import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhoneInput } from '../../../src/components/PhoneInput.js';
import { hydrate } from '../../helpers/hydrate.js';

describe('PhoneInput hydration', () => {
  it('hydrates server markup without a mismatch, then formats with the metadata it has', async () => {
    const app = <PhoneInput defaultValue="+447400123456" defaultCountry="CN" />;
    const { container, onRecoverableError, consoleError } = await hydrate(app);
    // This client holds every piece (test setup): after hydration it judges and formats.
    const number = screen.getByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(number).toHaveValue('7400 123456'));
    expect(container.firstElementChild).toHaveAttribute('data-state', 'valid');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
