import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DeleteAccount, type DeleteAccountProps } from '../../../src/flows/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { GenAuthMockOptions } from '../../../src/mock/index.js';
import { type FlowBrowser, flowHarness } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const ADA = '13800138000';
const EMAIL = 'ada@example.com';
/** Ada's access token, read at every call. */
const session: { token: string | null } = { token: null };

/** Ada (email, and her phone unless `withPhone` is false) and Bob; Ada signed in. */
function seed({ withPhone = true, ...options }: GenAuthMockOptions & { withPhone?: boolean } = {}) {
  const mock = harness.install(options);
  mock.addUser({
    email: EMAIL,
    userId: 'ada',
    ...(withPhone ? { phone: ADA, phoneCountryCode: '+86' } : {}),
  });
  mock.addUser({ phone: '13700137000', phoneCountryCode: '+86', userId: 'bob' });
  session.token = mock.signIn(EMAIL).access_token;
  return mock;
}

beforeEach(() => {
  seed();
});

function signedIn(ui: ReactElement) {
  return (
    <GenAuthProvider appId={APP_ID} appHost={HOST} accessToken={() => session.token}>
      {ui}
    </GenAuthProvider>
  );
}

function renderFlow(props: DeleteAccountProps, browser: FlowBrowser = harness.browser()) {
  return harness.render((r) => signedIn(<DeleteAccount resumeStore={r} {...props} />), browser);
}

const phoneProps = { phone: `+86${ADA}`, email: EMAIL };
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const confirmButton = () => screen.getByRole('button', { name: 'Delete my account' });
const userIds = () => harness.mock.users.map((user) => user.userId);
const requestsTo = (path: string) => {
  const urls: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith(path)) urls.push(request.url);
  });
  return urls;
};
type User = ReturnType<typeof harness.render>['user'];

/** From the first step: to the code step, send the code, return what the user received. */
async function toCode(user: User, recipient = ADA) {
  await user.click(screen.getByRole('button', { name: 'Delete my account…' }));
  expect(screen.getByRole('heading', { name: 'Confirm with a code' })).toHaveFocus();
  await user.click(sendButton());
  await waitFor(() => expect(sendButton()).toHaveAttribute('aria-disabled', 'true'));
  return harness.mock.lastCodeFor(recipient, 'CHANNEL_DELETE_ACCOUNT') ?? '';
}

