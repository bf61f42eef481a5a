import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneSignIn, usePhoneSignInFlow } from '../../../src/flows/index.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { flowHarness, resumeStoreOnClock } from '../../helpers/flow-harness.js';
import { HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const ADA = '13800138000';

beforeEach(() => {
  harness.install().addUser({ phone: ADA, phoneCountryCode: '+86' });
});

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const signInRequests = () => {
  const urls: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith('/api/v3/signin')) urls.push(request.url);
  });
  return urls;
};

/** Types Ada's number and sends the code; returns when the code step shows. */
async function toCodeStep(user: ReturnType<typeof harness.render>['user']) {
  await user.type(phoneInput(), '138 0013 8000');
  await user.click(sendButton());
  await screen.findByRole('heading', { name: 'Enter the code' });
  return harness.mock.lastCodeFor(ADA, 'CHANNEL_LOGIN') ?? '';
}

describe('<PhoneSignIn>', () => {
  it('walks number → code → signed in, with focus on each new heading', async () => {
    const onSignedIn = vi.fn();
    const browser = harness.browser();
    const { user } = harness.render(
      (resumeStore) => <PhoneSignIn onSignedIn={onSignedIn} resumeStore={resumeStore} />,
      browser,
    );
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const code = await toCodeStep(user);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toHaveFocus();
    // The number as people read it, never broken inside.
    expect(screen.getByText(/Enter the code we sent to/).textContent).toBe(
      'Enter the code we sent to +86\u00a0138\u00a00013\u00a08000.',
    );
    expect(sendButton()).toHaveAccessibleName('Resend code');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(browser.storage.raw()).toContain('+8613800138000');

    await user.type(codeInput(), code);
    const done = await screen.findByRole('heading', { name: 'Signed in' });
    expect(done).toHaveFocus();
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(onSignedIn.mock.calls[0]?.[0]).toMatchObject({ token_type: 'Bearer' });
    // The code step is forgotten once the code is spent; the code itself was never stored.
    expect(browser.storage.raw()).toBe('');
  });

  it('Enter in the number field sends the code', async () => {
    const { user } = harness.render(
      (resumeStore) => <PhoneSignIn resumeStore={resumeStore} />,
      harness.browser(),
    );
    await user.type(phoneInput(), '13800138000{Enter}');
    await screen.findByRole('heading', { name: 'Enter the code' });
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('comes back to the code step after a reload, countdown running, no secret stored', async () => {
    const browser = harness.browser();
    const first = harness.render((r) => <PhoneSignIn resumeStore={r} />, browser);
    const code = await toCodeStep(first.user);
    first.unmount();

    const onSignedIn = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignIn resumeStore={r} onSignedIn={onSignedIn} />,
      browser,
    );
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(screen.getByText(/Enter the code we sent to/).textContent).toContain('+86\u00a0138');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(browser.storage.raw()).not.toContain(code);
    await user.type(codeInput(), code);
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('a resumed code step is dropped once the code can no longer be used', async () => {
    const browser = harness.browser();
    const first = harness.render((r) => <PhoneSignIn resumeStore={r} />, browser);
    await toCodeStep(first.user);
    first.unmount();
    // Six minutes later (codes last five): the stored time is rewound instead of the clock.
    for (const [key, value] of browser.storage.data) {
      browser.storage.data.set(
        key,
        value.replace(/\|(\d+)$/, (_, t) => `|${Number(t) - 360_000}`),
      );
    }
    expect(browser.storage.data.size).toBe(1);
    harness.render((r) => <PhoneSignIn resumeStore={r} />, browser);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(browser.storage.raw()).toBe('');
  });

  it('the countdown belongs to the number in the field', async () => {
    const { user } = harness.render((r) => <PhoneSignIn resumeStore={r} />, harness.browser());
    await toCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(screen.getByRole('heading', { name: 'Sign in' })).toHaveFocus();
    // The same number: its countdown, and the way back to its code.
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();

    await user.clear(phoneInput());
    expect(sendButton()).toHaveAccessibleName('Send code');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(sendButton()).not.toHaveTextContent(/\d+ s/);
    // The live region does not claim a new code can be requested for a number not shown.
    expect(screen.getByRole('status')).not.toHaveTextContent('You can request a new code now');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();

    await user.type(phoneInput(), '13800138000');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveTextContent(/\d+ s/);
  });

  it("the way back to a code follows the resume store's clock, not the page's", async () => {
    const browser = harness.browser();
    const { clock, store } = resumeStoreOnClock(browser);
    const { user } = harness.render(() => <PhoneSignIn resumeStore={store} />, browser);
    await toCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();
    // The store's minute is over (the page's clock barely moved): the code is not offered again.
    clock.now += 61_000;
    await user.type(phoneInput(), '{Backspace}0');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
  });

  it('signs in with the number the code went to, even if "use another number" changed it since', async () => {
    const onSignedIn = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignIn resumeStore={r} onSignedIn={onSignedIn} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    await user.clear(phoneInput());
    await user.type(phoneInput(), '13900139000');
    // Back to the first number's code: the code goes with the number it was sent to.
    await user.clear(phoneInput());
    await user.type(phoneInput(), '13800138000');
    await user.click(screen.getByRole('button', { name: 'I have a code' }));
    await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), code);
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('a double submit makes one sign-in request', async () => {
    harness.install({ latencyMs: 30 }).addUser({ phone: ADA, phoneCountryCode: '+86' });
    const urls = signInRequests();
    const { user } = harness.render(
      (r) => <PhoneSignIn resumeStore={r} submitOnComplete={false} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    await user.type(codeInput(), code);
    const submit = screen.getByRole('button', { name: 'Sign in' });
    await user.dblClick(submit);
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Signed in' });
    expect(urls).toHaveLength(1);
  });

  it('a wrong code says so under the boxes and keeps the code step', async () => {
    const { user } = harness.render((r) => <PhoneSignIn resumeStore={r} />, harness.browser());
    const code = await toCodeStep(user);
    await user.type(codeInput(), code === '000000' ? '111111' : '000000');
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(codeInput());
    expect(codeInput()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('an unknown number is told apart from a wrong code', async () => {
    const { user } = harness.render((r) => <PhoneSignIn resumeStore={r} />, harness.browser());
    await user.type(phoneInput(), '139 0013 9000');
    await user.click(sendButton());
    await screen.findByRole('heading', { name: 'Enter the code' });
    await user.type(codeInput(), harness.mock.lastCodeFor('13900139000', 'CHANNEL_LOGIN') ?? '');
    const alert = await screen.findByText('No account uses this number yet.');
    expect(alert).toHaveAttribute('role', 'alert');
  });

  it('a 200 without tokens is not a sign-in', async () => {
    const onSignedIn = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignIn resumeStore={r} onSignedIn={onSignedIn} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    harness.server.use(
      http.post(`${HOST}/api/v3/signin`, () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', data: {} }),
      ),
    );
    await user.type(codeInput(), code);
    await screen.findByText('Something went wrong. Try again.');
    expect(screen.queryByRole('heading', { name: 'Signed in' })).toBeNull();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('speaks the provider’s flow catalogue', async () => {
    const { user } = harness.render((r) => <PhoneSignIn resumeStore={r} />, harness.browser(), {
      messages: zhCN,
      flowMessages: zhCNFlows,
    });
    expect(screen.getByRole('heading', { name: '登录' })).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: '手机号' }), '13800138000');
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    const heading = await screen.findByRole('heading', { name: '输入验证码' });
    expect(
      within(heading.closest('section') as HTMLElement).getByRole('button', { name: '更换手机号' }),
    ).toBeVisible();
  });

  it('headless: a send refused for the number says why in phone.error, and nothing is sent', async () => {
    function Probe() {
      const flow = usePhoneSignInFlow({ resumeStore: false });
      if (flow.step !== 'phone') return null;
      return (
        <>
          <input
            aria-label="Number"
            onChange={(event) => flow.phone.onChange(event.target.value)}
          />
          <button type="button" onClick={flow.sendCode}>
            Go
          </button>
          <p data-testid="error">{flow.phone.error}</p>
          <p data-testid="state">{flow.send.state}</p>
        </>
      );
    }
    const { user } = harness.render(() => <Probe />, harness.browser());
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByTestId('state')).toHaveTextContent('invalid');
    expect(screen.getByTestId('error')).toHaveTextContent('Enter your phone number.');
    await user.type(screen.getByRole('textbox', { name: 'Number' }), '+86138');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByTestId('error')).toHaveTextContent('This phone number is too short.');
    expect(harness.mock.outbox).toHaveLength(0);
  });
});
