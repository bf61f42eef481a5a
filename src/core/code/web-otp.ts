/** What the Web OTP API is asked for: a code from an incoming SMS, cancellable. */
export interface OtpCredentialRequest {
  /** Where the code may come from; the Web OTP API only knows `'sms'`. */
  otp: { transport: string[] };
  /** Aborts the request (the field unmounted, or the code was typed by hand). */
  signal: AbortSignal;
}

/**
 * A source of one-time codes shaped like `navigator.credentials` under the Web OTP API. Pass
 * your own to tests or to a native shell (a WebView bridge that reads SMS, for instance).
 */
export interface OtpCredentialsSource {
  /** Resolves with the code when one arrives, `null` when none will; rejects when aborted. */
  get(options: OtpCredentialRequest): Promise<{ code: string } | null>;
}

function hasOtpCode(credential: unknown): credential is { code: string } {
  return (
    typeof credential === 'object' &&
    credential !== null &&
    'code' in credential &&
    typeof credential.code === 'string'
  );
}

/**
 * The browser's Web OTP API (Chrome on Android), or `undefined` where there is none: on the
 * server, in jsdom, in desktop browsers and in Safari (which fills codes through
 * `autocomplete="one-time-code"` instead). Looked up on each call, never at import time.
 */
export function browserOtpCredentials(): OtpCredentialsSource | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined;
  if (!('OTPCredential' in window)) return undefined;
  const credentials: CredentialsContainer | undefined = navigator.credentials;
  if (typeof credentials?.get !== 'function') return undefined;
  return {
    async get(options) {
      // `otp` is not in TypeScript's DOM types yet: pass it through a widened type.
      const credential: unknown = await credentials.get(options as CredentialRequestOptions);
      return hasOtpCode(credential) ? { code: credential.code } : null;
    },
  };
}

/**
 * Asks `source` for a code from an SMS. Resolves with the code's text, or `null` when none came
 * (aborted, refused by the user, unsupported, or any failure: the field still works by hand).
 */
export async function requestOtpCode(
  source: OtpCredentialsSource,
  signal: AbortSignal,
): Promise<string | null> {
  try {
    const credential = await source.get({ otp: { transport: ['sms'] }, signal });
    if (signal.aborted || !hasOtpCode(credential)) return null;
    return credential.code;
  } catch {
    return null;
  }
}
