import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EmailPasswordSignUp,
  type EmailPasswordSignUpProps,
  type FlowResumeStore,
} from '../../../src/flows/index.js';
import { domHolds } from '../../helpers/dom-secrets.js';
import { flowHarness } from '../../helpers/flow-harness.js';
import { HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
/** A cap on the wait for a state (the answer, the next step), not a pause: 2 busy cores. */
const STATE_WAIT = { timeout: 20_000 } as const;
const BOB = '13700137000';
const NEW = '13900139000';
const TAKEN_EMAIL = 'ada@example.com';
const EMAIL = 'lin@example.com';
const PASSWORD = 'Tr0ub4dor-x9';
/** The mock's clock runs `later` ms ahead of the real one (codes expire by it). */
let later = 0;

beforeEach(() => {
  later = 0;
  const mock = harness.install({ now: () => Date.now() + later });
  mock.addUser({ email: TAKEN_EMAIL, password: 'whatever1' });
  mock.addUser({ phone: BOB, phoneCountryCode: '+86' });
});

type User = ReturnType<typeof harness.render>['user'];

const emailInput = () => screen.getByRole('textbox', { name: 'Email address' });
const passwordInput = () => screen.getByLabelText('New password');
const phoneInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const currentStep = () => screen.getByRole('listitem', { current: 'step' });
const heading = (name: string) => screen.findByRole('heading', { name }, STATE_WAIT);
/** Waits (up to the cap) for `check` to pass. */
const waitForState = <T,>(check: () => T) => waitFor(check, STATE_WAIT);
const wrong = (code: string) => (code === '000000' ? '111111' : '000000');

/** The bodies of the requests to `/api/v3/<endpoint>` from now on. */
function requestsTo(endpoint: string) {
  const bodies: Promise<unknown>[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (request.url.endsWith(`/api/v3/${endpoint}`)) bodies.push(request.clone().json());
  });
  return bodies;
}

function renderFlow(
  props: Partial<EmailPasswordSignUpProps> = {},
  browser = harness.browser(),
  wrap: (ui: ReactElement) => ReactElement = (ui) => ui,
) {
  const view = harness.render(
    (r: FlowResumeStore) => wrap(<EmailPasswordSignUp requirePhone resumeStore={r} {...props} />),
    browser,
  );
  return { ...view, browser };
}

