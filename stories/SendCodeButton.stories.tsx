import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { storyMock, usesRealGenAuth } from '../.storybook/genauth.js';
import { SendCodeButton, SMS_CHANNELS } from '../src/index.js';
import {
  AlreadyCoolingDownDemo,
  RegistrationFormDemo,
  TwoChannelsDemo,
} from './SendCodeButtonDemos.js';
import './story-layout.css';
import { STATE_WAIT } from '../.storybook/waits.js';
import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';

/** The mock answers after 400 ms (more in `Sending`): give every network wait room. */
const NETWORK = STATE_WAIT;
const COUNTRIES = ['CN', 'HK', 'TW', 'SG', 'JP', 'US', 'GB', 'DE', 'FR', 'IN', 'BR'] as const;

const meta = {
  title: 'Components/SendCodeButton',
  component: SendCodeButton,
  tags: ['autodocs'],
  args: {
    channel: 'CHANNEL_LOGIN',
    cooldownSeconds: 60,
    defaultCountry: 'CN',
    disabled: false,
    unstyled: false,
    hidePhoneInput: false,
    onSent: fn(),
    onError: fn(),
    onPhoneChange: fn(),
  },
  argTypes: {
    channel: { control: 'select', options: SMS_CHANNELS },
    cooldownSeconds: { control: { type: 'number', min: 1, max: 600, step: 1 } },
    messages: {
      name: 'messages (catalogue)',
      control: 'inline-radio',
      options: ['en-US', 'zh-CN', 'zh-TW', 'ja-JP'],
      mapping: { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP },
    },
    defaultCountry: { control: 'select', options: COUNTRIES },
    countries: { control: 'object' },
    preferredCountries: { control: 'object' },
    phone: { control: 'text' },
    defaultPhone: { control: 'text' },
    phoneLabel: { control: 'text' },
    disabled: { control: 'boolean' },
    unstyled: { control: 'boolean' },
    hidePhoneInput: { control: 'boolean' },
    className: { control: 'text' },
    classNames: { control: 'object' },
    id: { control: 'text' },
    children: { control: false },
    client: { control: false },
    cooldownStore: { control: false },
  },
} satisfies Meta<typeof SendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The behaviour checks drive the GenAuth mock and type sample numbers. Against a real app
 * (`STORYBOOK_GENAUTH_APP_ID`/`_HOST` set) they would text real phones, so they stand down.
 */
function mockOnly(play: NonNullable<Story['play']>): Story['play'] {
  return async (context) => {
    if (usesRealGenAuth) return;
    await play(context);
  };
}

const root = (canvasElement: HTMLElement) =>
  canvasElement.querySelector<HTMLElement>('[data-state]') as HTMLElement;

/** The error alert; the theme hides it with `display: none` while it is empty. */
const alertOf = (canvas: ReturnType<typeof within>) => canvas.getByRole('alert', { hidden: true });

/** Types a mainland mobile number and clicks the send button. */
async function sendTo(canvasElement: HTMLElement, number = '138 0013 8000') {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), number);
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
}

/**
 * Type a number, click once: one SMS, then a 60 s countdown for that (channel, number) that
 * mirrors the server's one-per-minute rule. The countdown sits in the button but out of its
 * accessible name; screen readers hear one polite announcement. Then reload, or open this story
 * in a second tab, and type the number again: the countdown carries on (*Docs / Try the demo*).
 */
export const Default: Story = {
  // The persisted demo: send, reload, and the countdown carries on; a second tab shows it too.
  parameters: { persistedDemo: true },
};

