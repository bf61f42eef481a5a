import type { GenAuthTransport } from './transport.js';
import type { RequestOptions, SendSmsInput, SendSmsResult } from './types.js';
import { validateSendSmsInput } from './validate-send-sms.js';

/**
 * Sends a verification SMS: `POST {appHost}/api/v3/send-sms`, as the official SDK's `sendSms`.
 * Validation runs inside the async function, so bad input rejects (no request) rather than throws.
 *
 * @example await sendSms(transport, { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+86' })
 */
export async function sendSms(
  transport: GenAuthTransport,
  input: SendSmsInput,
  options?: RequestOptions,
): Promise<SendSmsResult> {
  return transport.post('/api/v3/send-sms', validateSendSmsInput(input), options);
}
