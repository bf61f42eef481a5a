import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FlowResumeStore, PhoneSignUp, usePhoneSignUpFlow } from '../../../src/flows/index.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import { HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const ADA = '13800138000';
const NEW = '13900139000';
/** The mock's clock runs `later` ms ahead of the real one (codes expire by it). */
let later = 0;

beforeEach(() => {
  later = 0;
  harness
    .install({ now: () => Date.now() + later })
    .addUser({ phone: ADA, phoneCountryCode: '+86' });
});

type User = ReturnType<typeof harness.render>['user'];

const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const nicknameInput = () => screen.getByRole('textbox', { name: 'Nickname' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const currentStep = () => screen.getByRole('listitem', { current: 'step' });
const heading = (name: string) => screen.findByRole('heading', { name });
const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

/** Counts the requests to `/api/v3/<endpoint>` from now on. */
function requestsTo(endpoint: string) {
  const urls: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith(`/api/v3/${endpoint}`)) urls.push(request.url);
  });
  return urls;
}

/** Types `number` and sends the code; returns the code once the code step shows. */
async function toCodeStep(user: User, number = NEW) {
  await user.type(phoneInput(), number);
  await user.click(sendButton());
  await heading('Enter the code');
  return harness.mock.lastCodeFor(number, 'CHANNEL_REGISTER') ?? '';
}

/** From the number step to the profile step with the right code. */
async function toProfileStep(user: User, number = NEW) {
  const code = await toCodeStep(user, number);
  await user.type(codeInput(), code);
  await heading('Your profile');
  return code;
}