/** Test only (hidden from the sidebar and docs): {@link Default}, step by step. */
export const DefaultBehaviour: Story = {
  ...Default,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(button).toHaveAttribute('type', 'button');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');

    await sendTo(canvasElement);
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await expect(storyMock.outbox[0]).toMatchObject({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '13800138000',
      phoneCountryCode: '+86',
    });
    await waitFor(
      () => expect(root(canvasElement)).toHaveAttribute('data-state', 'cooldown'),
      NETWORK,
    );
    await expect(button).toHaveAccessibleName('Resend code');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(/(60|59) s/);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Code sent. You can request a new one in 60 seconds.',
    );
    await expect(alertOf(canvas)).toBeEmptyDOMElement();
    await expect(args.onSent).toHaveBeenCalledTimes(1);
    await expect(args.onSent).toHaveBeenCalledWith(expect.objectContaining({ statusCode: 200 }), {
      phone: '+8613800138000',
      channel: 'CHANNEL_LOGIN',
    });
    await expect(args.onError).not.toHaveBeenCalled();
  }),
};

/**
 * While the request is in flight (the mock is slowed to 2 s here) the button shows a spinner,
 * keeps focus and says it is unavailable with `aria-disabled`; more clicks send nothing more.
 */
export const Sending: Story = {
  beforeEach: () => {
    storyMock.setLatency(2000);
  },
  args: { defaultPhone: '+8613800138000' },
};

/** Test only (hidden from the sidebar and docs): {@link Sending}, step by step. */
export const SendingBehaviour: Story = {
  ...Sending,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'sending'), NETWORK);
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'sending');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAccessibleName('Send code');
    // The server got the request on arrival; a double click while sending adds nothing.
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await userEvent.dblClick(button);
    await expect(button).toHaveAttribute('data-state', 'sending');
    // Let the answer arrive: a request left in flight would start its cooldown in a later story.
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), STATE_WAIT);
    await expect(storyMock.outbox).toHaveLength(1);
    await expect(button).toHaveFocus();
  }),
};

/**
 * After a send the button counts down. The name stays "Resend code" and the live region keeps
 * its one announcement: the seconds are visible but not read out every tick.
 */
export const Cooldown: Story = {
  args: { defaultPhone: '+8613800138000' },
};

/** Test only (hidden from the sidebar and docs): {@link Cooldown}, step by step. */
export const CooldownBehaviour: Story = {
  ...Cooldown,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    const status = canvas.getByRole('status');
    const announced = status.textContent;
    await expect(announced).toBe('Code sent. You can request a new one in 60 seconds.');
    await waitFor(() => expect(button).toHaveTextContent(/5\d s/), STATE_WAIT);
    await expect(button).toHaveAccessibleName('Resend code');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(status.textContent).toBe(announced);
    // Clicks during the cooldown do nothing.
    await userEvent.click(button);
    await expect(storyMock.outbox).toHaveLength(1);
  }),
};

/**
 * A short cooldown (3 s) to watch the end: the button is ready again, still named "Resend code",
 * and the live region says so once.
 */
export const CooldownEnds: Story = {
  args: { defaultPhone: '+8613800138000', cooldownSeconds: 3 },
};

/** Test only (hidden from the sidebar and docs): {@link CooldownEnds}, step by step. */
export const CooldownEndsBehaviour: Story = {
  ...CooldownEnds,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveTextContent(/[1-3] s/), NETWORK);
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Code sent. You can request a new one in 3 seconds.',
    );
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), STATE_WAIT);
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(button).toHaveAccessibleName('Resend code');
    await expect(canvas.getByRole('status')).toHaveTextContent('You can request a new code now.');
  }),
};

/**
 * The server says "429, Retry-After: 42" (another tab, another device, a stricter tenant rule):
 * that is not an error to the user. The countdown starts from the server's 42 s, no alert.
 */
export const RateLimitedByServer: Story = {
  beforeEach: () => {
    storyMock.setFailure({ mode: 'rate-limit-http', retryAfterSeconds: 42, times: 1 });
  },
};

