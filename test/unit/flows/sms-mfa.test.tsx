import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactElement } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cooldownKey } from '../../../src/core/cooldown/key.js';
import { createCooldownStore } from '../../../src/core/cooldown/store.js';
import { SmsMfaSettings, type SmsMfaSettingsProps } from '../../../src/flows/index.js';
import { GenAuthProvider } from '../../../src/hooks/GenAuthProvider.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import type { GenAuthMockOptions } from '../../../src/mock/index.js';
import {
  fakeClock,
  isolatedStore,
  memoryStorage,
  sharedStorage,
} from '../../helpers/cooldown-fakes.js';
import { type FlowBrowser, flowHarness } from '../../helpers/flow-harness.js';
import { APP_ID, HOST } from '../../helpers/mock-server.js';

const harness = flowHarness();
const MFA = '13900139000';
const MASKED = '+86\u00a0139****9000';
/** Ada's access token, read at every call (`null`: signed out). */
const session: { token: string | null } = { token: null };

/** Ada (email; with MFA by SMS on `mfaPhone` when given), signed in. */
function seed({ mfaPhone, ...options }: GenAuthMockOptions & { mfaPhone?: string } = {}) {
  const mock = harness.install(options);
  mock.addUser({
    email: 'ada@example.com',
    userId: 'ada',
    ...(mfaPhone ? { mfa: { phone: mfaPhone, phoneCountryCode: '+86' } } : {}),
  });
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

function renderFlow(props: SmsMfaSettingsProps = {}, browser: FlowBrowser = harness.browser()) {
  return harness.render(() => signedIn(<SmsMfaSettings {...props} />), browser);
}

const adaFactors = () => harness.mock.users.find((user) => user.userId === 'ada')?.mfaFactors ?? [];
const codeInput = () => screen.getByRole('textbox', { name: 'Verification code' });
const sendButton = () => screen.getByRole('button', { name: /^(Send|Resend) code$/ });
const numberInput = () => screen.getByRole('textbox', { name: 'Phone number' });
const requestsTo = (path: string) => {
  const urls: string[] = [];
  harness.server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === path) urls.push(request.url);
  });
  return urls;
};
const bindMfaSms = () =>
  harness.mock.outbox.filter((message) => message.channel === 'CHANNEL_BIND_MFA');
type User = ReturnType<typeof harness.render>['user'];

/** From the overview (off): Turn on, type `number`, Enter; returns the code texted to it. */
async function startAndSend(user: User, number = MFA) {
  await user.click(await screen.findByRole('button', { name: 'Turn on' }));
  expect(screen.getByRole('heading', { name: 'Turn on two-step verification' })).toHaveFocus();
  await user.type(numberInput(), `${number}{Enter}`);
  expect(await screen.findByRole('heading', { name: 'Enter the code' })).toHaveFocus();
  return harness.mock.lastCodeFor(number, 'CHANNEL_BIND_MFA') ?? '';
}

