import { enUSPhone } from '../../i18n/en-US/phone.js';
import { type GenAuthMessages, mergeMessages } from '../../i18n/messages.js';
import { phoneReasonMessage } from '../../i18n/phone-reason-message.js';
import { parsePhoneAsync } from './load-metadata.js';
import { type CountryCode, type ParsedPhone, parsePhone } from './parse.js';

/** Options of {@link phoneRules}. */
export interface PhoneRulesOptions {
  /**
   * Refuse an empty value. `true` uses the `phoneEmpty` message; a string is the message.
   * @default false
   */
  required?: boolean | string | undefined;
  /** A catalogue (`zhCN`) or single-text overrides, on top of en-US, as for the components. */
  messages?: Partial<GenAuthMessages> | undefined;
  /**
   * Country of values without a calling code. `<PhoneInput>` always reports E.164, so this
   * only matters for values set by hand.
   * @default 'CN'
   */
  defaultCountry?: CountryCode | undefined;
  /** Allow-list of countries, as given to the field. All when omitted. */
  countries?: readonly CountryCode[] | undefined;
}

/** Rules for a phone field: a react-hook-form `rules` object (or any validator's `validate`). */
export interface PhoneRules {
  /**
   * `true` when acceptable, otherwise the message to show. While the metadata of the number's
   * calling code is loading, a promise of the same (react-hook-form waits for it).
   */
  validate: (value: unknown) => true | string | Promise<true | string>;
}

/**
 * Validation rules that judge a phone field with the same `parsePhone` the kit sends with:
 * only numbers that can receive an SMS pass. `''`, `null` and `undefined` count as empty.
 * @example
 * <PhoneField control={control} name="phone" rules={phoneRules({ required: true, messages: zhCN })} />
 * // or: register('phone', phoneRules({ required: true }))
 */
export function phoneRules(options: PhoneRulesOptions = {}): PhoneRules {
  const { required = false, messages, defaultCountry, countries } = options;
  // The phone part only: a form page does not need the other components' English.
  const resolved = mergeMessages(enUSPhone, messages);
  const requiredMessage = typeof required === 'string' ? required : resolved.phoneEmpty;
  const verdict = (parsed: ParsedPhone): true | string => {
    if (parsed.valid) return true;
    if (parsed.reason === 'empty') return required ? requiredMessage : true;
    return phoneReasonMessage(parsed.reason, resolved);
  };
  return {
    validate: (value) => {
      const text = typeof value === 'string' ? value : '';
      const parsed = parsePhone(text, { defaultCountry, countries });
      if (parsed.valid || parsed.reason !== 'pending') return verdict(parsed);
      return parsePhoneAsync(text, { defaultCountry, countries }).then(verdict);
    },
  };
}