describe('<PhoneSignUp>', () => {
  it('walks phone → code → profile → done, the step list and focus following', async () => {
    const onSignedUp = vi.fn();
    const preChecks = requestsTo('pre-check-code');
    const signUps = requestsTo('signup');
    const browser = harness.browser();
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      browser,
    );
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    const steps = screen.getByRole('list', { name: 'Progress' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Phone', 'Code', 'Profile', 'Done']);
    expect(currentStep()).toHaveTextContent('Phone');

    const code = await toCodeStep(user);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Code');
    expect(screen.getByText(/Enter the code we sent to/).textContent).toBe(
      'Enter the code we sent to +86\u00a0139\u00a00013\u00a09000.',
    );
    expect(browser.storage.raw()).toContain('+8613900139000');

    await user.type(codeInput(), code);
    expect(await heading('Your profile')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Profile');
    expect(preChecks).toHaveLength(1);
    expect(signUps).toHaveLength(0);
    // Checked, not spent: the code is still the mock's latest unused one.
    expect(harness.mock.lastCodeFor(NEW, 'CHANNEL_REGISTER')).toBe(code);

    await user.type(nicknameInput(), '  Lin ');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await heading('Account created')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Done');
    expect(screen.getByText('Welcome, Lin! You can sign in with your number now.')).toBeVisible();
    expect(screen.getByText('+86 139 0013 9000')).toBeVisible();
    expect(onSignedUp).toHaveBeenCalledTimes(1);
    expect(onSignedUp.mock.calls[0]?.[0]).toMatchObject({ phone: NEW, nickname: 'Lin' });
    expect(harness.mock.users).toContainEqual(
      expect.objectContaining({ phone: NEW, profile: { nickname: 'Lin' } }),
    );
    expect(signUps).toHaveLength(1);
    // The code step is forgotten once the code is spent; the code itself was never stored.
    expect(browser.storage.raw()).toBe('');
  });

  it('Enter in the number field sends the code', async () => {
    const { user } = harness.render((r) => <PhoneSignUp resumeStore={r} />, harness.browser());
    await user.type(phoneInput(), `${NEW}{Enter}`);
    await heading('Enter the code');
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('a wrong code is refused at the code step without spending the right one', async () => {
    const signUps = requestsTo('signup');
    const { user } = harness.render((r) => <PhoneSignUp resumeStore={r} />, harness.browser());
    const code = await toCodeStep(user);
    await user.type(codeInput(), wrong(code));
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code didn't work. Check the text message, or request a new code.",
      ),
    );
    expect(codeInput()).toHaveAttribute('aria-invalid', 'true');
    expect(currentStep()).toHaveTextContent('Code');
    await user.clear(codeInput());
    expect(codeInput()).not.toHaveAttribute('aria-invalid', 'true');
    await user.type(codeInput(), code);
    await heading('Your profile');
    expect(signUps).toHaveLength(0);
  });

  it('an incomplete code is refused before any request', async () => {
    const preChecks = requestsTo('pre-check-code');
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} submitOnComplete={false} />,
      harness.browser(),
    );
    await toCodeStep(user);
    await user.type(codeInput(), '123');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(codeInput()).toHaveAccessibleDescription('Enter the 6-digit code.');
    expect(preChecks).toHaveLength(0);
  });

  it('comes back to the code step after a reload, countdown running, no secret stored', async () => {
    const browser = harness.browser();
    const first = harness.render((r) => <PhoneSignUp resumeStore={r} />, browser);
    const code = await toCodeStep(first.user);
    first.unmount();

    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      browser,
    );
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(currentStep()).toHaveTextContent('Code');
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    expect(browser.storage.raw()).not.toContain(code);
    await user.type(codeInput(), code);
    await heading('Your profile');
    await user.type(nicknameInput(), 'Lin{Enter}');
    await heading('Account created');
    expect(onSignedUp).toHaveBeenCalledTimes(1);
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('a reload in the profile step comes back to the code step: the code is checked again', async () => {
    const browser = harness.browser();
    const first = harness.render((r) => <PhoneSignUp resumeStore={r} />, browser);
    const code = await toProfileStep(first.user);
    await first.user.type(nicknameInput(), 'Lin');
    first.unmount();

    const preChecks = requestsTo('pre-check-code');
    const { user } = harness.render((r) => <PhoneSignUp resumeStore={r} />, browser);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(codeInput()).toHaveValue('');
    expect(browser.storage.raw()).not.toContain(code);
    await user.type(codeInput(), code);
    await heading('Your profile');
    expect(preChecks).toHaveLength(1);
  });

  it('Back from the profile keeps the code and what was typed; Continue checks the code again', async () => {
    const preChecks = requestsTo('pre-check-code');
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} submitOnComplete={false} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    await user.type(codeInput(), `${code}{Enter}`);
    await heading('Your profile');
    await user.type(nicknameInput(), 'Lin');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('Enter the code')).toHaveFocus();
    expect(codeInput()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Your profile');
    expect(nicknameInput()).toHaveValue('Lin');
    expect(preChecks).toHaveLength(2);
  });

  it('signs up the number the code went to, even if the field was edited since', async () => {
    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    await user.clear(phoneInput());
    await user.type(phoneInput(), '13600136000');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
    await user.clear(phoneInput());
    await user.type(phoneInput(), NEW);
    await user.click(screen.getByRole('button', { name: 'I have a code' }));
    await user.type(await screen.findByRole('textbox', { name: 'Verification code' }), code);
    await heading('Your profile');
    await user.type(nicknameInput(), 'Lin{Enter}');
    await heading('Account created');
    expect(onSignedUp.mock.calls[0]?.[0]).toMatchObject({ phone: NEW });
    expect(harness.mock.users.map((u) => u.phone)).toEqual([ADA, NEW]);
  });

  it('a double submit makes one request, at the code step and at the profile step', async () => {
    harness.install({ latencyMs: 30 });
    const preChecks = requestsTo('pre-check-code');
    const signUps = requestsTo('signup');
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} submitOnComplete={false} />,
      harness.browser(),
    );
    const code = await toCodeStep(user);
    await user.type(codeInput(), code);
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }));
    await user.keyboard('{Enter}');
    await heading('Your profile');
    expect(preChecks).toHaveLength(1);

    await user.type(nicknameInput(), 'Lin');
    await user.dblClick(screen.getByRole('button', { name: 'Create account' }));
    await user.keyboard('{Enter}');
    await heading('Account created');
    expect(signUps).toHaveLength(1);
  });

  it('an empty nickname is refused on the field, focused, before any request', async () => {
    const signUps = requestsTo('signup');
    const { user } = harness.render((r) => <PhoneSignUp resumeStore={r} />, harness.browser());
    await toProfileStep(user);
    await user.type(nicknameInput(), '   ');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(nicknameInput()).toHaveFocus());
    expect(nicknameInput()).toHaveAttribute('aria-invalid', 'true');
    expect(nicknameInput()).toHaveAccessibleDescription('Choose a nickname.');
    await user.type(nicknameInput(), 'L');
    expect(nicknameInput()).not.toHaveAttribute('aria-invalid');
    expect(signUps).toHaveLength(0);
  });

  it('sends the profile fields it is given, leaving empty optional ones out', async () => {
    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => (
        <PhoneSignUp
          resumeStore={r}
          onSignedUp={onSignedUp}
          profileFields={[
            {
              name: 'givenName',
              label: 'First name',
              autoComplete: 'given-name',
              required: true,
              requiredMessage: 'Enter your first name.',
            },
            { name: 'company', label: 'Company (optional)' },
          ]}
        />
      ),
      harness.browser(),
    );
    await toProfileStep(user);
    expect(screen.queryByRole('textbox', { name: 'Nickname' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const first = screen.getByRole('textbox', { name: 'First name' });
    await waitFor(() => expect(first).toHaveAccessibleDescription('Enter your first name.'));
    await user.type(first, 'Ada');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await heading('Account created');
    expect(screen.getByText('Welcome! You can sign in with your number now.')).toBeVisible();
    expect(harness.mock.users).toContainEqual(
      expect.objectContaining({ phone: NEW, profile: { givenName: 'Ada' } }),
    );
  });

  it('a code that expired before the sign-up goes back to the code step, with the reason', async () => {
    const onSignedUp = vi.fn();
    const browser = harness.browser();
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      browser,
    );
    await toProfileStep(user);
    await user.type(nicknameInput(), 'Lin');
    later = 10 * 60_000;
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await heading('Enter the code')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Code');
    expect(codeInput()).toHaveAccessibleDescription('That code has expired. Request a new one.');
    expect(onSignedUp).not.toHaveBeenCalled();
    // No resuming a code step that cannot succeed.
    expect(browser.storage.raw()).toBe('');
  });

  it('a number with an account says so and offers to sign in', async () => {
    const onSignedUp = vi.fn();
    const browser = harness.browser();
    const { user } = harness.render(
      (r) => (
        <PhoneSignUp
          resumeStore={r}
          onSignedUp={onSignedUp}
          signInLink={<a href="/sign-in">Sign in</a>}
        />
      ),
      browser,
    );
    await toProfileStep(user, ADA);
    expect(screen.queryByRole('link', { name: 'Sign in' })).toBeNull();
    await user.type(nicknameInput(), 'Grace{Enter}');
    const alert = await screen.findByText(
      'An account with this number already exists. Sign in instead.',
    );
    expect(alert).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('heading', { name: 'Your profile' })).toBeVisible();
    expect(onSignedUp).not.toHaveBeenCalled();
    expect(harness.mock.users).toHaveLength(1);
    expect(browser.storage.raw()).toBe('');

    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    expect(await heading('Create your account')).toHaveFocus();
  });

  it('a 200 without a user is not a sign-up', async () => {
    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => <PhoneSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      harness.browser(),
    );
    await toProfileStep(user);
    harness.server.use(
      http.post(`${HOST}/api/v3/signup`, () =>
        HttpResponse.json({ statusCode: 200, message: 'ok', data: {} }),
      ),
    );
    await user.type(nicknameInput(), 'Lin{Enter}');
    await screen.findByText('Something went wrong. Try again.');
    expect(screen.getByRole('heading', { name: 'Your profile' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Account created' })).toBeNull();
    expect(onSignedUp).not.toHaveBeenCalled();
  });

  it('speaks the provider’s flow catalogue', async () => {
    const { user } = harness.render((r) => <PhoneSignUp resumeStore={r} />, harness.browser(), {
      messages: zhCN,
      flowMessages: zhCNFlows,
    });
    expect(screen.getByRole('heading', { name: '注册账号' })).toBeVisible();
    expect(screen.getByRole('list', { name: '注册进度' })).toBeVisible();
    expect(currentStep()).toHaveTextContent('手机号');
    await user.type(screen.getByRole('textbox', { name: '手机号' }), NEW);
    await user.click(screen.getByRole('button', { name: '获取验证码' }));
    await screen.findByRole('heading', { name: '输入验证码' });
    const code = harness.mock.lastCodeFor(NEW, 'CHANNEL_REGISTER') ?? '';
    await user.type(screen.getByRole('textbox', { name: '验证码' }), wrong(code));
    await screen.findByText('验证码不正确或已过期。请核对短信，或重新获取验证码。');
    await user.clear(screen.getByRole('textbox', { name: '验证码' }));
    await user.type(screen.getByRole('textbox', { name: '验证码' }), code);
    await screen.findByRole('heading', { name: '完善资料' });
    expect(screen.getByRole('textbox', { name: '昵称' })).toBeVisible();
    expect(screen.getByRole('button', { name: '完成注册' })).toBeVisible();
  });
});

