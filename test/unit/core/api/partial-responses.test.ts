import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  GenAuthNetworkError,
} from '../../../../src/core/index.js';

const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;
const envelope = '{"statusCode":200,"message":"ok"}';

function clientReturning(value: unknown) {
  const fetch = (async () => value) as unknown as typeof globalThis.fetch;
  return createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

const text = async () => envelope;
const headers = new Headers();

describe('a custom fetch returning something that is not a usable Response', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', envelope],
    ['an empty object', {}],
    ['no headers', { status: 200, text }],
    ['headers without get()', { status: 200, headers: { 'retry-after': '5' }, text }],
    ['headers: null', { status: 200, headers: null, text }],
    ['no status', { headers, text }],
    ['a string status', { status: '200', headers, text }],
    ['a fractional status', { status: 200.5, headers, text }],
    ['neither body nor text()', { status: 200, headers }],
    ['text that is not a function', { status: 200, headers, text: envelope }],
  ])('%s -> GenAuthNetworkError saying what is missing', async (_label, value) => {
    const error = await rejection(clientReturning(value).sendSms(input));
    expect(error).toBeInstanceOf(GenAuthNetworkError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/no usable Response/);
  });

  it.each([
    ['text() resolving to a number', { status: 200, headers, text: async () => 200 }],
    [
      'text() that throws',
      { status: 200, headers, text: () => Promise.reject(new TypeError('x')) },
    ],
    [
      'a body stream of strings',
      {
        status: 200,
        headers,
        body: new ReadableStream({
          start: (c) => {
            c.enqueue(envelope);
            c.close();
          },
        }),
      },
    ],
  ])('%s -> GenAuthNetworkError', async (_label, value) => {
    expect(await rejection(clientReturning(value).sendSms(input))).toBeInstanceOf(
      GenAuthNetworkError,
    );
  });

  it('reads headers whose get() throws as absent', async () => {
    const value = {
      status: 429,
      headers: {
        get() {
          throw new Error('boom');
        },
      },
      text: async () => '{"statusCode":429,"message":"slow"}',
    };
    const error = await rejection(clientReturning(value).sendSms(input));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 429, retryAfterMs: undefined });
  });

  it('accepts a minimal but complete response-like object', async () => {
    const value = { status: 200, headers, text };
    await expect(clientReturning(value).sendSms(input)).resolves.toMatchObject({ statusCode: 200 });
  });
});