describe('<DeleteAccount>', () => {
  it('confirm → code to the phone → deleted, once GenAuth confirms', async () => {
    const sends = requestsTo('/api/v3/send-sms');
    const onAccountDeleted = vi.fn();
    const { user } = renderFlow({ ...phoneProps, onAccountDeleted });
    expect(screen.getByRole('heading', { name: 'Delete account' })).toBeVisible();
    const start = screen.getByRole('button', { name: 'Delete my account…' });
    expect(start).toHaveClass('genauth-flow__button--danger');
    expect(sends).toEqual([]);

    const code = await toCode(user);
    expect(sends).toHaveLength(1);
    expect(screen.getByText(/^To confirm, we send a code to/).textContent).toBe(
      'To confirm, we send a code to +86\u00a0138\u00a00013\u00a08000.',
    );
    expect(confirmButton()).toHaveClass('genauth-flow__button--danger');
    await user.type(codeInput(), code);
    // No auto-submit: deleting waits for the button.
    expect(userIds()).toContain('ada');
    await user.click(confirmButton());

    expect(await screen.findByRole('heading', { name: 'Account deleted' })).toHaveFocus();
    expect(screen.getByText('Your account has been deleted and you are signed out.')).toBeVisible();
    expect(onAccountDeleted).toHaveBeenCalledTimes(1);
    expect(userIds()).toEqual(['bob']);
  });

  it('sends the code by email when the user has no phone', async () => {
    seed({ withPhone: false });
    const onAccountDeleted = vi.fn();
    const { user } = renderFlow({ phone: null, email: EMAIL, onAccountDeleted });
    const code = await toCode(user, EMAIL);
    expect(screen.getByText(`To confirm, we send a code to ${EMAIL}.`)).toBeVisible();
    expect(harness.mock.outbox.at(-1)).toMatchObject({ type: 'email' });
    await user.type(codeInput(), `${code}{Enter}`);
    await screen.findByRole('heading', { name: 'Account deleted' });
    expect(onAccountDeleted).toHaveBeenCalledTimes(1);
    expect(userIds()).toEqual(['bob']);
  });

  it('comes back to the code step after a reload, countdown running, no code stored', async () => {
    const browser = harness.browser();
    const first = renderFlow(phoneProps, browser);
    const code = await toCode(first.user);
    first.unmount();

    const onAccountDeleted = vi.fn();
    const { user } = renderFlow({ ...phoneProps, onAccountDeleted }, browser);
    expect(screen.getByRole('heading', { name: 'Confirm with a code' })).toBeVisible();
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(browser.storage.raw()).not.toContain(code);
    await user.type(codeInput(), `${code}{Enter}`);
    await screen.findByRole('heading', { name: 'Account deleted' });
    expect(onAccountDeleted).toHaveBeenCalledTimes(1);
    expect(harness.mock.outbox).toHaveLength(1);
    expect(browser.storage.raw()).toBe('');
  });

  it('cancel goes back and forgets the code step', async () => {
    const browser = harness.browser();
    const { user, unmount } = renderFlow(phoneProps, browser);
    await toCode(user);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Delete account' })).toHaveFocus();
    expect(browser.storage.raw()).toBe('');
    unmount();
    renderFlow(phoneProps, browser);
    expect(screen.getByRole('heading', { name: 'Delete account' })).toBeVisible();
  });

  it('a wrong code shows under the code boxes and deletes nothing', async () => {
    const onAccountDeleted = vi.fn();
    const { user } = renderFlow({ ...phoneProps, onAccountDeleted });
    const code = await toCode(user);
    await user.type(codeInput(), `${code === '000000' ? '111111' : '000000'}{Enter}`);
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(userIds()).toContain('ada');
    expect(onAccountDeleted).not.toHaveBeenCalled();
    await user.clear(codeInput());
    expect(codeInput()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('an incomplete code is refused before any request', async () => {
    const verifies = requestsTo('/api/v3/verify-delete-account-request');
    const { user } = renderFlow(phoneProps);
    await toCode(user);
    await user.type(codeInput(), '123{Enter}');
    expect(codeInput()).toHaveAccessibleDescription('Enter the 6-digit code.');
    expect(verifies).toEqual([]);
  });

  it('a double submit makes one request', async () => {
    seed({ latencyMs: 30 });
    const verifies = requestsTo('/api/v3/verify-delete-account-request');
    const { user } = renderFlow(phoneProps);
    const code = await toCode(user);
    await user.type(codeInput(), code);
    await user.dblClick(confirmButton());
    await user.keyboard('{Enter}');
    await screen.findByRole('heading', { name: 'Account deleted' });
    expect(verifies).toHaveLength(1);
  });

  it('a deletion GenAuth answers with 200 but no success is not a deletion', async () => {
    const onAccountDeleted = vi.fn();
    const { user } = renderFlow({ ...phoneProps, onAccountDeleted });
    harness.server.use(
      http.post(`${HOST}/api/v3/delete-account`, () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', data: {} }),
      ),
    );
    const code = await toCode(user);
    await user.type(codeInput(), `${code}{Enter}`);
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((el) => el.textContent !== '')).toBe(true),
    );
    expect(screen.queryByRole('heading', { name: 'Account deleted' })).toBeNull();
    expect(onAccountDeleted).not.toHaveBeenCalled();
  });

  it('an ended session is said in words', async () => {
    const { user } = renderFlow(phoneProps);
    const code = await toCode(user);
    session.token = null;
    await user.type(codeInput(), `${code}{Enter}`);
    expect(await screen.findByText('Your session has ended. Sign in again.')).toHaveAttribute(
      'role',
      'alert',
    );
    expect(userIds()).toContain('ada');
  });

  it('without a phone or an email there is nothing to start', () => {
    renderFlow({ phone: null, email: null });
    expect(
      screen.getByText('Your account has no phone number or email address to send a code to.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Delete my account…' })).toBeNull();
  });

  it('speaks the provider’s flow catalogue', async () => {
    const { user } = harness.render(
      (r) => signedIn(<DeleteAccount resumeStore={r} {...phoneProps} />),
      harness.browser(),
      { messages: zhCN, flowMessages: zhCNFlows },
    );
    expect(screen.getByRole('heading', { name: '注销账号' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '注销我的账号…' }));
    expect(screen.getByRole('heading', { name: '输入验证码确认' })).toHaveFocus();
    expect(screen.getByRole('button', { name: '获取验证码' })).toBeVisible();
    expect(screen.getByRole('button', { name: '确认注销账号' })).toBeVisible();
    expect(screen.getByRole('button', { name: '取消' })).toBeVisible();
  });
});