describe('<SmsMfaSettings>', () => {
  it('says it is off, then turns it on: number → code → overview with the masked number', async () => {
    const onChange = vi.fn();
    const { user, container } = renderFlow({ onChange });
    expect(screen.getByRole('heading', { name: 'Two-step verification by SMS' })).toBeVisible();
    expect(container.querySelector('[data-state]')).toHaveAttribute('data-state', 'loading');
    expect(await screen.findByText(/^Off\./)).toBeVisible();
    expect(container.querySelector('[data-state]')).toHaveAttribute('data-state', 'off');
    // The list arriving does not move focus.
    expect(document.body).toHaveFocus();

    const code = await startAndSend(user);
    expect(screen.getByText(/Enter the code we sent to/).textContent).toContain(
      '+86\u00a0139\u00a00013\u00a09000',
    );
    await user.type(codeInput(), code);

    const heading = await screen.findByRole('heading', { name: 'Two-step verification by SMS' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Two-step verification is on.')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/^On\./).textContent).toContain(MASKED);
    expect(container.querySelector('[data-state]')).toHaveAttribute('data-state', 'on');
    expect(screen.getByRole('button', { name: 'Turn off' })).toBeVisible();
    expect(onChange).toHaveBeenCalledExactlyOnceWith(`+86${MFA}`);
    expect(adaFactors()).toHaveLength(1);
    expect(bindMfaSms()).toHaveLength(1);
  });

  it('shows the masked number when on, and turns it off after a confirmation', async () => {
    seed({ mfaPhone: MFA });
    const onChange = vi.fn();
    const resets = requestsTo('/api/v3/reset-factor');
    const { user } = renderFlow({ onChange });
    expect((await screen.findByText(/^On\./)).textContent).toContain(MASKED);
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    expect(screen.getByRole('heading', { name: 'Turn off two-step verification?' })).toHaveFocus();
    expect(screen.getByText(/no longer ask for a code/).textContent).toContain(MASKED);
    // Cancel changes nothing.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/^On\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Turn off' }));
    const confirm = screen.getByRole('button', { name: 'Turn off' });
    await user.dblClick(confirm);
    expect(await screen.findByText('Two-step verification is off.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByText(/^Off\./)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Turn on' })).toBeVisible();
    expect(resets).toHaveLength(1);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(null);
    expect(adaFactors()).toEqual([]);
  });

  it('a double click on Turn on sends one enrolment request', async () => {
    const enrolments = requestsTo('/api/v3/enroll-factor');
    const { user } = renderFlow({ submitOnComplete: false });
    const code = await startAndSend(user);
    await user.type(codeInput(), code);
    await user.dblClick(screen.getByRole('button', { name: 'Turn on' }));
    await screen.findByText('Two-step verification is on.');
    expect(enrolments).toHaveLength(1);
  });

  it('a double click on the send button texts one code', async () => {
    const sends = requestsTo('/api/v3/send-enroll-factor-request');
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    await user.type(numberInput(), MFA);
    await user.dblClick(sendButton());
    await screen.findByRole('heading', { name: 'Enter the code' });
    expect(sends).toHaveLength(1);
    expect(bindMfaSms()).toHaveLength(1);
  });

  it('a wrong code is refused on the boxes; the right one still turns it on', async () => {
    const { user } = renderFlow();
    const code = await startAndSend(user);
    await user.type(codeInput(), code === '000000' ? '111111' : '000000');
    await waitFor(() =>
      expect(codeInput()).toHaveAccessibleDescription(
        "That code isn't right. Check the text message and try again.",
      ),
    );
    await user.clear(codeInput());
    await user.type(codeInput(), code);
    expect(await screen.findByText('Two-step verification is on.')).toBeVisible();
  });

  it('a code past the enrolment token’s minute: says so, and a new code turns it on', async () => {
    const clock = fakeClock(Date.now());
    seed({ now: clock.now });
    const browser = { storage: memoryStorage(), cooldownStore: isolatedStore({ now: clock.now }) };
    const { user } = renderFlow({ submitOnComplete: false }, browser);
    const code = await startAndSend(user);
    clock.advance(61_000);
    await user.type(codeInput(), `${code}{Enter}`);
    expect(
      await screen.findByText(
        'That code has expired: codes for turning this on last one minute. Send a new code and enter it.',
      ),
    ).toHaveAttribute('role', 'alert');
    // The cooldown is over with the token: a new code is offered.
    await waitFor(() => expect(sendButton()).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(sendButton());
    await waitFor(() => expect(bindMfaSms()).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText(/That code has expired/)).toBeNull());
    const fresh = harness.mock.lastCodeFor(MFA, 'CHANNEL_BIND_MFA') ?? '';
    await user.clear(codeInput());
    await user.type(codeInput(), `${fresh}{Enter}`);
    expect(await screen.findByText('Two-step verification is on.')).toBeVisible();
  });

  it('a spent enrolment token (403) says the code expired', async () => {
    harness.server.use(
      http.post(`${HOST}/api/v3/enroll-factor`, () =>
        HttpResponse.json({
          statusCode: 403,
          message: 'enrollmentToken is invalid, already used or expired',
          requestId: 'r1',
        }),
      ),
    );
    const { user } = renderFlow();
    const code = await startAndSend(user);
    await user.type(codeInput(), code);
    expect(await screen.findByText(/That code has expired/)).toBeVisible();
    expect(adaFactors()).toEqual([]);
  });

  it('a 429 on the send syncs the countdown to the server and is no error', async () => {
    seed({
      failure: [
        {
          mode: 'rate-limit-http',
          endpoints: ['send-enroll-factor-request'],
          retryAfterSeconds: 42,
        },
      ],
    });
    const browser = harness.browser();
    const { user } = renderFlow({}, browser);
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    await user.type(numberInput(), `${MFA}{Enter}`);
    await waitFor(() => expect(sendButton()).toHaveAttribute('aria-disabled', 'true'));
    const remaining = browser.cooldownStore.remainingMs(
      cooldownKey('CHANNEL_BIND_MFA', `+86${MFA}`),
    );
    expect(remaining).toBeGreaterThan(40_000);
    expect(remaining).toBeLessThanOrEqual(42_000);
    expect(screen.getByRole('heading', { name: 'Turn on two-step verification' })).toBeVisible();
    expect(bindMfaSms()).toEqual([]);
  });

  it('a second tab counts the number down and sends nothing: one SMS in the outbox', async () => {
    const origin = sharedStorage();
    const browserOf = (view: ReturnType<typeof origin.tab>): FlowBrowser => ({
      storage: memoryStorage(),
      cooldownStore: createCooldownStore({
        storage: view.storage,
        storageEvents: view.events,
        broadcastChannel: false,
        locks: null,
      }),
    });
    const first = renderFlow({}, browserOf(origin.tab()));
    const second = renderFlow({}, browserOf(origin.tab()));
    const tabA = within(first.container);
    const tabB = within(second.container);
    for (const tab of [tabA, tabB]) {
      await first.user.click(await tab.findByRole('button', { name: 'Turn on' }));
      await first.user.type(tab.getByRole('textbox', { name: 'Phone number' }), MFA);
    }
    const sends = requestsTo('/api/v3/send-enroll-factor-request');
    await first.user.click(tabA.getByRole('button', { name: 'Send code' }));
    await tabA.findByRole('heading', { name: 'Enter the code' });
    // Tab B's button, on the same number, counts down without a click of its own.
    const other = tabB.getByRole('button', { name: /^(Send|Resend) code$/ });
    await waitFor(() => expect(other).toHaveAttribute('aria-disabled', 'true'));
    await second.user.click(other);
    await second.user.type(tabB.getByRole('textbox', { name: 'Phone number' }), '{Enter}');
    expect(tabB.getByRole('heading', { name: 'Turn on two-step verification' })).toBeVisible();
    expect(sends).toHaveLength(1);
    expect(bindMfaSms()).toHaveLength(1);
  }, 20_000);

  it('signed out: the overview says to sign in again', async () => {
    session.token = null;
    renderFlow();
    expect(await screen.findByText('Your session has ended. Sign in again.')).toHaveAttribute(
      'role',
      'alert',
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  it('signed out after the overview: the send says to sign in again, nothing sent', async () => {
    const sends = requestsTo('/api/v3/send-enroll-factor-request');
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    session.token = null;
    await user.type(numberInput(), `${MFA}{Enter}`);
    expect(await screen.findByText('Your session has ended. Sign in again.')).toBeVisible();
    expect(sends).toEqual([]);
  });

  it('a dead network on enrolment says so and keeps the code step', async () => {
    const { user } = renderFlow();
    const code = await startAndSend(user);
    harness.mock.setFailure({ mode: 'network', endpoints: ['enroll-factor'] });
    await user.type(codeInput(), code);
    expect(await screen.findByText(/Could not reach the server/)).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
  });

  it('a 500 with HTML on the send is a server failure, not a code step', async () => {
    seed({ failure: [{ mode: 'server-error-html', endpoints: ['send-enroll-factor-request'] }] });
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    await user.type(numberInput(), `${MFA}{Enter}`);
    await waitFor(() => expect(sendButton()).not.toHaveAttribute('aria-disabled'));
    expect(screen.getByRole('heading', { name: 'Turn on two-step verification' })).toBeVisible();
    expect(bindMfaSms()).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
    ['an emoji', '😀'],
  ])('an %s number is refused on the field, nothing sent', async (_label, typed) => {
    const sends = requestsTo('/api/v3/send-enroll-factor-request');
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    if (typed) await user.type(numberInput(), typed);
    await user.click(sendButton());
    await waitFor(() => expect(numberInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(sends).toEqual([]);
  });

  it('a 10 kB paste is refused, nothing sent', async () => {
    const sends = requestsTo('/api/v3/send-enroll-factor-request');
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    numberInput().focus();
    await user.paste('1'.repeat(10_000));
    await user.click(sendButton());
    await waitFor(() => expect(numberInput()).toHaveAttribute('aria-invalid', 'true'));
    expect(sends).toEqual([]);
  });

  it('full-width digits are read as the number', async () => {
    const { user } = renderFlow();
    await user.click(await screen.findByRole('button', { name: 'Turn on' }));
    await user.type(numberInput(), '１３９００１３９０００{Enter}');
    await screen.findByRole('heading', { name: 'Enter the code' });
    expect(bindMfaSms()).toHaveLength(1);
  });

  it('speaks the provider’s locale', async () => {
    seed({ mfaPhone: MFA });
    harness.render(() => signedIn(<SmsMfaSettings />), harness.browser(), {
      messages: zhCN,
      flowMessages: zhCNFlows,
    });
    expect(screen.getByRole('heading', { name: zhCNFlows.smsMfa.title })).toBeVisible();
    const lead = await screen.findByText(
      (_, element) =>
        element?.tagName === 'P' && element.textContent === zhCNFlows.smsMfa.on(MASKED),
    );
    expect(lead).toBeVisible();
    expect(screen.getByRole('button', { name: zhCNFlows.smsMfa.turnOff })).toBeVisible();
  });
});

// The hook ages the one-minute enrollmentToken by the `now` it is given (the mock, by its own
// clock, would accept or refuse alike): only a refusal GenAuth does not explain depends on it.
describe('<SmsMfaSettings now={...}>: the enrolment token’s minute by the injected clock', () => {
  const EXPIRED =
    'That code has expired: codes for turning this on last one minute. Send a new code and enter it.';
  /** GenAuth refuses the enrolment without an `apiCode`: nothing says whether the token is late. */
  const refuseEnrolment = () =>
    harness.server.use(
      http.post(`${HOST}/api/v3/enroll-factor`, () =>
        HttpResponse.json({ statusCode: 400, message: 'refused', requestId: 'r2' }),
      ),
    );
  const submitCode = async (user: User) => {
    codeInput().focus();
    await user.keyboard('{Enter}');
  };

  it('within the minute a refusal stays on this code; past it, the code expired: send a new one', async () => {
    const clock = fakeClock(Date.now());
    refuseEnrolment();
    const { user } = renderFlow({ now: clock.now, submitOnComplete: false });
    const code = await startAndSend(user);
    await user.type(codeInput(), code);
    clock.advance(59_000);
    await submitCode(user);
    expect(await screen.findByText('Something went wrong. Try again.')).toHaveAttribute(
      'role',
      'alert',
    );
    expect(screen.queryByText(EXPIRED)).toBeNull();

    clock.advance(2_000);
    await submitCode(user);
    expect(await screen.findByText(EXPIRED)).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('heading', { name: 'Enter the code' })).toBeVisible();
    expect(adaFactors()).toEqual([]);
  });

  it('a clock set back more than a minute is not trusted: the token counts as expired, not fresh forever', async () => {
    const clock = fakeClock(Date.now());
    refuseEnrolment();
    const { user } = renderFlow({ now: clock.now, submitOnComplete: false });
    const code = await startAndSend(user);
    await user.type(codeInput(), code);
    // Within a minute's tolerance (an NTP step back), the token is still in its minute.
    clock.advance(-30_000);
    await submitCode(user);
    expect(await screen.findByText('Something went wrong. Try again.')).toBeVisible();
    expect(screen.queryByText(EXPIRED)).toBeNull();

    clock.advance(-40_000);
    await submitCode(user);
    expect(await screen.findByText(EXPIRED)).toHaveAttribute('role', 'alert');
  });

  it('offers "I have a code" for the number only within the token’s minute', async () => {
    const clock = fakeClock(Date.now());
    const { user } = renderFlow({ now: clock.now });
    await startAndSend(user);
    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    expect(screen.getByRole('button', { name: 'I have a code' })).toBeVisible();

    clock.advance(61_000);
    // Any render after the minute asks the clock again: a keystroke undone leaves the number.
    await user.type(numberInput(), '0{Backspace}');
    expect(screen.queryByRole('button', { name: 'I have a code' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Turn on two-step verification' })).toBeVisible();
  });
});
