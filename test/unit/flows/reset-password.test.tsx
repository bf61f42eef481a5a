import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlowResumeStore } from '../../../src/core/flow-resume/store.js';
import { createGenAuthClient } from '../../../src/core/index.js';
import { ResetPassword, type ResetPasswordProps } from '../../../src/flows/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import type { GenAuthFlowMessages } from '../../../src/i18n/flow-messages.js';
import { jaJPFlows } from '../../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { jaJP } from '../../../src/i18n/ja-JP.js';
import type { GenAuthMessages } from '../../../src/i18n/messages.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { type FlowBrowser, flowHarness, resumeStoreOnClock } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const ADA_PHONE = '13800138000';
const ADA_EMAIL = 'ada@example.com';
const CHANNEL = 'CHANNEL_RESET_PASSWORD';

beforeEach(() => {
  harness.install().addUser({ phone: ADA_PHONE, phoneCountryCode: '+86', email: ADA_EMAIL });
});

const heading = (name: string) => screen.findByRole('heading', { name });
const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const emailInput = () => screen.getByRole('textbox', { name: 'Email' });
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const passwordInput = () => screen.getByLabelText('New password');
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

/** The bodies GenAuth received on `path`, in order. */
function requestsTo(path: string) {
  const bodies: Promise<unknown>[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === path) bodies.push(request.clone().json());
  });
  return { count: () => bodies.length, bodies: () => Promise.all(bodies) };
}

function renderFlow(props: ResetPasswordProps = {}, browser: FlowBrowser = harness.browser()) {
  return harness.render((r) => <ResetPassword resumeStore={r} {...props} />, browser);
}

type User = ReturnType<typeof renderFlow>['user'];

async function toPhoneCode(user: User) {
  await user.type(phoneInput(), '138 0013 8000');
  await user.click(sendButton());
  await heading('Enter the code');
  return harness.mock.lastCodeFor(ADA_PHONE, CHANNEL) ?? '';
}

async function toEmailCode(user: User) {
  await user.click(screen.getByRole('radio', { name: 'My email' }));
  await user.type(emailInput(), ADA_EMAIL);
  await user.click(sendButton());
  await heading('Enter the code');
  return harness.mock.lastCodeFor(ADA_EMAIL, CHANNEL) ?? '';
}

