import { isSmsChannel } from './channels.js';
import { GenAuthInputError } from './errors.js';
import { checkPhoneFields } from './phone-fields.js';
import { preview } from './preview.js';
import type { SendSmsInput } from './types.js';

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
    throw new GenAuthInputError('phoneNumber', 'sendSms needs { channel, phoneNumber }');
  }
  const { channel, phoneNumber, phoneCountryCode } = input;
  if (!isSmsChannel(channel)) {
    throw new GenAuthInputError('channel', `Unknown SMS channel ${preview(channel)}`);
  }
  checkPhoneFields(phoneNumber, phoneCountryCode);
  return phoneCountryCode === undefined
    ? { channel, phoneNumber }
    : { channel, phoneNumber, phoneCountryCode };
}
