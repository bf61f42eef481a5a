import { act, screen, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  cooldownKey,
  type createCooldownStore,
  createGenAuthClient,
  GenAuthProvider,
  SendCodeButton,
} from '../../../src/index.js';
import { isolatedStore } from '../../helpers/cooldown-fakes.js';

function Page({ store }: { store: ReturnType<typeof createCooldownStore> }) {
  const client = createGenAuthClient({ appId: 'app', appHost: 'x.genauth.ai', fetch: vi.fn() });
  return (
    <GenAuthProvider client={client} cooldownStore={store}>
      <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613800138000" id="phone" />
    </GenAuthProvider>
  );
}

describe('<SendCodeButton> server rendering and hydration', () => {
  it('renders ready on the server, then hydrates to the persisted cooldown without a mismatch', async () => {
    const serverStore = isolatedStore();
    const html = renderToString(<Page store={serverStore} />);
    expect(html).toContain('Send code');
    expect(html).not.toContain('aria-disabled');

    const clientStore = isolatedStore();
    clientStore.start(cooldownKey('CHANNEL_LOGIN', '+8613800138000'), 60_000);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, <Page store={clientStore} />);
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Resend code' })).toHaveAttribute(
        'aria-disabled',
        'true',
      ),
    );
    expect(errors).not.toHaveBeenCalled();
    // Shown, but not announced as "code sent": this page did not send it.
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    errors.mockRestore();
    container.remove();
  });
});