describe('<ResetPassword> by phone', () => {
  it('walks request → code → password → done, focus on each heading, nothing kept', async () => {
    const onPasswordReset = vi.fn();
    const onBackToSignIn = vi.fn();
    const browser = harness.browser();
    const preChecks = requestsTo('/api/v3/pre-check-code');
    const { user } = renderFlow({ onPasswordReset, onBackToSignIn }, browser);
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'My phone' })).toBeChecked();

    const code = await toPhoneCode(user);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toHaveFocus();
    expect(screen.getByText(/We sent a code to/).textContent).toContain(
      '+86\u00a0138\u00a00013\u00a08000',
    );
    expect(browser.storage.raw()).toContain('+8613800138000');

    await user.type(codeInput(), code);
    expect(await heading('Choose a new password')).toHaveFocus();
    // Checked, not spent: the pre-check carried the SMS payload on the reset channel.
    expect(await preChecks.bodies()).toEqual([
      {
        codeType: 'SMS',
        smsCodePayload: {
          phone: ADA_PHONE,
          phoneCountryCode: '+86',
          passCode: code,
          channel: CHANNEL,
        },
      },
    ]);

    await user.type(passwordInput(), 'abc');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    await waitFor(() =>
      expect(passwordInput()).toHaveAccessibleDescription(
        expect.stringContaining('Your password does not meet all the requirements yet.'),
      ),
    );
    await user.type(passwordInput(), 'def-123');
    expect(passwordInput()).not.toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Enter}');

    expect(await heading('Password changed')).toHaveFocus();
    expect(onPasswordReset).toHaveBeenCalledTimes(1);
    expect(screen.queryByLabelText('New password')).toBeNull();
    expect(browser.storage.raw()).toBe('');
    await user.click(screen.getByRole('button', { name: 'Back to sign-in' }));
    expect(onBackToSignIn).toHaveBeenCalledTimes(1);
  });

  it('Enter in the number field sends the code', async () => {
    const { user } = renderFlow();
    await user.type(phoneInput(), '13800138000{Enter}');
    await heading('Enter the code');
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('comes back to the code step after a reload (phone), with the countdown, no secret stored', async () => {
    const browser = harness.browser();
    const first = renderFlow({ defaultMethod: 'email' }, browser);
    await first.user.click(screen.getByRole('radio', { name: 'My phone' }));
    const code = await toPhoneCode(first.user);
    first.unmount();

    const onPasswordReset = vi.fn();
    const { user } = renderFlow({ defaultMethod: 'email', onPasswordReset }, browser);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(browser.storage.raw()).not.toContain(code);
    await user.type(codeInput(), code);
    await heading('Choose a new password');
    await user.type(passwordInput(), 'abc-123{Enter}');
    await heading('Password changed');
    expect(onPasswordReset).toHaveBeenCalledTimes(1);
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('the code goes with the number it was sent to, whatever the field shows since', async () => {
    const preChecks = requestsTo('/api/v3/pre-check-code');
    const { user } = renderFlow();
    const code = await toPhoneCode(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    expect(await heading('Reset your password')).toHaveFocus();
    await user.clear(phoneInput());
    // Another number: no countdown of Ada's number on it, no way to her code.
    await user.type(phoneInput(), '13900139000');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
    await user.clear(phoneInput());
    await user.type(phoneInput(), '13800138000');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'I have a code' }));
    await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), code);
    await heading('Choose a new password');
    const [body] = (await preChecks.bodies()) as [{ smsCodePayload: { phone: string } }];
    expect(body.smsCodePayload.phone).toBe(ADA_PHONE);
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('a wrong code is caught at the code step without spending the right one', async () => {
    const { user } = renderFlow();
    const code = await toPhoneCode(user);
    await user.type(codeInput(), wrong(code));
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    await user.clear(codeInput());
    expect(codeInput()).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(codeInput(), code);
    await heading('Choose a new password');
  });
});

