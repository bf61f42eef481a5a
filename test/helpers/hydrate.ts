import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, vi } from 'vitest';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/**
 * Renders `app` on the "server", puts the markup in the document and hydrates it, as a
 * Next.js page would; unmounted after the test. Returns the server markup, its container and
 * what React complained about (`onRecoverableError`, `console.error`, both spies).
 */
export async function hydrate(app: ReactElement) {
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
