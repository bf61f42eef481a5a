import { act, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneSignIn } from '../../../src/flows/index.js';
import {
  cooldownKey,
  createGenAuthClient,
  GenAuthProvider,
  parsePhone,
  SendCodeButton,
  type SendCodeButtonRenderState,
  useSendCode,
} from '../../../src/index.js';
import { installFullPhoneMetadata } from '../../../src/phone-full.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import { holdPhoneMetadata } from '../../helpers/phone-metadata.js';

// A number known from props (or a resumed flow) shows its running cooldown on the first client
// paint, before the phone metadata of its calling code has arrived: the cooldown is keyed by
// the E.164 number, which needs no numbering plan. The verdict itself still waits for it.
const harness = flowHarness();
const ADA = '+8613800138000';
const ADA_KEY = cooldownKey('CHANNEL_LOGIN', ADA);

let gate: ReturnType<typeof holdPhoneMetadata>;
beforeEach(() => {
  harness.install().addUser({ phone: '13800138000', phoneCountryCode: '+86' });
  gate = holdPhoneMetadata();
});
afterAll(() => installFullPhoneMetadata());

const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const client = () => createGenAuthClient({ appId: 'app', appHost: 'x.genauth.ai', fetch: vi.fn() });
const arrive = (code: string) =>
  act(async () => {
    await gate.held.find((piece) => piece.callingCode === code)?.arrive();
  });

describe('a cooldown shown before the phone metadata arrives', () => {
  it('<SendCodeButton defaultPhone> renders its cooldown from the first render on', async () => {
    const browser = harness.browser();
    browser.cooldownStore.start(ADA_KEY, 42_000);
    const renders: SendCodeButtonRenderState[] = [];
    harness.render(
      () => (
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone={ADA}>
          {(render) => {
            renders.push(render);
            return render.hasSent ? 'Resend code' : 'Send code';
          }}
        </SendCodeButton>
      ),
      browser,
    );
    expect(gate.requested()).toEqual(['86']);
    expect(renders[0]).toEqual({ state: 'cooldown', remainingSeconds: 42, hasSent: true });
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveAccessibleName('Resend code');

    await arrive('86');
    // The verdict changes nothing on screen: same number, same key.
    expect(renders.every((render) => render.state === 'cooldown' && render.hasSent)).toBe(true);
    expect(harness.mock.outbox).toHaveLength(0);
  });

  it('a hidden phone input (MFA) and the default countdown text', () => {
    const browser = harness.browser();
    browser.cooldownStore.start(ADA_KEY, 30_000);
    const { container } = harness.render(
      () => <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone={ADA} hidePhoneInput />,
      browser,
    );
    expect(container.querySelector('[data-state]')).toHaveAttribute('data-state', 'cooldown');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton().textContent).toMatch(/30/);
  });

  it('useSendCode with a pending parse: the cooldown is there, the verdict is not', () => {
    const browser = harness.browser();
    browser.cooldownStore.start(ADA_KEY, 42_000);
    const { result } = renderHook(
      () => useSendCode({ channel: 'CHANNEL_LOGIN', phone: parsePhone(ADA) }),
      {
        wrapper: ({ children }) => (
          <GenAuthProvider client={client()} cooldownStore={browser.cooldownStore}>
            {children}
          </GenAuthProvider>
        ),
      },
    );
    expect(result.current.state).toBe('cooldown');
    expect(result.current.remainingSeconds).toBe(42);
    expect(result.current.isRecipientValid).toBe(false);
  });

  it('another number of the same calling code shows no cooldown', () => {
    const browser = harness.browser();
    browser.cooldownStore.start(ADA_KEY, 42_000);
    harness.render(
      () => <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone="+8613900139000" />,
      browser,
    );
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(sendButton()).toHaveAccessibleName('Send code');
  });

  it('a resumed <PhoneSignIn> shows the countdown of its code step at once after a reload', async () => {
    installFullPhoneMetadata();
    const browser = harness.browser();
    const first = harness.render((r) => <PhoneSignIn resumeStore={r} />, browser);
    await first.user.type(screen.getByRole('textbox', { name: 'Phone number' }), '13800138000');
    await first.user.click(sendButton());
    await screen.findByRole('heading', { name: 'Enter the code' });
    first.unmount();

    // The reload: no metadata yet.
    gate = holdPhoneMetadata();
    harness.render((r) => <PhoneSignIn resumeStore={r} />, browser);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveAccessibleName('Resend code');
    expect(sendButton().textContent).toMatch(/\d/);
  });

  it('the server still renders a neutral button, reading no cooldown', () => {
    const browser = harness.browser();
    browser.cooldownStore.start(ADA_KEY, 42_000);
    const read = vi.spyOn(browser.cooldownStore, 'remainingMs');
    const html = renderToString(
      <GenAuthProvider client={client()} cooldownStore={browser.cooldownStore}>
        <SendCodeButton channel="CHANNEL_LOGIN" defaultPhone={ADA} />
      </GenAuthProvider>,
    );
    expect(html).toContain('Send code');
    expect(html).not.toContain('aria-disabled');
    expect(read).not.toHaveBeenCalled();
  });
});