describe('<ResetPassword> by email', () => {
  it('walks the email method to the end, with the email payload and its own texts', async () => {
    const onPasswordReset = vi.fn();
    const preChecks = requestsTo('/api/v3/pre-check-code');
    const verifies = requestsTo('/api/v3/verify-reset-password-request');
    const { user } = renderFlow({ onPasswordReset });
    const code = await toEmailCode(user);
    expect(screen.getByText(/We sent a code to/).textContent).toContain(ADA_EMAIL);
    expect(screen.getByRole('button', { name: 'Use another address' })).toBeVisible();

    await user.type(codeInput(), wrong(code));
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the email and try again.",
      ),
    );
    await user.clear(codeInput());
    await user.type(codeInput(), code);
    await heading('Choose a new password');
    await user.type(passwordInput(), 'abc-123{Enter}');
    await heading('Password changed');
    expect(onPasswordReset).toHaveBeenCalledTimes(1);
    expect((await preChecks.bodies())[1]).toEqual({
      codeType: 'EMAIL',
      emailCodePayload: { email: ADA_EMAIL, passCode: code, channel: CHANNEL },
    });
    expect(await verifies.bodies()).toEqual([
      {
        verifyMethod: 'EMAIL_PASSCODE',
        emailPassCodePayload: { email: ADA_EMAIL, passCode: code },
      },
    ]);
  });

  it('the method choice is a keyboard radio group; Enter in the address sends', async () => {
    const { user } = renderFlow({ defaultEmail: ADA_EMAIL });
    expect(screen.getByRole('radiogroup', { name: 'Send the code to' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'My phone' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'My email' })).toBeChecked();
    expect(emailInput()).toHaveValue(ADA_EMAIL);
    await user.click(emailInput());
    await user.keyboard('{Enter}');
    await heading('Enter the code');
    expect(harness.mock.lastCodeFor(ADA_EMAIL, CHANNEL)).toMatch(/^\d{6}$/);
  });

  it('an invalid address is refused on the field, nothing sent', async () => {
    const { user } = renderFlow({ defaultMethod: 'email' });
    await user.type(emailInput(), 'ada@');
    await user.click(sendButton());
    expect(emailInput()).toHaveAccessibleDescription('Enter a valid email address.');
    expect(harness.mock.outbox).toHaveLength(0);
  });

  it('the countdown belongs to the address in the field', async () => {
    const { user } = renderFlow();
    await toEmailCode(user);
    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    await heading('Reset your password');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();
    await user.type(emailInput(), 'x');
    expect(sendButton()).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
  });

  it("an address's code is aged by the flow's store clock, as a number's is", async () => {
    const browser = harness.browser();
    const { clock, store } = resumeStoreOnClock(browser);
    const { user } = harness.render(() => <ResetPassword resumeStore={store} />, browser);
    await toEmailCode(user);
    await user.click(screen.getByRole('button', { name: 'Use another address' }));
    await heading('Reset your password');
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();
    clock.now += 61_000;
    await user.type(emailInput(), 'x{Backspace}');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
  });

  it('does not resume an email code step after a reload (nothing about an address is stored)', async () => {
    const browser = harness.browser();
    const first = renderFlow({}, browser);
    await toEmailCode(first.user);
    first.unmount();
    expect(browser.storage.raw()).toBe('');
    renderFlow({}, browser);
    expect(screen.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  });

  it('offers only the methods given, without a choice for one', () => {
    renderFlow({ methods: ['email'] });
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(emailInput()).toBeVisible();
  });
});

