import { enUS } from './en-US.js';

/**
 * Locales the kit ships a catalogue for. Each is its own module (`genauth-sms-react/locales/<tag>`),
 * so only the catalogue a page imports reaches its bundle; en-US is built in as the default.
 */
export type GenAuthLocale = 'en-US' | 'zh-CN' | 'zh-TW' | 'ja-JP';

/**
 * Every string the kit's UI shows or announces. Override any of them with
 * {@link resolveMessages} (or a component's `messages` prop); functions receive a number of
 * seconds.
 */
export interface GenAuthMessages {
  /** BCP 47 tag of this catalogue: country names and sorting follow it (`Intl`). */
  locale: string;
  /** Accessible name of the country/region selector. */
  countryLabel: string;
  /** Label of the national-number input. */
  phoneLabel: string;
  /** Placeholder of the country selector while searching. */
  countrySearchPlaceholder: string;
  /** Accessible name of the list of countries. */
  countryListLabel: string;
  /** Shown when no country matches the search. */
  countryNoResults: string;
  /**
   * Shown in place of the country list when it could not be downloaded (offline, a blocked
   * script); the next attempt to open the list tries again.
   */
  countryListUnavailable: string;
  /** Shown where the country list will be while it downloads, on a slow connection. */
  countryListLoading: string;
  /** Phone refused: nothing typed (`empty`). Also the "required" message of `phoneRules`. */
  phoneEmpty: string;
  /** Phone refused: `too_short`. */
  phoneTooShort: string;
  /** Phone refused: `too_long`. */
  phoneTooLong: string;
  /** Phone refused: `invalid_country` (unknown calling code or country). */
  phoneInvalidCountry: string;
  /** Phone refused: `invalid` (not a number in that country). */
  phoneInvalid: string;
  /** Phone refused: `not_mobile` (a fixed line or a toll-free number cannot get an SMS). */
  phoneNotMobile: string;
  /** Phone not judged yet: `pending` (the rules for its calling code are still loading). */
  phonePending: string;
  /** Phone cannot be judged: `unavailable` (the rules for its calling code failed to load). */
  phoneUnavailable: string;
  /** Send button, first time. */
  sendCode: string;
  /** Send button, once a code was sent. */
  resendCode: string;
  /**
   * For a custom rendering while the request is in flight (`children`'s `state === 'sending'`,
   * or `useSendCode`). The built-in button keeps its label, so that its accessible name does
   * not change under a screen reader's focus, and shows a spinner.
   */
  sending: string;
  /** Visible countdown beside the button label (hidden from its accessible name). */
  countdown: (seconds: number) => string;
  /** Announced once when the cooldown starts. */
  cooldownStarted: (seconds: number) => string;
  /** Announced once when the cooldown ends. */
  cooldownEnded: string;
  /** The server rate-limited the request. */
  rateLimited: (seconds: number) => string;
  /** The request never got an answer. */
  networkError: string;
  /** The request timed out. */
  timeoutError: string;
  /** The server failed (5xx). */
  serverError: string;
  /** Any other failure. */
  genericError: string;
  /** Sending was refused because the phone number is not valid. */
  invalidPhone: string;
  /** Label of the email input of `<SendEmailCodeButton>`. */
  emailLabel: string;
  /** Sending was refused because the email address is not valid. */
  invalidEmail: string;
  /** Label of `<VerificationCodeInput>`. */
  codeLabel: string;
  /** Label of `<NewPasswordInput>`. */
  newPasswordLabel: string;
  /** Name of the show/hide toggle of `<NewPasswordInput>` (its pressed state says which). */
  showPassword: string;
  /** Heading of the password rules list. */
  passwordRulesTitle: string;
  /** Rule of the `none` level: something typed. */
  passwordRuleRequired: string;
  /** Rule: at least `length` characters. */
  passwordRuleMinLength: (length: number) => string;
  /** Rule: no spaces. */
  passwordRuleNoSpaces: string;
  /** Rule of the `medium` level: two of letters, digits and symbols. */
  passwordRuleTwoKinds: string;
  /** Rule of the `high` level: letters, digits and symbols. */
  passwordRuleThreeKinds: string;
  /** Read after a rule the password meets (screen readers only). */
  passwordRuleMet: string;
  /** Read after a rule the password does not meet yet (screen readers only). */
  passwordRuleNotMet: string;
  /** The form was submitted before the password met every rule. */
  passwordIncomplete: string;
  /** GenAuth refused the new password (its policy is stricter than the rules shown). */
  passwordRejected: string;
  /**
   * The code could not be sent because the kit's sending code, loaded on the first send,
   * failed to load (offline, blocked, or a newer deploy replaced it). Nothing was sent.
   */
  sendUnavailable: string;
  /**
   * The code was not sent because another tab or window of this site (or a script on the page)
   * was already sending one to the same recipient and did not finish in time. Nothing was sent.
   */
  sendBusy: string;
}

