import { isSmsChannel } from './channels.js';
import { optionError } from './option-error.js';
import { checkPhoneFields } from './phone-fields.js';
import { preview } from './preview.js';
import type { SendSmsInput } from './types.js';

// Declared here without Node's types. The consumer's bundler replaces process.env.NODE_ENV,
// and its minifier drops the development messages (see option-error.ts).
declare const process: { env: { NODE_ENV?: string } };

/**
 * @internal Checks a send-sms body before any request and returns exactly the fields GenAuth
 * takes (undefined ones omitted). Use `parsePhone` to turn what a user typed into this shape.
 *
 * Part of the send path: `sendSms` gets it from `loadSendPath()`, so these checks and their
 * messages load with the code that sends, never with a page.
 * @throws {GenAuthInputError}
 */
export function validateSendSmsInput(input: SendSmsInput): SendSmsInput {
  if (input === null || typeof input !== 'object') {
    throw optionError(
      'phoneNumber',
      process.env.NODE_ENV === 'production' ? undefined : 'sendSms needs { channel, phoneNumber }',
    );
  }
  const { channel, phoneNumber, phoneCountryCode } = input;
  if (!isSmsChannel(channel)) {
    throw optionError(
      'channel',
      process.env.NODE_ENV === 'production' ? undefined : `Unknown SMS channel ${preview(channel)}`,
    );
  }
  checkPhoneFields(phoneNumber, phoneCountryCode);
  return phoneCountryCode === undefined
    ? { channel, phoneNumber }
    : { channel, phoneNumber, phoneCountryCode };
}
