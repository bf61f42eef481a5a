import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthInputError,
  GenAuthTimeoutError,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;

function create(timeoutMs: unknown, fetch?: typeof globalThis.fetch) {
  return createGenAuthClient({
    appId: 'a',
    appHost: 'x.genauth.ai',
    timeoutMs: timeoutMs as number,
    fetch,
  });
}

function refusal(timeoutMs: unknown): unknown {
  try {
    create(timeoutMs);
  } catch (error) {
    return error;
  }
  return expect.fail(`timeoutMs ${String(timeoutMs)} was accepted`);
}

describe('timeoutMs', () => {
  it.each([
    ['2^31 ms (setTimeout overflows and fires after 1 ms)', 2 ** 31],
    ['a year', 365 * 24 * 3600_000],
    ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN],
    ['0', 0],
    ['a negative number', -1],
    ['less than a millisecond', 0.5],
    ['a numeric string', '1000'],
    ['null', null],
  ])('refuses %s at creation, naming the option', (_label, value) => {
    const error = refusal(value);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect(error).toMatchObject({ field: 'timeoutMs' });
    expect((error as Error).message).toMatch(/^timeoutMs must be/);
  });

  it('accepts the largest timer JavaScript can hold and the usual values', () => {
    for (const value of [1, 10_000, 2 ** 31 - 1, undefined]) {
      expect(() => create(value)).not.toThrow();
    }
  });

  it('does not time out early with the largest accepted timeout', async () => {
    const { fetch } = fakeFetch(
      () =>
        new Promise((resolve) =>
          setTimeout(() => resolve(Response.json({ statusCode: 200, message: 'ok' })), 50),
        ),
    );
    await expect(create(2 ** 31 - 1, fetch).sendSms(input)).resolves.toMatchObject({
      statusCode: 200,
    });
  });

  it('still times out with a small timeout', async () => {
    const { fetch } = fakeFetch(
      (_request, init) =>
        new Promise((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new DOMException('x', 'AbortError'))),
        ),
    );
    await expect(create(20, fetch).sendSms(input)).rejects.toBeInstanceOf(GenAuthTimeoutError);
  });
});
