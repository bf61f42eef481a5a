import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthApiError,
  type GenAuthClient,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const smsInput = { channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' } as const;
const passCodeInput = { phone: '13800138000', phoneCountryCode: '+86', passCode: '123456' };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((r) => server.close(r))));
});

async function listen(
  handler: (request: IncomingMessage, body: string) => [number, Record<string, string>, string],
) {
  const seen: { url: string; body: string }[] = [];
  const server = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    seen.push({ url: request.url ?? '', body });
    const [status, headers, text] = handler(request, body);
    response.writeHead(status, headers).end(text);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('redirects (real HTTP on loopback)', () => {
  it.each([
    ['send-sms', 307, (client: GenAuthClient) => client.sendSms(smsInput)],
    ['signin', 308, (client: GenAuthClient) => client.signInByPhonePassCode(passCodeInput)],
    ['signup', 302, (client: GenAuthClient) => client.signUpByPhonePassCode(passCodeInput)],
  ])('%s does not re-post its body to another origin (HTTP %i)', async (_name, status, call) => {
    const elsewhere = await listen(() => [
      200,
      { 'content-type': 'application/json' },
      '{"statusCode":200,"message":"ok"}',
    ]);
    const genauth = await listen((request) => [
      status,
      { location: `${elsewhere.origin}/steal${request.url}` },
      '',
    ]);
    const client = createGenAuthClient({ appId: 'a', appHost: genauth.origin });

    const error = await rejection(call(client));

    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: status, httpStatus: status });
    expect((error as Error).message).toMatch(/redirect/);
    expect((error as Error).message).toContain(`${elsewhere.origin}/steal`);
    expect(genauth.seen).toHaveLength(1);
    expect(elsewhere.seen).toEqual([]);
  });

  it('refuses a redirect to the same origin too (the kit never follows any)', async () => {
    const genauth = await listen((request) =>
      request.url === '/api/v3/send-sms'
        ? [301, { location: '/moved' }, '']
        : [200, { 'content-type': 'application/json' }, '{"statusCode":200,"message":"ok"}'],
    );
    const client = createGenAuthClient({ appId: 'a', appHost: genauth.origin });
    expect(await rejection(client.sendSms(smsInput))).toBeInstanceOf(GenAuthApiError);
    expect(genauth.seen.map((request) => request.url)).toEqual(['/api/v3/send-sms']);
  });
});

describe('redirects (custom fetch)', () => {
  it('asks fetch not to follow redirects', async () => {
    const { fetch, spy } = fakeFetch();
    await createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch }).sendSms(smsInput);
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ redirect: 'manual' });
  });

  it("refuses a browser's opaque redirect", async () => {
    const opaque = new Response(null, { status: 200 });
    Object.defineProperties(opaque, {
      type: { value: 'opaqueredirect' },
      status: { value: 0 },
    });
    const { fetch } = fakeFetch(() => opaque);
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    const error = await rejection(client.sendSms(smsInput));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 502, httpStatus: 0 });
    expect((error as Error).message).toMatch(/redirect/);
  });

  it.each([
    ['redirected: true', { redirected: true, url: 'https://x.genauth.ai/api/v3/send-sms' }],
    [
      'a final url on another origin',
      { redirected: false, url: 'https://evil.example/api/v3/send-sms' },
    ],
  ])('refuses a success envelope from a fetch that followed anyway (%s)', async (_label, props) => {
    const { fetch } = fakeFetch(() => {
      const response = Response.json({ statusCode: 200, message: 'ok' });
      Object.defineProperties(response, {
        redirected: { value: props.redirected },
        url: { value: props.url },
      });
      return response;
    });
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    const error = await rejection(client.sendSms(smsInput));
    expect(error).toBeInstanceOf(GenAuthApiError);
    expect(error).toMatchObject({ statusCode: 502, httpStatus: 200 });
  });

  it('accepts a final url equal to the one requested', async () => {
    const { fetch } = fakeFetch(() => {
      const response = Response.json({ statusCode: 200, message: 'ok' });
      Object.defineProperty(response, 'url', { value: 'https://X.genauth.ai:443/api/v3/send-sms' });
      return response;
    });
    const client = createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', fetch });
    await expect(client.sendSms(smsInput)).resolves.toMatchObject({ statusCode: 200 });
  });
});
