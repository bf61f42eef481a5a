import { createGenAuthClient, type GenAuthClient } from '../../src/core/index.js';
import type { GenAuthMock, GenAuthMockOptions } from '../../src/mock/index.js';
import { fakeClock } from './cooldown-fakes.js';
import { APP_ID, HOST } from './mock-server.js';

/**
 * A mock on a manual clock and a kit client pointed at it, whose access token is whatever
 * `session.token` holds at call time (null when signed out).
 */
export function accountHarness(
  install: (options?: GenAuthMockOptions) => GenAuthMock,
  options: GenAuthMockOptions = {},
) {
  const clock = fakeClock();
  const mock = install({ now: clock.now, ...options });
  const session: { token: string | null } = { token: null };
  const client: GenAuthClient = createGenAuthClient({
    appId: APP_ID,
    appHost: HOST,
    accessToken: () => session.token,
  });
  /** Requests a code the way a page would, and returns what the user "received". */
  async function smsCode(
    channel: Parameters<GenAuthClient['sendSms']>[0]['channel'],
    phoneNumber: string,
  ) {
    await client.sendSms({ channel, phoneNumber, phoneCountryCode: '+86' });
    return mock.lastCodeFor(phoneNumber, channel) ?? '';
  }
  async function emailCode(
    channel: Parameters<GenAuthClient['sendEmail']>[0]['channel'],
    email: string,
  ) {
    await client.sendEmail({ channel, email });
    return mock.lastCodeFor(email, channel) ?? '';
  }
  function signInAs(recipient: string): string {
    session.token = mock.signIn(recipient).access_token;
    return session.token;
  }
  return { clock, mock, session, client, smsCode, emailCode, signInAs };
}

/** The rejection of `promise`, for `toMatchObject` on GenAuth errors. */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}