/** Fills the first step and goes on. */
async function fillAccount(user: User, email = EMAIL, password = PASSWORD) {
  await user.clear(emailInput());
  if (email) await user.type(emailInput(), email);
  await user.clear(passwordInput());
  if (password) await user.type(passwordInput(), password);
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

/** From the first step to the code step; returns the code. */
async function toCodeStep(user: User, number = NEW) {
  await fillAccount(user);
  await heading('Your phone number');
  await user.type(phoneInput(), number);
  await user.click(sendButton());
  await heading('Enter the code');
  return harness.mock.lastCodeFor(number, 'CHANNEL_COMPLETE_PHONE') ?? '';
}

// Caps, not waits: each walk types and sends like a user, slow beside other suites on 2 cores.
describe('<EmailPasswordSignUp requirePhone>', { timeout: 60_000 }, () => {
  it('walks account → phone → code → done in one sign-up with the completed phone', async () => {
    const onSignedUp = vi.fn();
    const signUps = requestsTo('signup');
    const { user, browser } = renderFlow({ onSignedUp });
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    const steps = screen.getByRole('list', { name: 'Progress' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Account', 'Phone', 'Code', 'Done']);
    expect(currentStep()).toHaveTextContent('Account');

    await fillAccount(user);
    expect(await heading('Your phone number')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Phone');
    expect(screen.queryByRole('button', { name: 'Skip for now' })).toBeNull();
    expect(signUps).toHaveLength(0);

    await user.type(phoneInput(), NEW);
    await user.click(sendButton());
    expect(await heading('Enter the code')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Code');
    expect(harness.mock.outbox).toEqual([
      expect.objectContaining({ channel: 'CHANNEL_COMPLETE_PHONE', phoneNumber: NEW }),
    ]);
    // The resume record: the number, the channel, the time; never the address or the password.
    expect(browser.storage.raw()).toContain('+8613900139000');
    expect(browser.storage.raw()).toContain('CHANNEL_COMPLETE_PHONE');
    expect(browser.storage.raw()).not.toContain(PASSWORD);
    expect(browser.storage.raw()).not.toContain(EMAIL);
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');

    const code = harness.mock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '';
    await user.type(codeInput(), code);
    expect(await heading('Account created')).toHaveFocus();
    expect(currentStep()).toHaveTextContent('Done');
    expect(screen.getByText(`Welcome! You can sign in with ${EMAIL} now.`)).toBeVisible();
    expect(screen.getByText('+86 139 0013 9000')).toBeVisible();
    expect(signUps).toHaveLength(1);
    expect(await signUps[0]).toEqual({
      connection: 'PASSWORD',
      passwordPayload: { email: EMAIL, password: PASSWORD },
      profile: { phone: NEW, phoneCountryCode: '+86' },
      options: { phonePassCodeForInformationCompletion: code },
    });
    expect(onSignedUp).toHaveBeenCalledTimes(1);
    expect(onSignedUp.mock.calls[0]?.[0]).toMatchObject({ email: EMAIL, phone: NEW });
    expect(harness.mock.users).toContainEqual(
      expect.objectContaining({ email: EMAIL, phone: NEW }),
    );
    // The code was spent, and the code step is forgotten.
    expect(browser.storage.raw()).toBe('');
  });

  it('leaves the password in no cache and no DOM attribute, during the walk and after it', async () => {
    const queryClient = new QueryClient();
    const { user, container } = renderFlow({}, harness.browser(), (ui) => (
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    ));
    await fillAccount(user);
    await heading('Your phone number');
    expect(domHolds(container, PASSWORD)).toBe(false);
    await user.type(phoneInput(), NEW);
    await user.click(sendButton());
    await heading('Enter the code');
    await user.type(codeInput(), harness.mock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '');
    await heading('Account created');
    expect(domHolds(container, PASSWORD)).toBe(false);
    const cached = JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    );
    expect(cached).not.toContain(PASSWORD);
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state),
      ),
    ).not.toContain(PASSWORD);
  });

  it('the password field never holds the password in its value attribute', async () => {
    const { user, container } = renderFlow();
    await user.type(passwordInput(), PASSWORD);
    expect(passwordInput()).toHaveValue(PASSWORD);
    expect(domHolds(container, PASSWORD)).toBe(false);
  });

  it('comes back to the code step after a reload once the address and password are typed again', async () => {
    const first = renderFlow();
    const code = await toCodeStep(first.user);
    first.unmount();

    const onSignedUp = vi.fn();
    const { user } = renderFlow({ onSignedUp }, first.browser);
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    expect(screen.getByText(/can still be used/).textContent).toBe(
      'The code we sent to +86\u00a0139\u00a00013\u00a09000 can still be used. Enter your email address and password again to continue.',
    );
    expect(emailInput()).toHaveValue('');
    expect(passwordInput()).toHaveValue('');
    await fillAccount(user);
    await heading('Enter the code');
    // No new SMS: the countdown of the first one is running.
    expect(harness.mock.outbox).toHaveLength(1);
    expect(sendButton()).toHaveAttribute('aria-disabled', 'true');
    await user.type(codeInput(), code);
    await heading('Account created');
    expect(onSignedUp).toHaveBeenCalledTimes(1);
  });

  it('a double submit makes one sign-up request', async () => {
    harness.install({ latencyMs: 30 }).addUser({ phone: BOB, phoneCountryCode: '+86' });
    const signUps = requestsTo('signup');
    const { user } = renderFlow({ submitOnComplete: false });
    const code = await toCodeStep(user);
    await user.type(codeInput(), code);
    await user.dblClick(screen.getByRole('button', { name: 'Create account' }));
    await user.keyboard('{Enter}');
    await heading('Account created');
    expect(signUps).toHaveLength(1);
  });

  it('a full-width code is read as its digits', async () => {
    const signUps = requestsTo('signup');
    const { user } = renderFlow();
    const code = await toCodeStep(user);
    const fullWidth = [...code].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    await user.type(codeInput(), fullWidth);
    await heading('Account created');
    expect(await signUps[0]).toMatchObject({
      options: { phonePassCodeForInformationCompletion: code },
    });
  });

  it('a wrong code is refused under the code boxes; the right one then works', async () => {
    const { user } = renderFlow();
    const code = await toCodeStep(user);
    await user.type(codeInput(), wrong(code));
    await waitForState(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    expect(currentStep()).toHaveTextContent('Code');
    await user.clear(codeInput());
    await user.type(codeInput(), code);
    await heading('Account created');
  });

  it('an expired code says so under the code boxes and is not resumed', async () => {
    const { user, browser } = renderFlow();
    const code = await toCodeStep(user);
    later = 10 * 60_000;
    await user.type(codeInput(), code);
    await waitForState(() =>
      expect(codeInput()).toHaveAccessibleDescription('That code has expired. Request a new one.'),
    );
    expect(browser.storage.raw()).toBe('');
  });

  it('an emoji or letters in the code box are not a code: no request', async () => {
    const signUps = requestsTo('signup');
    const { user } = renderFlow({ submitOnComplete: false });
    await toCodeStep(user);
    await user.type(codeInput(), '12😀3ab');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitForState(() =>
      expect(codeInput()).toHaveAccessibleDescription('Enter the 6-digit code.'),
    );
    expect(signUps).toHaveLength(0);
  });

  it('a number of another account is refused on the number field, its code step forgotten', async () => {
    const onSignedUp = vi.fn();
    const { user, browser } = renderFlow({ onSignedUp });
    const code = await toCodeStep(user, BOB);
    await user.type(codeInput(), code);
    expect(await heading('Your phone number')).toHaveFocus();
    await waitForState(() =>
      expect(phoneInput()).toHaveAccessibleDescription(
        expect.stringContaining('This phone number is used by another account.'),
      ),
    );
    expect(currentStep()).toHaveTextContent('Phone');
    expect(browser.storage.raw()).toBe('');
    expect(onSignedUp).not.toHaveBeenCalled();
    // Another number goes through.
    await user.clear(phoneInput());
    await user.type(phoneInput(), NEW);
    await user.click(sendButton());
    await heading('Enter the code');
    await user.type(codeInput(), harness.mock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '');
    await heading('Account created');
    expect(onSignedUp).toHaveBeenCalledTimes(1);
  });

  it('a number of another account is announced when the refusal arrives, not only shown', async () => {
    const { user } = renderFlow();
    const code = await toCodeStep(user, BOB);
    await user.type(codeInput(), code);
    await heading('Your phone number');
    // The field's description is read only when the field is reached; an alert is said at once.
    await waitForState(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContain(
        'This phone number is used by another account.',
      ),
    );
  });

  it('a taken address goes back to the email field with a way to sign in; the code is kept', async () => {
    const signUps = requestsTo('signup');
    const { user } = harness.render(
      (r) => (
        <EmailPasswordSignUp
          requirePhone
          resumeStore={r}
          signInLink={<a href="/sign-in">Sign in</a>}
          defaultEmail={TAKEN_EMAIL}
        />
      ),
      harness.browser(),
    );
    await user.type(passwordInput(), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Your phone number');
    await user.type(phoneInput(), NEW);
    await user.click(sendButton());
    await heading('Enter the code');
    const code = harness.mock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '';
    await user.type(codeInput(), code);
    expect(await heading('Create your account')).toHaveFocus();
    expect(emailInput()).toHaveAccessibleDescription(
      'An account with this email address already exists. Sign in instead.',
    );
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeVisible();
    // The password is still there (only GenAuth's success drops it).
    expect(passwordInput()).toHaveValue(PASSWORD);
    await user.clear(emailInput());
    await user.type(emailInput(), EMAIL);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await heading('Enter the code');
    expect(codeInput()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await heading('Account created');
    expect(signUps).toHaveLength(2);
    expect(harness.mock.outbox).toHaveLength(1);
  });

  it('a password GenAuth refuses goes back to the password field', async () => {
    harness.install({ passwordStrength: 'medium' });
    const { user } = renderFlow();
    await fillAccount(user, EMAIL, 'lettersonly');
    await heading('Your phone number');
    await user.type(phoneInput(), NEW);
    await user.click(sendButton());
    await heading('Enter the code');
    await user.type(codeInput(), harness.mock.lastCodeFor(NEW, 'CHANNEL_COMPLETE_PHONE') ?? '');
    expect(await heading('Create your account')).toHaveFocus();
    expect(passwordInput()).toHaveAccessibleDescription(
      expect.stringContaining('This password is not allowed here. Choose a stronger one.'),
    );
  });

  it.each([
    ['empty', '', 'Enter your email address.'],
    ['whitespace', '   ', 'Enter your email address.'],
    ['not an address', 'lin@', 'Enter an email address like name@example.com.'],
    ['an emoji', '😀', 'Enter an email address like name@example.com.'],
    ['10 kB', `${'a'.repeat(10_000)}@example.com`, 'Enter an email address like name@example.com.'],
  ])(
    'refuses an address that is %s on the field, focused, before any request',
    async (_, email, text) => {
      const { user } = renderFlow();
      if (email.length > 100) {
        // Typing 10 kB key by key is slow: paste it.
        emailInput().focus();
        await user.paste(email);
      } else if (email) await user.type(emailInput(), email);
      await user.type(passwordInput(), PASSWORD);
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      await waitForState(() => expect(emailInput()).toHaveFocus());
      expect(emailInput()).toHaveAttribute('aria-invalid', 'true');
      expect(emailInput()).toHaveAccessibleDescription(text);
      expect(currentStep()).toHaveTextContent('Account');
      expect(harness.mock.outbox).toHaveLength(0);
    },
  );

  it.each([
    ['empty', ''],
    ['too short', 'abc'],
    ['with a space', 'abc def ghi'],
  ])('refuses a password that is %s on its field, focused', async (_, password) => {
    const { user } = renderFlow();
    await user.type(emailInput(), EMAIL);
    if (password) await user.type(passwordInput(), password);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForState(() => expect(passwordInput()).toHaveFocus());
    expect(passwordInput()).toHaveAccessibleDescription(
      expect.stringContaining('Your password does not meet all the requirements yet.'),
    );
    expect(currentStep()).toHaveTextContent('Account');
  });

  it('Back keeps the address and the password', async () => {
    const { user } = renderFlow();
    await fillAccount(user);
    await heading('Your phone number');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await heading('Create your account')).toHaveFocus();
    expect(emailInput()).toHaveValue(EMAIL);
    expect(passwordInput()).toHaveValue(PASSWORD);
  });

  it.each([
    ['a dead network', () => HttpResponse.error(), /connect|network|internet/i],
    ['a 500 with HTML', () => new HttpResponse('<html>Bad gateway</html>', { status: 500 }), /./],
    [
      'a 429',
      () =>
        HttpResponse.json(
          { statusCode: 429, message: 'Too many requests' },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      /30/,
    ],
  ])('shows %s at the code step, the code kept for another try', async (_, respond, text) => {
    const { user } = renderFlow({ submitOnComplete: false });
    const code = await toCodeStep(user);
    harness.server.use(http.post(`${HOST}/api/v3/signup`, respond, { once: true }));
    await user.type(codeInput(), code);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const alert = await waitForState(() => {
      const found = screen.getAllByRole('alert').find((element) => element.textContent !== '');
      if (!found) throw new Error('no alert yet');
      return found;
    });
    expect(alert.textContent).toMatch(text);
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(codeInput()).toHaveValue(code);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await heading('Account created');
  });
});

describe('<EmailPasswordSignUp> without a required phone', { timeout: 60_000 }, () => {
  it('a 200 without a user is not a sign-up: said, the password kept for another try', async () => {
    harness.server.use(
      http.post(
        `${HOST}/api/v3/signup`,
        () => HttpResponse.json({ statusCode: 200, message: 'ok' }),
        {
          once: true,
        },
      ),
    );
    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => <EmailPasswordSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      harness.browser(),
    );
    await user.type(emailInput(), EMAIL);
    await user.type(passwordInput(), `${PASSWORD}{Enter}`);
    await waitForState(() =>
      expect(screen.getByText('Something went wrong. Try again.')).toHaveAttribute('role', 'alert'),
    );
    expect(screen.getByRole('heading', { name: 'Create your account' })).toBeVisible();
    expect(onSignedUp).not.toHaveBeenCalled();
    expect(passwordInput()).toHaveValue(PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await heading('Account created');
    expect(onSignedUp).toHaveBeenCalledTimes(1);
  });

  it('without any phone step: one sign-up with the address and password', async () => {
    const signUps = requestsTo('signup');
    const onSignedUp = vi.fn();
    const { user } = harness.render(
      (r) => <EmailPasswordSignUp resumeStore={r} onSignedUp={onSignedUp} />,
      harness.browser(),
    );
    expect(screen.queryByRole('list', { name: 'Progress' })).toBeNull();
    await user.type(emailInput(), EMAIL);
    await user.type(passwordInput(), `${PASSWORD}{Enter}`);
    expect(await heading('Account created')).toHaveFocus();
    expect(await signUps[0]).toEqual({
      connection: 'PASSWORD',
      passwordPayload: { email: EMAIL, password: PASSWORD },
    });
    expect(signUps).toHaveLength(1);
    expect(onSignedUp).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Phone')).toBeNull();
  });

  it('asks the profile fields it is given on the first step and sends them', async () => {
    const signUps = requestsTo('signup');
    const { user } = harness.render(
      (r) => (
        <EmailPasswordSignUp
          resumeStore={r}
          profileFields={[
            {
              name: 'nickname',
              label: 'Nickname',
              autoComplete: 'nickname',
              required: true,
              requiredMessage: 'Choose a nickname.',
            },
            { name: 'company', label: 'Company (optional)', autoComplete: 'organization' },
          ]}
        />
      ),
      harness.browser(),
    );
    await user.type(emailInput(), EMAIL);
    await user.type(passwordInput(), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const nickname = screen.getByRole('textbox', { name: 'Nickname' });
    await waitForState(() => expect(nickname).toHaveFocus());
    expect(nickname).toHaveAccessibleDescription('Choose a nickname.');
    expect(signUps).toHaveLength(0);
    await user.type(nickname, '  Lin ');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await heading('Account created');
    expect(await signUps[0]).toEqual({
      connection: 'PASSWORD',
      passwordPayload: { email: EMAIL, password: PASSWORD },
      profile: { nickname: 'Lin' },
    });
  });

  it('askPhone: the phone step can be skipped', async () => {
    const signUps = requestsTo('signup');
    const { user } = harness.render(
      (r) => <EmailPasswordSignUp askPhone resumeStore={r} />,
      harness.browser(),
    );
    await fillAccount(user);
    await heading('Your phone number');
    expect(
      screen.getByText('Add a phone number to sign in by text message too, or skip this step.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await heading('Account created');
    expect(await signUps[0]).toEqual({
      connection: 'PASSWORD',
      passwordPayload: { email: EMAIL, password: PASSWORD },
    });
    expect(harness.mock.outbox).toHaveLength(0);
  });
});