describe('usePhoneSignUpFlow', () => {
  /** A headless rendering: the step name, and the typed refusal once there is one. */
  function Headless({ resumeStore }: { resumeStore: FlowResumeStore }) {
    const flow = usePhoneSignUpFlow({ defaultPhone: `+86${ADA}`, resumeStore });
    return (
      <div>
        <p>step: {flow.step}</p>
        {flow.step === 'phone' ? (
          <button type="button" onClick={flow.sendCode}>
            send
          </button>
        ) : null}
        {flow.step === 'code' ? (
          <button
            type="button"
            onClick={() => void flow.submit(harness.mock.lastCodeFor(ADA, 'CHANNEL_REGISTER'))}
          >
            check
          </button>
        ) : null}
        {flow.step === 'profile' ? (
          <>
            <button type="button" onClick={() => flow.fields[0]?.onChange('Grace')}>
              name
            </button>
            <button type="button" onClick={() => void flow.submit()}>
              create
            </button>
            <p>registered: {String(flow.alreadyRegistered)}</p>
            <p>cause: {(flow.errorCause as { apiCode?: number } | null)?.apiCode}</p>
          </>
        ) : null}
      </div>
    );
  }

  it('a submit that lands after the check passed, before the re-render, spends nothing', async () => {
    const preChecks = requestsTo('pre-check-code');
    function TwiceInARow({ resumeStore }: { resumeStore: FlowResumeStore }) {
      const flow = usePhoneSignUpFlow({ defaultPhone: `+86${ADA}`, resumeStore });
      if (flow.step === 'phone') {
        return (
          <button type="button" onClick={flow.sendCode}>
            send
          </button>
        );
      }
      if (flow.step !== 'code') return <p>step: {flow.step}</p>;
      const { submit } = flow;
      const code = harness.mock.lastCodeFor(ADA, 'CHANNEL_REGISTER') ?? '';
      // The second submit runs as soon as the first settles, before React renders the profile
      // step: what a second click does on a busy page.
      const twice = () => void submit(code).then(() => submit(code));
      return (
        <button type="button" onClick={twice}>
          check twice
        </button>
      );
    }
    const { user } = harness.render((r) => <TwiceInARow resumeStore={r} />, harness.browser());
    await user.click(await screen.findByRole('button', { name: 'send' }));
    await user.click(await screen.findByRole('button', { name: 'check twice' }));
    await screen.findByText('step: profile');
    await waitFor(() => expect(preChecks).toHaveLength(1));
    // Give a second request every chance to be counted: the mock answers at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(preChecks).toHaveLength(1);
  });

  it('exposes each step, and the typed refusal behind the words', async () => {
    const { user } = harness.render((r) => <Headless resumeStore={r} />, harness.browser());
    expect(screen.getByText('step: phone')).toBeVisible();
    await user.click(await screen.findByRole('button', { name: 'send' }));
    await user.click(await screen.findByRole('button', { name: 'check' }));
    await user.click(await screen.findByRole('button', { name: 'name' }));
    await user.click(screen.getByRole('button', { name: 'create' }));
    await screen.findByText('registered: true');
    expect(screen.getByText('cause: 2026')).toBeVisible();
  });
});
