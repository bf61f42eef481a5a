import { afterEach, describe, expect, it } from 'vitest';
import { createGenAuthClient, GenAuthInputError } from '../../../../src/core/index.js';

// Issue 22: the long option messages are for developers; production builds drop them (the
// consumer's bundler writes NODE_ENV in) and the checks still throw, naming the option.
const nodeEnv = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = nodeEnv;
});

function thrown(create: () => unknown): GenAuthInputError {
  try {
    create();
  } catch (error) {
    if (error instanceof GenAuthInputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

const wrongOptions = [
  { field: 'appId', options: { appId: ' ', appHost: 'https://a.genauth.ai' } },
  { field: 'appHost', options: { appId: 'app', appHost: 'http://a.genauth.ai' } },
  { field: 'timeoutMs', options: { appId: 'app', appHost: 'a.genauth.ai', timeoutMs: 0 } },
  { field: 'lang', options: { appId: 'app', appHost: 'a.genauth.ai', lang: 'not a tag' } },
] as const;

describe('wrong client options', () => {
  it.each(wrongOptions)('say what is wrong with $field in development', ({ field, options }) => {
    const error = thrown(() => createGenAuthClient(options));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^${field}`));
    expect(error.message).not.toMatch(/^Invalid /);
  });

  it.each(wrongOptions)(
    'still throw in production, with $field and a link',
    ({ field, options }) => {
      process.env.NODE_ENV = 'production';
      const error = thrown(() => createGenAuthClient(options));
      expect(error.field).toBe(field);
      expect(error.message).toBe(
        `Invalid ${field}: see https://www.npmjs.com/package/genauth-sms-react#the-client-genauth-sms-reactcore`,
      );
    },
  );
});

describe('wrong input from the page (checked in the send path)', () => {
  const client = () =>
    createGenAuthClient({
      appId: 'app',
      appHost: 'a.genauth.ai',
      fetch: async () => new Response(),
    });

  it('says what is wrong in development', async () => {
    const sent = client().sendSms({ channel: 'CHANNEL_NOPE' as 'CHANNEL_LOGIN', phoneNumber: '1' });
    await expect(sent).rejects.toMatchObject({ field: 'channel', message: /Unknown SMS channel/ });
  });

  it('still refuses in production, with the field and a link', async () => {
    process.env.NODE_ENV = 'production';
    const sent = client().sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber: '12' });
    await expect(sent).rejects.toBeInstanceOf(GenAuthInputError);
    await expect(sent).rejects.toMatchObject({
      field: 'phoneNumber',
      message: expect.stringMatching(/^Invalid phoneNumber: see https:/),
    });
  });
});
