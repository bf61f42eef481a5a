import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  isRateLimitError,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;

function clientAnswering(body: string, status = 200) {
  const { fetch } = fakeFetch(
    () => new Response(body, { status, headers: { 'content-type': 'application/json' } }),
  );
  return createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
}

async function outcome(body: string, status?: number) {
  return clientAnswering(body, status)
    .sendSms(input)
    .then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    );
}

describe('what counts as success', () => {
  it.each([
    ['the number 200', '{"statusCode":200,"message":"ok"}'],
    ['the string "200"', '{"statusCode":"200","message":"ok"}'],
    ['200.0 (the same JSON number)', '{"statusCode":200.0,"message":"ok"}'],
  ])('accepts %s', async (_label, body) => {
    const answer = await outcome(body);
    expect(answer.ok).toBe(true);
    expect(answer.ok && answer.result.statusCode).toBe(200);
  });

  it.each([
    ['hex', '"0xC8"'],
    ['an exponent string', '"2e2"'],
    ['an array', '[200]'],
    ['a nested array', '[[200]]'],
    ['padded with spaces', '" 200 "'],
    ['a trailing newline', '"200\\n"'],
    ['a leading zero', '"0200"'],
    ['a decimal string', '"200.0"'],
    ['a plus sign', '"+200"'],
    ['an object with valueOf', '{"valueOf":200}'],
    ['true', 'true'],
    ['null', 'null'],
    ['missing', undefined],
  ])('refuses statusCode as %s, even with HTTP 200', async (_label, statusCode) => {
    const body =
      statusCode === undefined
        ? '{"message":"ok"}'
        : `{"statusCode":${statusCode},"message":"looks fine"}`;
    const answer = await outcome(body);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toBeInstanceOf(GenAuthApiError);
    // Not an envelope status: reported like any 2xx body that is no GenAuth envelope.
    expect(!answer.ok && answer.error).toMatchObject({ statusCode: 502, httpStatus: 200 });
  });

  it('reads a string status as the error it names', async () => {
    const answer = await outcome('{"statusCode":"429","message":"slow down"}');
    expect(!answer.ok && isRateLimitError(answer.error)).toBe(true);
  });

  it('is no success when HTTP says error, whatever the envelope says', async () => {
    const answer = await outcome('{"statusCode":"200","message":"ok"}', 500);
    expect(!answer.ok && answer.error).toMatchObject({ statusCode: 500, httpStatus: 500 });
  });
});