/** Test only (hidden from the sidebar and docs): {@link RateLimitedByServer}, step by step. */
export const RateLimitedByServerBehaviour: Story = {
  ...RateLimitedByServer,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await sendTo(canvasElement);
    const button = canvas.getByRole('button', { name: /^(Send|Resend) code$/ });
    await waitFor(
      () => expect(root(canvasElement)).toHaveAttribute('data-state', 'cooldown'),
      NETWORK,
    );
    await expect(button).toHaveTextContent(/4[12] s/);
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(alertOf(canvas)).toBeEmptyDOMElement();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Too many requests. Try again in 42 seconds.',
    );
    await expect(storyMock.outbox).toHaveLength(0);
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(args.onSent).not.toHaveBeenCalled();
  }),
};

/**
 * The request never got an answer (offline, DNS, CORS): a localised alert tied to the button
 * with `aria-describedby`, no countdown, and the button ready to retry. The retry goes through.
 */
export const NetworkError: Story = {
  beforeEach: () => {
    storyMock.setFailure({ mode: 'network', times: 1 });
  },
};

/** Test only (hidden from the sidebar and docs): {@link NetworkError}, step by step. */
export const NetworkErrorBehaviour: Story = {
  ...NetworkError,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const text = 'Could not reach the server. Check your connection and try again.';
    await sendTo(canvasElement);
    const alert = alertOf(canvas);
    await waitFor(() => expect(alert).toHaveTextContent(text), NETWORK);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'error');
    await expect(button).toHaveAccessibleDescription(text);
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(storyMock.outbox).toHaveLength(0);
    // Ready to retry: the second click sends.
    await userEvent.click(button);
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await waitFor(() => expect(alert).toBeEmptyDOMElement(), NETWORK);
    await waitFor(() => expect(button).toHaveAccessibleName('Resend code'), NETWORK);
  }),
};

/**
 * A proxy in front of GenAuth answers an HTML 500 page: "the service is unavailable", not the
 * page's markup, and the button stays ready to retry.
 */
export const ServerError: Story = {
  beforeEach: () => {
    storyMock.setFailure({ mode: 'server-error-html', httpStatus: 500, times: 1 });
  },
};

/** Test only (hidden from the sidebar and docs): {@link ServerError}, step by step. */
export const ServerErrorBehaviour: Story = {
  ...ServerError,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const text = 'The service is unavailable right now. Try again later.';
    await sendTo(canvasElement);
    const alert = alertOf(canvas);
    await waitFor(() => expect(alert).toHaveTextContent(text), NETWORK);
    await expect(alert).not.toHaveTextContent('<');
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'error');
    await expect(button).toHaveAccessibleDescription(text);
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'GenAuthApiError', httpStatus: 500 }),
    );
    await expect(storyMock.outbox).toHaveLength(0);
  }),
};

/**
 * A number too short for an SMS: the input says why (tied with `aria-describedby`), gets the
 * focus back, and nothing is sent.
 */
export const InvalidNumber: Story = {};

/** Test only (hidden from the sidebar and docs): {@link InvalidNumber}, step by step. */
export const InvalidNumberBehaviour: Story = {
  ...InvalidNumber,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Phone number' });
    await sendTo(canvasElement, '1380');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'invalid');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('This phone number is too short.');
    await expect(input).toHaveFocus();
    // `invalid` is the state of a click that sent nothing (a send would say `sending`): no
    // pause needed to see that no request follows.
    await expect(canvas.getByRole('button', { name: 'Send code' })).toHaveAttribute(
      'data-state',
      'invalid',
    );
    await expect(storyMock.outbox).toHaveLength(0);
    await expect(args.onSent).not.toHaveBeenCalled();
  }),
};

/**
 * A number the app already knows (MFA, re-binding): `hidePhoneInput` with `phone` leaves just
 * the button. Here an international number, split into `+44` and `7911123456` for GenAuth.
 */
export const KnownPhone: Story = {
  args: { channel: 'CHANNEL_VERIFY_MFA', hidePhoneInput: true, phone: '+447911123456' },
};

