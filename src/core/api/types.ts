import type { SmsChannel } from './channels.js';

/** Body of `POST /api/v3/send-sms`. */
export interface SendSmsInput {
  /** What the SMS is for; one of the 11 {@link SmsChannel}s. */
  channel: SmsChannel;
  /** National number without the country code, digits only, e.g. `13800138000`. */
  phoneNumber: string;
  /** `+` and the calling code, e.g. `+86`; optional for mainland China. */
  phoneCountryCode?: string | undefined;
}

/** GenAuth's response envelope (`SendSMSRespDto`) on success. */
export interface GenAuthEnvelope {
  /** Always 200 here: anything else is thrown as a `GenAuthApiError`. */
  statusCode: number;
  /** Human-readable message from the server. */
  message: string;
  /** GenAuth's finer code, normalised to a number when numeric. */
  apiCode?: number | string | undefined;
  /** GenAuth's request id. */
  requestId?: string | undefined;
}

/** What `client.sendSms` resolves with. */
export type SendSmsResult = GenAuthEnvelope;

/** Per-call options for client methods. */
export interface RequestOptions {
  /** Aborts the request; the promise then rejects with the standard `AbortError`. */
  signal?: AbortSignal | undefined;
}
