import { loadSendPath } from '../send-path/load-send-path.js';
import type { GenAuthTransport } from './transport.js';
import type { RequestOptions, SendSmsInput, SendSmsResult } from './types.js';

/**
 * Sends a verification SMS: `POST {appHost}/api/v3/send-sms`, as the official SDK's `sendSms`.
 * The body is checked before any request: bad input rejects with a `GenAuthInputError` naming
 * the field, and nothing is sent. The check loads with the code that sends, on the first call
 * (if that cannot load: `GenAuthLoadError`, nothing sent).
 *
 * @example await sendSms(transport, { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000', phoneCountryCode: '+86' })
 */
export async function sendSms(
  transport: GenAuthTransport,
  input: SendSmsInput,
  options?: RequestOptions,
): Promise<SendSmsResult> {
  const { validateSendSmsInput } = await loadSendPath();
  return transport.post('/api/v3/send-sms', validateSendSmsInput(input), options);
}