describe('<ResetPassword> at the last step', () => {
  async function toPasswordStep(user: User) {
    const code = await toPhoneCode(user);
    await user.type(codeInput(), code);
    await heading('Choose a new password');
    return code;
  }

  it('a double submit makes one verify and one reset request', async () => {
    harness.install({ latencyMs: 30 }).addUser({ phone: ADA_PHONE, phoneCountryCode: '+86' });
    const verifies = requestsTo('/api/v3/verify-reset-password-request');
    const resets = requestsTo('/api/v3/reset-password');
    const { user } = renderFlow();
    await toPasswordStep(user);
    await user.type(passwordInput(), 'abc-123');
    await user.dblClick(screen.getByRole('button', { name: 'Reset password' }));
    await user.keyboard('{Enter}');
    await heading('Password changed');
    expect(verifies.count()).toBe(1);
    expect(resets.count()).toBe(1);
  });

  it('a double submit of the code makes one pre-check', async () => {
    harness.install({ latencyMs: 30 }).addUser({ phone: ADA_PHONE, phoneCountryCode: '+86' });
    const preChecks = requestsTo('/api/v3/pre-check-code');
    const { user } = renderFlow({ submitOnComplete: false });
    const code = await toPhoneCode(user);
    await user.type(codeInput(), code);
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }));
    await heading('Choose a new password');
    expect(preChecks.count()).toBe(1);
  });

  it('a 200 without success is not a reset', async () => {
    const onPasswordReset = vi.fn();
    const { user } = renderFlow({ onPasswordReset });
    await toPasswordStep(user);
    harness.server.use(
      http.post(`${HOST}/api/v3/reset-password`, () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', data: { success: false } }),
      ),
    );
    await user.type(passwordInput(), 'abc-123{Enter}');
    expect(await screen.findByText("Your password wasn't changed. Try again.")).toHaveAttribute(
      'role',
      'alert',
    );
    expect(screen.queryByRole('heading', { name: 'Password changed' })).toBeNull();
    expect(onPasswordReset).not.toHaveBeenCalled();
  });

  it('a code refused at the last step goes back to the code step with the error', async () => {
    const { user } = renderFlow();
    await toPasswordStep(user);
    harness.server.use(
      http.post(`${HOST}/api/v3/verify-reset-password-request`, () =>
        HttpResponse.json({ statusCode: 400, apiCode: 2300, message: 'expired' }),
      ),
    );
    await user.type(passwordInput(), 'abc-123{Enter}');
    expect(await heading('Enter the code')).toHaveFocus();
    expect(codeInput()).toHaveAccessibleDescription('That code has expired. Request a new one.');
    expect(codeInput()).toHaveValue('');
  });

  it('a password the pool refuses is said on the field', async () => {
    harness
      .install({ passwordStrength: 'high' })
      .addUser({ phone: ADA_PHONE, phoneCountryCode: '+86' });
    const { user } = renderFlow();
    await toPasswordStep(user);
    await user.type(passwordInput(), 'abcdef{Enter}');
    await waitFor(() =>
      expect(passwordInput()).toHaveAccessibleDescription(
        expect.stringContaining('This password is not allowed here. Choose a stronger one.'),
      ),
    );
    expect(screen.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  });

  it('no account with the number: back to the first step, said on the field', async () => {
    const { user } = renderFlow();
    await user.type(phoneInput(), '139 0013 9000');
    await user.click(sendButton());
    await heading('Enter the code');
    await user.type(codeInput(), harness.mock.lastCodeFor('13900139000', CHANNEL) ?? '');
    await heading('Choose a new password');
    await user.type(passwordInput(), 'abc-123{Enter}');
    expect(await heading('Reset your password')).toHaveFocus();
    expect(phoneInput()).toHaveAccessibleDescription(
      expect.stringContaining('No account uses this number yet.'),
    );
  });
});

describe('<ResetPassword> locales', () => {
  it('speaks the provider’s catalogues (zh-CN) through the steps', async () => {
    const { user } = harness.render((r) => <ResetPassword resumeStore={r} />, harness.browser(), {
      messages: zhCN,
      flowMessages: zhCNFlows,
    });
    expect(screen.getByRole('heading', { name: '重置密码' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: '我的邮箱' }));
    await user.type(screen.getByRole('textbox', { name: '邮箱' }), ADA_EMAIL);
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    await heading('输入验证码');
    expect(screen.getByRole('button', { name: '更换邮箱' })).toBeVisible();
    await user.type(
      screen.getByRole('textbox', { name: '验证码' }),
      harness.mock.lastCodeFor(ADA_EMAIL, CHANNEL) ?? '',
    );
    await heading('设置新密码');
    expect(screen.getByLabelText('新密码')).toBeVisible();
  });

  it('switches language while open, keeping the step and what was typed', async () => {
    const browser = harness.browser();
    const client = createGenAuthClient({ appId: APP_ID, appHost: HOST });
    const resumeStore = createFlowResumeStore({ storage: browser.storage.storage });
    const tree = (catalogues: {
      messages?: GenAuthMessages;
      flowMessages?: GenAuthFlowMessages;
    }) => (
      <GenAuthProvider client={client} cooldownStore={browser.cooldownStore} {...catalogues}>
        <ResetPassword resumeStore={resumeStore} />
      </GenAuthProvider>
    );
    const user = userEvent.setup();
    const { rerender } = render(tree({}));
    await toPhoneCode(user);
    await user.type(codeInput(), '12');
    rerender(tree({ messages: jaJP, flowMessages: jaJPFlows }));
    expect(screen.getByRole('heading', { name: '認証コードを入力' })).toBeVisible();
    expect(screen.getByRole('button', { name: '別の番号を使う' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: '認証コード' })).toHaveValue('12');
  });
});
