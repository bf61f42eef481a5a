import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { type ReactElement, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneSecurity, type PhoneSecurityProps } from '../../../src/flows/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { GenAuthMockOptions } from '../../../src/mock/index.js';
import { type FlowBrowser, flowHarness } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const ADA = '13800138000';
const NEXT = '13900139000';
const BOB = '13700137000';
/** Ada's access token, read at every call (`null`: signed out). */
const session: { token: string | null } = { token: null };

/** Ada (email, and her phone unless `withPhone` is false) and Bob, who has 137 0013 7000; Ada signed in. */
function seed({ withPhone = true, ...options }: GenAuthMockOptions & { withPhone?: boolean } = {}) {
  const mock = harness.install(options);
  mock.addUser({
    email: 'ada@example.com',
    userId: 'ada',
    ...(withPhone ? { phone: ADA, phoneCountryCode: '+86' } : {}),
  });
  mock.addUser({ phone: BOB, phoneCountryCode: '+86', userId: 'bob' });
  session.token = mock.signIn('ada@example.com').access_token;
  return mock;
}

beforeEach(() => {
  seed();
});

/** The signed-in area: the same app with Ada's token (the provider keeps the outer store). */
function signedIn(ui: ReactElement) {
  return (
    <GenAuthProvider appId={APP_ID} appHost={HOST} accessToken={() => session.token}>
      {ui}
    </GenAuthProvider>
  );
}

function renderFlow(props: PhoneSecurityProps = {}, browser: FlowBrowser = harness.browser()) {
  return harness.render(() => signedIn(<PhoneSecurity {...props} />), browser);
}

const adaPhone = () => harness.mock.users.find((user) => user.userId === 'ada')?.phone;
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const requestsTo = (path: string) => {
  const urls: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith(path)) urls.push(request.url);
  });
  return urls;
};
type User = ReturnType<typeof harness.render>['user'];

/** Sends a code with the step's send button and returns what `number` received. */
async function sendTo(
  user: User,
  number: string,
  channel: 'CHANNEL_BIND_PHONE' | 'CHANNEL_UNBIND_PHONE',
) {
  await user.click(sendButton());
  await waitFor(() => expect(sendButton()).toHaveAttribute('aria-disabled', 'true'));
  return harness.mock.lastCodeFor(number, channel) ?? '';
}

/** In a number step: types `number`, presses Enter, waits for the code step; returns the code. */
async function newNumberCode(user: User, number: string, label = 'Phone number') {
  await user.type(screen.getByRole('textbox', { name: label }), `${number}{Enter}`);
  await screen.findByRole('heading', { name: 'Enter the code' });
  return harness.mock.lastCodeFor(number, 'CHANNEL_BIND_PHONE') ?? '';
}