/** The country selector's texts, and the locale its names and order follow. */
export type CountrySelectMessages = Pick<
  GenAuthMessages,
  | 'locale'
  | 'countryLabel'
  | 'countrySearchPlaceholder'
  | 'countryListLabel'
  | 'countryNoResults'
  | 'countryListUnavailable'
  | 'countryListLoading'
>;

/** Why a phone number is refused or not judged yet (see `phoneReasonMessage`). */
export type PhoneReasonMessages = Pick<
  GenAuthMessages,
  | 'phoneEmpty'
  | 'phoneTooShort'
  | 'phoneTooLong'
  | 'phoneInvalidCountry'
  | 'phoneInvalid'
  | 'phoneNotMobile'
  | 'phonePending'
  | 'phoneUnavailable'
>;

/** The phone field's texts (its country selector has its own), and the SMS button's refusal. */
export type PhoneMessages = PhoneReasonMessages &
  Pick<GenAuthMessages, 'phoneLabel' | 'invalidPhone'>;

/** A send failure's texts (see `describeSendError`), whatever the code travels by. */
export type SendFailureMessages = Pick<
  GenAuthMessages,
  'networkError' | 'timeoutError' | 'serverError' | 'genericError' | 'sendUnavailable' | 'sendBusy'
>;

/**
 * A refused recipient's text, needed only where that recipient can be typed (a control
 * sending SMS has no use for `invalidEmail`): `genericError` stands in for a missing one.
 */
export type RecipientRefusalMessages = Partial<
  Pick<GenAuthMessages, 'invalidPhone' | 'invalidEmail'>
>;

/** What every send-code control shows and announces, whatever the code travels by. */
export type SendCodeMessages = SendFailureMessages &
  Pick<
    GenAuthMessages,
    | 'sendCode'
    | 'resendCode'
    | 'sending'
    | 'countdown'
    | 'cooldownStarted'
    | 'cooldownEnded'
    | 'rateLimited'
  >;

/** `<SendEmailCodeButton>`'s own texts. */
export type EmailMessages = Pick<GenAuthMessages, 'emailLabel' | 'invalidEmail'>;

/** `<VerificationCodeInput>`'s texts. */
export type VerificationCodeMessages = Pick<GenAuthMessages, 'codeLabel'>;

/** `<NewPasswordInput>`'s texts, and `describePasswordError`'s. */
export type NewPasswordMessages = Pick<
  GenAuthMessages,
  | 'newPasswordLabel'
  | 'showPassword'
  | 'passwordRulesTitle'
  | 'passwordRuleRequired'
  | 'passwordRuleMinLength'
  | 'passwordRuleNoSpaces'
  | 'passwordRuleTwoKinds'
  | 'passwordRuleThreeKinds'
  | 'passwordRuleMet'
  | 'passwordRuleNotMet'
  | 'passwordIncomplete'
  | 'passwordRejected'
>;

/**
 * @internal `base` with the defined `overrides` on top (`undefined` ones are ignored, so that
 * optional props can be passed straight through). A whole catalogue is a valid override.
 */
export function mergeMessages<T extends Partial<GenAuthMessages>>(
  base: T,
  overrides: Partial<GenAuthMessages> | undefined,
): T {
  if (!overrides) return base;
  const merged = { ...base };
  for (const key of Object.keys(overrides) as Array<keyof GenAuthMessages>) {
    const value = overrides[key];
    if (value !== undefined) Object.assign(merged, { [key]: value });
  }
  return merged;
}

/**
 * A catalogue (en-US when none) with `overrides` on top; `undefined` overrides are ignored so
 * that optional props can be passed straight through. A whole catalogue is a valid override.
 * @example resolveMessages(zhCN, { sendCode: '发送' }).sendCode; // '发送'
 */
export function resolveMessages(
  catalogue: GenAuthMessages = enUS,
  overrides?: Partial<GenAuthMessages>,
): GenAuthMessages {
  return mergeMessages(catalogue, overrides);
}