/** Test only (hidden from the sidebar and docs): {@link KnownPhone}, step by step. */
export const KnownPhoneBehaviour: Story = {
  ...KnownPhone,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    const button = canvas.getByRole('button', { name: 'Send code' });
    await userEvent.click(button);
    await waitFor(() => expect(storyMock.outbox).toHaveLength(1), NETWORK);
    await expect(storyMock.outbox[0]).toMatchObject({
      channel: 'CHANNEL_VERIFY_MFA',
      phoneNumber: '7911123456',
      phoneCountryCode: '+44',
    });
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    await expect(args.onSent).toHaveBeenCalledWith(expect.anything(), {
      phone: '+447911123456',
      channel: 'CHANNEL_VERIFY_MFA',
    });
  }),
};

/** A cooldown already running for the number (a reload, another tab): shown at once, no SMS. */
export const AlreadyCoolingDown: Story = {
  args: { defaultPhone: '+8613800138000' },
  render: (args) => <AlreadyCoolingDownDemo {...args} remainingSeconds={45} />,
};

/** Test only (hidden from the sidebar and docs): {@link AlreadyCoolingDown}, step by step. */
export const AlreadyCoolingDownBehaviour: Story = {
  ...AlreadyCoolingDown,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Resend code' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveTextContent(/4\d s/);
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
    await userEvent.click(button);
    await expect(storyMock.outbox).toHaveLength(0);
  }),
};

/** `messages={zhCN}`: labels, countdown, announcements and errors in Simplified Chinese. */
export const ZhCN: Story = {
  name: 'zh-CN',
  args: { messages: zhCN },
  decorators: [
    (Story) => (
      <div lang="zh-CN">
        <Story />
      </div>
    ),
  ],
};

/** Test only (hidden from the sidebar and docs): {@link ZhCN}, step by step. */
export const ZhCNBehaviour: Story = {
  ...ZhCN,
  name: 'zh-CN behaviour',
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('combobox', { name: '国家/地区' })).toBeInTheDocument();
    await userEvent.type(canvas.getByRole('textbox', { name: '手机号' }), '13800138000');
    const button = canvas.getByRole('button', { name: '获取验证码' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    await expect(button).toHaveAccessibleName('重新获取');
    await expect(button).toHaveTextContent(/(60|59) 秒/);
    await expect(canvas.getByRole('status')).toHaveTextContent('验证码已发送，60 秒后可重新获取。');
    await expect(storyMock.outbox).toHaveLength(1);
  }),
};

/**
 * `data-theme="dark"` on an ancestor switches the theme variables (the OS setting does it too,
 * through `prefers-color-scheme`). The page area here paints itself with the same variables.
 * A 3 s cooldown: one click shows the dark cooldown colours, then the ready button again.
 */
export const Dark: Story = {
  args: { defaultPhone: '+8613800138000', cooldownSeconds: 3 },
  parameters: {
    layout: 'fullscreen',
  },
  decorators: [
    (Story) => (
      <div data-theme="dark" className="story-dark">
        <Story />
      </div>
    ),
  ],
};

/** Test only (hidden from the sidebar and docs): {@link Dark}, step by step. */
export const DarkBehaviour: Story = {
  ...Dark,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(getComputedStyle(root(canvasElement)).color).toBe('rgb(230, 237, 243)');
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(31, 111, 235)');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(33, 38, 45)');
    await expect(getComputedStyle(button).color).toBe('rgb(101, 108, 118)');
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'idle'), STATE_WAIT);
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(31, 111, 235)');
  }),
};

/**
 * `unstyled` drops every `genauth-*` class; what is left is structure, `data-*` attributes and
 * your classes (see `stories/story-layout.css`). The button's look per state comes from
 * `[data-state="sending" | "cooldown" | "error"]` selectors.
 */