describe('<PhoneSecurity>', () => {
  it('shows the bound number as people read it, on one line, and sends nothing on open', async () => {
    const sends = requestsTo('/api/v3/send-sms');
    renderFlow({ currentPhone: `+86${ADA}` });
    expect(screen.getByRole('heading', { name: 'Phone number' })).toBeVisible();
    expect(screen.getByText(/^Your number:/).textContent).toBe(
      'Your number: +86\u00a0138\u00a00013\u00a08000',
    );
    expect(screen.getByRole('button', { name: 'Change number' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Remove number' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Add number' })).toBeNull();
    expect(sends).toEqual([]);
  });

  it('follows a new currentPhone from the app', async () => {
    function App() {
      const [phone, setPhone] = useState<string | null>(null);
      return (
        <>
          <button type="button" onClick={() => setPhone(`+86${ADA}`)}>
            Reload the user
          </button>
          <PhoneSecurity currentPhone={phone} />
        </>
      );
    }
    const { user } = harness.render(() => signedIn(<App />), harness.browser());
    expect(screen.getByText('No phone number yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reload the user' }));
    expect(screen.getByText(/^Your number:/)).toHaveTextContent('+86 138 0013 8000');
  });

  it('binds a number: overview → number → code → overview with the notice, until the next action', async () => {
    seed({ withPhone: false });
    const onPhoneChanged = vi.fn();
    const { user } = renderFlow({ currentPhone: null, onPhoneChanged });
    expect(screen.getByText('No phone number yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    expect(screen.getByRole('heading', { name: 'Add a phone number' })).toHaveFocus();

    const code = await newNumberCode(user, NEXT);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toHaveFocus();
    expect(screen.getByText(/Enter the code we sent to/).textContent).toContain(
      '+86\u00a0139\u00a00013\u00a09000',
    );
    await user.type(codeInput(), code);

    const heading = await screen.findByRole('heading', { name: 'Phone number' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('Phone number added.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Your number:/)).toHaveTextContent('+86 139 0013 9000');
    expect(onPhoneChanged).toHaveBeenCalledExactlyOnceWith(`+86${NEXT}`);
    expect(adaPhone()).toBe(NEXT);

    // Another action starts: the notice goes, and does not come back on cancel.
    await user.click(screen.getByRole('button', { name: 'Remove number' }));
    expect(screen.queryByText('Phone number added.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Phone number' })).toHaveFocus();
    expect(screen.queryByText('Phone number added.')).toBeNull();
  });

  it('changes the number: current number’s code (pre-checked), new number, its code', async () => {
    const onPhoneChanged = vi.fn();
    const checks = requestsTo('/api/v3/pre-check-code');
    const updates = requestsTo('/api/v3/update-phone');
    const { user } = renderFlow({ currentPhone: `+86${ADA}`, onPhoneChanged });
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    expect(screen.getByRole('heading', { name: 'Change your number' })).toHaveFocus();
    expect(screen.getByText(/we text a code to your current number/).textContent).toContain(
      '+86\u00a0138\u00a00013\u00a08000',
    );
    const oldCode = await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    await user.type(codeInput(), `${oldCode}{Enter}`);

    expect(await screen.findByRole('heading', { name: 'Your new number' })).toHaveFocus();
    expect(checks).toHaveLength(1);
    const code = await newNumberCode(user, NEXT, 'New phone number');
    await user.type(codeInput(), code);

    expect(await screen.findByText('Phone number changed.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^Your number:/)).toHaveTextContent('+86 139 0013 9000');
    expect(onPhoneChanged).toHaveBeenCalledExactlyOnceWith(`+86${NEXT}`);
    expect(updates).toHaveLength(1);
    expect(adaPhone()).toBe(NEXT);
  });

  it('a wrong code for the current number is caught before the new number', async () => {
    const updates = requestsTo('/api/v3/verify-update-phone-request');
    const { user } = renderFlow({ currentPhone: `+86${ADA}` });
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    const oldCode = await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    await user.type(codeInput(), `${oldCode === '000000' ? '111111' : '000000'}{Enter}`);
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(screen.getByRole('heading', { name: 'Change your number' })).toBeVisible();
    // Typing again clears the refusal.
    await user.clear(codeInput());
    expect(codeInput()).not.toHaveAttribute('aria-invalid', 'true');
    expect(updates).toEqual([]);
  });

  it('without verifyOldPhone the change starts at the new number', async () => {
    seed({ verifyOldPhoneOnUpdate: false });
    const { user } = renderFlow({ currentPhone: `+86${ADA}`, verifyOldPhone: false });
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    expect(screen.getByRole('heading', { name: 'Your new number' })).toHaveFocus();
    const code = await newNumberCode(user, NEXT, 'New phone number');
    await user.type(codeInput(), code);
    await screen.findByText('Phone number changed.');
    expect(harness.mock.outbox).toHaveLength(1);
    expect(adaPhone()).toBe(NEXT);
  });

  it('removes the number; adding one again starts without the old notice', async () => {
    const onPhoneChanged = vi.fn();
    const { user } = renderFlow({ currentPhone: `+86${ADA}`, onPhoneChanged });
    await user.click(screen.getByRole('button', { name: 'Remove number' }));
    expect(screen.getByRole('heading', { name: 'Remove your number' })).toHaveFocus();
    const code = await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    await user.type(codeInput(), code);
    await user.click(screen.getByRole('button', { name: 'Remove number' }));

    expect(await screen.findByText('Phone number removed.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('No phone number yet.')).toBeVisible();
    expect(onPhoneChanged).toHaveBeenCalledExactlyOnceWith(null);
    expect(adaPhone()).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    expect(screen.queryByText('Phone number removed.')).toBeNull();
  });

  it('a number another account has is refused on the number field, until it is edited', async () => {
    seed({ withPhone: false });
    const { user } = renderFlow({ currentPhone: null });
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    const code = await newNumberCode(user, BOB);
    await user.type(codeInput(), code);

    const field = await screen.findByRole('textbox', { name: 'Phone number' });
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription('This phone number is used by another account.'),
    );
    // Said when it arrives, as every flow's refusal is (the description alone waits for the field).
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
      'This phone number is used by another account.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.type(field, '{Backspace}');
    expect(field).not.toHaveAccessibleDescription('This phone number is used by another account.');
    expect(screen.queryByText('This phone number is used by another account.')).toBeNull();
  });

  it('an ended session is said in words', async () => {
    const { user } = renderFlow({ currentPhone: `+86${ADA}` });
    await user.click(screen.getByRole('button', { name: 'Remove number' }));
    const code = await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    session.token = 'expired-token';
    await user.type(codeInput(), `${code}{Enter}`);
    const alert = await screen.findByText('Your session has ended. Sign in again.');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(adaPhone()).toBe(ADA);
  });

  it('a wrong code for the new number shows under the code boxes', async () => {
    seed({ withPhone: false });
    const { user } = renderFlow({ currentPhone: null });
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    const code = await newNumberCode(user, NEXT);
    await user.type(codeInput(), code === '000000' ? '111111' : '000000');
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(adaPhone()).toBeUndefined();
  });

  it('a double submit makes one request', async () => {
    seed({ withPhone: false, latencyMs: 30 });
    const binds = requestsTo('/api/v3/bind-phone');
    const { user } = renderFlow({ currentPhone: null, submitOnComplete: false });
    await user.click(screen.getByRole('button', { name: 'Add number' }));
    const code = await newNumberCode(user, NEXT);
    await user.type(codeInput(), code);
    await user.dblClick(screen.getByRole('button', { name: 'Add number' }));
    await user.keyboard('{Enter}');
    await screen.findByText('Phone number added.');
    expect(binds).toHaveLength(1);
  });

  it('a change GenAuth answers with 200 but no success is not a change', async () => {
    const onPhoneChanged = vi.fn();
    const { user } = renderFlow({ currentPhone: `+86${ADA}`, onPhoneChanged });
    harness.server.use(
      http.post(`${HOST}/api/v3/update-phone`, () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', data: { success: false } }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    const oldCode = await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    await user.type(codeInput(), `${oldCode}{Enter}`);
    await screen.findByRole('heading', { name: 'Your new number' });
    const code = await newNumberCode(user, NEXT, 'New phone number');
    await user.type(codeInput(), code);
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((el) => el.textContent !== '')).toBe(true),
    );
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(screen.queryByText('Phone number changed.')).toBeNull();
    expect(onPhoneChanged).not.toHaveBeenCalled();
  });

  it('each countdown follows the number on screen', async () => {
    const { user } = renderFlow({ currentPhone: `+86${ADA}` });
    // The current number's: still there when the user comes back to it for another action.
    await user.click(screen.getByRole('button', { name: 'Remove number' }));
    await sendTo(user, ADA, 'CHANNEL_UNBIND_PHONE');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Change number' }));
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveTextContent(/\d+ s/);
    const oldCode = harness.mock.lastCodeFor(ADA, 'CHANNEL_UNBIND_PHONE') ?? '';
    await user.type(codeInput(), `${oldCode}{Enter}`);
    await screen.findByRole('heading', { name: 'Your new number' });

    // The new number's: none on an empty field or another number, back on that number.
    await newNumberCode(user, NEXT, 'New phone number');
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    const field = await screen.findByRole('textbox', { name: 'New phone number' });
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    await user.clear(field);
    expect(sendButton()).toHaveAccessibleName('Send code');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(sendButton()).not.toHaveTextContent(/\d+ s/);
    await user.type(field, NEXT);
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(sendButton()).toHaveTextContent(/\d+ s/);
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();
  });

  it('speaks the provider’s flow catalogue', async () => {
    const { user } = harness.render(
      () => signedIn(<PhoneSecurity currentPhone={`+86${ADA}`} />),
      harness.browser(),
      { messages: zhCN, flowMessages: zhCNFlows },
    );
    expect(screen.getByRole('heading', { name: '手机号' })).toBeVisible();
    expect(screen.getByText(/^已绑定：/)).toHaveTextContent('+86 138 0013 8000');
    await user.click(screen.getByRole('button', { name: '更换手机号' }));
    expect(screen.getByRole('heading', { name: '更换手机号' })).toHaveFocus();
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeVisible();
    expect(screen.getByRole('button', { name: '下一步' })).toBeVisible();
    expect(screen.getByRole('button', { name: '取消' })).toBeVisible();
  });
});
