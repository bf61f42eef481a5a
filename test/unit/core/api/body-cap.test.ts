import { describe, expect, it } from 'vitest';
import { createGenAuthClient, GenAuthApiError } from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const input = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;
const MB = 1024 * 1024;

/** A body of `totalBytes` produced on demand in 64 kB chunks, counting what was pulled. */
function hugeBody(totalBytes: number, fill = 0x20) {
  const chunk = new Uint8Array(64 * 1024).fill(fill);
  const stats = { pulledBytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulledBytes >= totalBytes) return controller.close();
      stats.pulledBytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function clientAnswering(respond: () => Response) {
  const { fetch } = fakeFetch(respond);
  return createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('answer size cap (1 MB)', () => {
  it('stops reading a 100 MB answer soon after 1 MB and reports an API error', async () => {
    const { stream, stats } = hugeBody(100 * MB);
    const client = clientAnswering(() => new Response(stream, { status: 200 }));
    const error = await rejection(client.sendSms(input));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 502, httpStatus: 200 });
    expect((error as Error).message).toMatch(/larger than 1 MB/);
    expect(stats.pulledBytes).toBeLessThan(2 * MB);
    expect(stats.cancelled).toBe(true);
  });

  it('refuses a declared Content-Length above the cap without reading the body', async () => {
    const { stream, stats } = hugeBody(100 * MB);
    const client = clientAnswering(
      () =>
        new Response(stream, {
          status: 429,
          headers: { 'content-length': String(100 * MB), 'retry-after': '30' },
        }),
    );
    const error = await rejection(client.sendSms(input));
    // The status and headers stay usable: a huge 429 still drives the cooldown.
    expect(error).toMatchObject({ statusCode: 429, httpStatus: 429, retryAfterMs: 30_000 });
    expect(stats.pulledBytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('caps a custom response that only has text()', async () => {
    const big = 'x'.repeat(MB + 1);
    const client = clientAnswering(
      () => ({ status: 200, headers: new Headers(), text: async () => big }) as unknown as Response,
    );
    const error = await rejection(client.sendSms(input));
    expect(error).toMatchObject({ statusCode: 502 });
    expect((error as Error).message).toMatch(/larger than 1 MB/);
  });

  it('reads an envelope padded to just under the cap', async () => {
    const json = JSON.stringify({ statusCode: 200, message: 'ok' });
    const padded = json + ' '.repeat(MB - json.length);
    const client = clientAnswering(() => new Response(padded, { status: 200 }));
    await expect(client.sendSms(input)).resolves.toMatchObject({ statusCode: 200 });
  });

  it('counts bytes, not characters: 1 MB of 3-byte characters is over the cap', async () => {
    const message = '验'.repeat(Math.ceil(MB / 3));
    const client = clientAnswering(() => Response.json({ statusCode: 400, message }));
    expect(((await rejection(client.sendSms(input))) as Error).message).toMatch(/larger than 1 MB/);
  });
});