export const UnstyledWithCustomClasses: Story = {
  args: {
    unstyled: true,
    className: 'story-pill',
    classNames: {
      phoneInput: {
        root: 'story-pill__phone',
        label: 'story-pill__label',
        control: 'story-pill__row',
        input: 'story-pill__input',
        error: 'story-pill__field-error',
        country: {
          root: 'story-pill__country',
          control: 'story-pill__country-control',
          input: 'story-pill__country-input',
          listbox: 'story-pill__listbox',
          option: 'story-pill__option',
        },
      },
      button: 'story-pill__button',
      countdown: 'story-pill__countdown',
      status: 'story-visually-hidden',
      error: 'story-pill__error',
    },
  },
};

/** Test only (hidden from the sidebar and docs): {@link UnstyledWithCustomClasses}, step by step. */
export const UnstyledWithCustomClassesBehaviour: Story = {
  ...UnstyledWithCustomClasses,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('[class*="genauth-"]')).toBeNull();
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(button).toHaveClass('story-pill__button');
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(255, 211, 61)');
    await sendTo(canvasElement);
    await waitFor(
      () => expect(root(canvasElement)).toHaveAttribute('data-state', 'cooldown'),
      NETWORK,
    );
    await expect(root(canvasElement)).toHaveClass('story-pill');
    await expect(getComputedStyle(button).backgroundColor).toBe('rgb(232, 232, 236)');
    await expect(canvas.getByRole('status')).toHaveClass('story-visually-hidden');
    await expect(canvasElement.querySelector('.story-pill__countdown')).toHaveTextContent(
      /(60|59) s/,
    );
  }),
};

/**
 * Two purposes for one number, side by side: sign-in and password reset. Each
 * (channel, number) cools down on its own, as GenAuth's rule does.
 */
export const TwoChannels: Story = {
  render: (args) => <TwoChannelsDemo {...args} />,
};

/** Test only (hidden from the sidebar and docs): {@link TwoChannels}, step by step. */
export const TwoChannelsBehaviour: Story = {
  ...TwoChannels,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone number' }), '13800138000');
    const login = canvas.getByRole('button', { name: 'Send sign-in code' });
    const reset = canvas.getByRole('button', { name: 'Send reset code' });
    await userEvent.click(login);
    await waitFor(() => expect(login).toHaveAttribute('aria-disabled', 'true'), NETWORK);
    await waitFor(() => expect(login).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    await expect(login).toHaveAccessibleName('Resend sign-in code');
    await expect(reset).not.toHaveAttribute('aria-disabled');
    await expect(reset).toHaveAttribute('data-state', 'idle');
    await userEvent.click(reset);
    await waitFor(() => expect(storyMock.outbox).toHaveLength(2), NETWORK);
    await expect(storyMock.outbox.map((sms) => sms.channel)).toEqual([
      'CHANNEL_LOGIN',
      'CHANNEL_RESET_PASSWORD',
    ]);
    await waitFor(() => expect(reset).toHaveAttribute('data-state', 'cooldown'), NETWORK);
  }),
};

/**
 * Inside a react-hook-form sign-up form: `<SendCodeButtonField control={control} name="phone" />`
 * (from `genauth-sms-react/form`)
 * keeps the phone in the form as an E.164 string; the code is a plain registered input.
 */
export const InsideRegistrationForm: Story = {
  args: { channel: 'CHANNEL_REGISTER' },
  render: (args) => <RegistrationFormDemo {...args} />,
};

