import { describe, expect, it, vi } from 'vitest';
import { createGenAuthTransport, GenAuthInputError } from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

function transport(appHost = 'https://app.example.com') {
  const fake = fakeFetch();
  const accessToken = vi.fn(() => 'user-token');
  const t = createGenAuthTransport({ appId: 'app', appHost, fetch: fake.fetch, accessToken });
  return { ...fake, accessToken, transport: t };
}

describe('transport.post only reaches GenAuth API paths of the app host', () => {
  it.each([
    ['a dot that extends the host name', '.evil.example/x'],
    ['a port', ':8443/x'],
    ['user info', '@evil.example/api/v3/x'],
    ['a relative path', 'api/v3/send-sms'],
    ['the empty path', ''],
    ['a path outside /api/', '/admin/x'],
    ['/api itself', '/api'],
    ['/api/ alone', '/api/'],
    ['a protocol-relative URL', '//evil.example/api/v3/x'],
    ['an absolute URL', 'https://evil.example/api/v3/x'],
    ['a parent segment', '/api/../admin'],
    ['an encoded parent segment', '/api/%2e%2e/admin'],
    ['a current segment', '/api/./v3/x'],
    ['an empty segment', '/api//v3/x'],
    ['a trailing slash', '/api/v3/x/'],
    ['a backslash', '/api\\..\\admin'],
    ['a query', '/api/v3/x?next=//evil.example'],
    ['a hash', '/api/v3/x#y'],
    ['a newline', '/api/v3/x\n'],
    ['a NUL', '/api/v3/x\u0000'],
    ['a tab', '/api/\tv3/x'],
    ['a space', '/api/v3/x y'],
    ['non-ASCII', '/api/v3/ｘ'],
    ['a non-string', 42 as unknown as string],
  ])('refuses %s before any request, without reading the token', async (_label, path) => {
    const { transport: t, spy, accessToken } = transport();
    const error = await t.post(path, { secret: 'x' }, { accessToken: 'required' }).catch((e) => e);
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect(error).toMatchObject({ field: 'path' });
    expect(spy).not.toHaveBeenCalled();
    expect(accessToken).not.toHaveBeenCalled();
  });

  it.each([
    ['/api/v3/send-sms', 'https://app.example.com/api/v3/send-sms'],
    [
      '/api/v2/applications/mfa/sms/verify',
      'https://app.example.com/api/v2/applications/mfa/sms/verify',
    ],
    ['/api/v3/x_y.z', 'https://app.example.com/api/v3/x_y.z'],
  ])('sends %s to %s', async (path, url) => {
    const { transport: t, requests } = transport();
    await t.post(path, {});
    expect(requests.map((r) => r.url)).toEqual([url]);
  });

  it('keeps the path of an app host behind a gateway', async () => {
    const { transport: t, requests } = transport('https://gateway.example.com/genauth/');
    await t.post('/api/v3/send-sms', {});
    expect(requests.map((r) => r.url)).toEqual([
      'https://gateway.example.com/genauth/api/v3/send-sms',
    ]);
  });
});
