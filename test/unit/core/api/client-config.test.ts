import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  GenAuthInputError,
  normalizeAppHost,
} from '../../../../src/core/index.js';

describe('appHost normalisation', () => {
  it.each([
    ['my-app.genauth.ai', 'https://my-app.genauth.ai'],
    ['https://my-app.genauth.ai/', 'https://my-app.genauth.ai'],
    ['https://my-app.genauth.ai///', 'https://my-app.genauth.ai'],
    ['  HTTPS://My-App.GenAuth.ai  ', 'https://my-app.genauth.ai'],
    ['https://my-app.genauth.ai:8443', 'https://my-app.genauth.ai:8443'],
    ['https://gateway.example.com/genauth/', 'https://gateway.example.com/genauth'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
    ['http://app.localhost', 'http://app.localhost'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeAppHost(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['whitespace', '   '],
    ['plain http to a public host', 'http://my-app.genauth.ai'],
    ['ftp scheme', 'ftp://my-app.genauth.ai'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['unparsable', 'https://exa mple.com'],
    ['credentials', 'https://user:pw@my-app.genauth.ai'],
    ['query', 'https://my-app.genauth.ai/?x=1'],
  ])('refuses %s', (_label, input) => {
    expect(() => normalizeAppHost(input)).toThrow(GenAuthInputError);
    expect(() => createGenAuthClient({ appId: 'a', appHost: input })).toThrow(GenAuthInputError);
  });
});

describe('createGenAuthClient options', () => {
  it('requires an appId', () => {
    expect(() => createGenAuthClient({ appId: '', appHost: 'x.genauth.ai' })).toThrow(/appId/);
    expect(() => createGenAuthClient({ appId: '  ', appHost: 'x.genauth.ai' })).toThrow(
      GenAuthInputError,
    );
  });

  it.each(['appSecret', 'secret'])('refuses an app secret passed as %s', (key) => {
    const options = { appId: 'a', appHost: 'x.genauth.ai', [key]: 's3cr3t' };
    expect(() => createGenAuthClient(options)).toThrow(/secret must never ship to a browser/);
  });

  it('refuses a non-positive timeout', () => {
    expect(() =>
      createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai', timeoutMs: 0 }),
    ).toThrow(/timeoutMs/);
  });

  it('exposes the normalised host and app id', () => {
    const client = createGenAuthClient({ appId: 'app', appHost: 'x.genauth.ai/' });
    expect(client.appHost).toBe('https://x.genauth.ai');
    expect(client.appId).toBe('app');
  });

  it('touches no fetch until a request is made (SSR-safe)', () => {
    const original = globalThis.fetch;
    // @ts-expect-error simulate a runtime without fetch
    globalThis.fetch = undefined;
    try {
      expect(() => createGenAuthClient({ appId: 'a', appHost: 'x.genauth.ai' })).not.toThrow();
    } finally {
      globalThis.fetch = original;
    }
  });
});