/** Test only (hidden from the sidebar and docs): {@link InsideRegistrationForm}, step by step. */
export const InsideRegistrationFormBehaviour: Story = {
  ...InsideRegistrationForm,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const submit = canvas.getByRole('button', { name: 'Create account' });
    // An <output> (implicitly role="status", though not every tool maps it yet).
    const result = canvasElement.querySelector('output') as HTMLOutputElement;

    // Submitting empty: the resolver refuses the phone (phoneRules) and the code; focus goes to the phone.
    await userEvent.click(submit);
    const phone = canvas.getByRole('textbox', { name: 'Phone number' });
    await waitFor(() => expect(phone).toHaveAccessibleDescription('Enter your phone number.'));
    await expect(phone).toHaveFocus();
    await expect(
      canvas.getByRole('textbox', { name: 'Verification code' }),
    ).toHaveAccessibleDescription('Enter the 6-digit code we texted you.');
    await expect(result).toBeEmptyDOMElement();

    await userEvent.type(phone, '138 0013 8000');
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }));
    await waitFor(
      () => expect(root(canvasElement)).toHaveAttribute('data-state', 'cooldown'),
      NETWORK,
    );
    await expect(storyMock.outbox).toHaveLength(1);
    await expect(storyMock.outbox[0]?.channel).toBe('CHANNEL_REGISTER');
    const code = storyMock.lastCodeFor('13800138000', 'CHANNEL_REGISTER') ?? '';
    await expect(code).toMatch(/^\d{6}$/);

    await userEvent.type(canvas.getByRole('textbox', { name: 'Verification code' }), code);
    await userEvent.click(submit);
    await waitFor(() =>
      expect(JSON.parse(result.textContent ?? '{}')).toEqual({ phone: '+8613800138000', code }),
    );
  }),
};

/**
 * A render prop replaces the button content and receives `{ state, remainingSeconds, hasSent }`.
 * Keep the accessible name stable: decorative parts (icon, seconds) are `aria-hidden`.
 */
export const CustomButtonContent: Story = {
  args: {
    defaultPhone: '+8613800138000',
    children: ({ state, remainingSeconds, hasSent }) => (
      <span className="story-custom-content">
        <svg className="story-custom-content__icon" viewBox="0 0 24 24" aria-hidden="true">
          <path
            fill="currentColor"
            d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2Zm2 4v2h12V8H6Zm0 4v2h8v-2H6Z"
          />
        </svg>
        {hasSent ? 'Text me another code' : 'Text me a code'}
        {state === 'sending' ? <span aria-hidden="true">…</span> : null}
        {state === 'cooldown' ? (
          <span aria-hidden="true" className="story-custom-content__badge">
            {remainingSeconds}s
          </span>
        ) : null}
      </span>
    ),
  },
};

/** Test only (hidden from the sidebar and docs): {@link CustomButtonContent}, step by step. */
export const CustomButtonContentBehaviour: Story = {
  ...CustomButtonContent,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Text me a code' });
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveAttribute('data-state', 'cooldown'), NETWORK);
    await expect(button).toHaveAccessibleName('Text me another code');
    await expect(button).toHaveTextContent(/(60|59)s/);
    await expect(storyMock.outbox).toHaveLength(1);
  }),
};

/** Any text can be overridden with `messages`; the rest stays in the chosen locale. */
export const CustomMessages: Story = {
  args: {
    messages: {
      phoneLabel: 'Mobile',
      sendCode: 'Text me a code',
      resendCode: 'Text me again',
      phoneTooShort: 'That looks a few digits short.',
    },
  },
};

/** Test only (hidden from the sidebar and docs): {@link CustomMessages}, step by step. */
export const CustomMessagesBehaviour: Story = {
  ...CustomMessages,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Mobile' });
    await userEvent.type(input, '138');
    await userEvent.click(canvas.getByRole('button', { name: 'Text me a code' }));
    await expect(input).toHaveAccessibleDescription('That looks a few digits short.');
    await expect(storyMock.outbox).toHaveLength(0);
  }),
};

/** `disabled` turns off the input and the button; clicks do nothing. */
export const Disabled: Story = {
  args: { disabled: true, defaultPhone: '+8613800138000' },
};

/** Test only (hidden from the sidebar and docs): {@link Disabled}, step by step. */
export const DisabledBehaviour: Story = {
  ...Disabled,
  tags: ['!dev', '!autodocs'],
  play: mockOnly(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Send code' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Phone number' })).toBeDisabled();
    await userEvent.click(button);
    // Still idle after the click (a send would say `sending`): no pause needed to see that no
    // request follows.
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(root(canvasElement)).toHaveAttribute('data-state', 'idle');
    await expect(storyMock.outbox).toHaveLength(0);
  }),
};
