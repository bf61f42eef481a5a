import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadCountryList,
  resetCountryListLoader,
} from '../../../../src/components/country-select/country-list-loader.js';
import { CountrySelect } from '../../../../src/index.js';

let cleanup: (() => void) | undefined;
afterAll(() => resetCountryListLoader());
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** Server markup, then hydration; returns what React complained about. */
async function hydrate(app: ReactElement) {
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
  return { html, container, onRecoverableError, consoleError };
}

describe('CountrySelect on the server and at hydration', () => {
  it('renders the closed combobox alike on both sides, with no list and no request', async () => {
    const { html, onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="JP" onChange={() => {}} />,
    );
    expect(html).toContain('role="combobox"');
    expect(html).not.toContain('role="option"');
    const combobox = screen.getByRole('combobox', { name: 'Country/region' });
    expect(combobox).toHaveValue('+81');
    expect(combobox).toHaveAccessibleDescription('Japan');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('hydrates without a mismatch when the list is already loaded in this page', async () => {
    const list = await import('../../../../src/components/country-select/country-list-ui.js');
    resetCountryListLoader(() => Promise.resolve(list));
    loadCountryList();
    await act(async () => {});
    const { onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="CN" onChange={() => {}} />,
    );
    const combobox = screen.getByRole('combobox');
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // The list was there before hydration: the first click opens it at once.
    await userEvent.setup().click(combobox);
    expect(screen.getByRole('listbox')).toBeVisible();
  });

  it('renders the one-country display alike on both sides', async () => {
    const { html, onRecoverableError, consoleError } = await hydrate(
      <CountrySelect value="CN" countries={['CN']} onChange={() => {}} />,
    );
    expect(html).not.toContain('combobox');
    expect(screen.getByRole('textbox', { name: 'Country/region' })).toHaveValue('+86');
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });
});
