import { describe, expect, it } from 'vitest';
import {
  createGenAuthClient,
  type GenAuthClientOptions,
  GenAuthInputError,
} from '../../../../src/core/index.js';
import { fakeFetch } from '../../../helpers/fake-fetch.js';

const base = { appId: 'app-1', appHost: 'x.genauth.ai' };

function refusal(options: Record<string, unknown>): unknown {
  try {
    createGenAuthClient({ ...base, ...options } as unknown as GenAuthClientOptions);
  } catch (error) {
    return error;
  }
  return expect.fail(`${JSON.stringify(options)} was accepted`);
}

const BAD_HEADER_VALUES: [string, unknown][] = [
  ['CR LF (header injection)', 'abc\r\nx-evil: 1'],
  ['LF', 'abc\nx'],
  ['NUL', 'abc\u0000'],
  ['a tab inside', 'ab\tc'],
  ['a space inside', 'ab c'],
  ['non-Latin-1 (fetch throws a TypeError)', '应用'],
  ['Latin-1 but not ASCII', 'café'],
  ['DEL', 'abc\u007f'],
  ['too long', 'a'.repeat(129)],
  ['a number', 12345],
  ['an object', { id: 'x' }],
];

describe('options that become headers', () => {
  it.each(['appId', 'tenantId'])('%s: refuses bad header values at creation', (option) => {
    for (const [label, value] of BAD_HEADER_VALUES) {
      const error = refusal({ [option]: value });
      expect(error, label).toBeInstanceOf(GenAuthInputError);
      expect(error, label).toMatchObject({ field: option });
      expect((error as Error).message, label).toMatch(new RegExp(`^${option} `));
    }
  });

  it.each([
    ...BAD_HEADER_VALUES,
    ['not a language tag', 'zh_CN'],
    ['a tag with an empty subtag', 'zh--CN'],
    ['longer than 35 characters', `en-${'abcdefgh-'.repeat(4)}x`],
  ])('lang: refuses %s', (_label, value) => {
    expect(refusal({ lang: value })).toMatchObject({ field: 'lang' });
  });

  it.each([
    ['CR LF', 'x-genauth\r\nx-evil'],
    ['an unknown prefix', 'x-custom'],
    ['upper case', 'X-GENAUTH'],
    ['empty', ''],
  ])('headerPrefix: refuses %s', (_label, value) => {
    const error = refusal({ headerPrefix: value });
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect(error).toMatchObject({ field: 'headerPrefix' });
  });

  it('sends well-formed values as they are, and omits empty ones', async () => {
    const { fetch, requests } = fakeFetch();
    const client = createGenAuthClient({
      appId: ' 64a7b1c2d3e4f5a6b7c8d9e0 ',
      appHost: 'x.genauth.ai',
      headerPrefix: 'x-authing',
      lang: 'zh-Hant-TW',
      tenantId: 'tenant_42.eu',
      fetch,
    });
    await client.sendSms({ channel: 'CHANNEL_LOGIN', phoneNumber: '13800138000' });
    expect(requests[0]?.headers).toMatchObject({
      'x-authing-app-id': '64a7b1c2d3e4f5a6b7c8d9e0',
      'x-authing-lang': 'zh-Hant-TW',
      'x-authing-app-tenant-id': 'tenant_42.eu',
    });
    const empty = fakeFetch();
    await createGenAuthClient({ ...base, lang: '', tenantId: '', fetch: empty.fetch }).sendSms({
      channel: 'CHANNEL_LOGIN',
      phoneNumber: '13800138000',
    });
    expect(Object.keys(empty.requests[0]?.headers ?? {}).sort()).toEqual([
      'content-type',
      'x-genauth-app-id',
    ]);
  });
});

describe('options a request is made with', () => {
  it.each([
    ['fetch', 'https://proxy.example'],
    ['fetch', {}],
    ['now', 1_700_000_000_000],
    ['credentials', 'same_origin'],
    ['credentials', true],
  ])('%s: refuses %j at creation, naming the option', (option, value) => {
    const error = refusal({ [option]: value });
    expect(error).toBeInstanceOf(GenAuthInputError);
    expect(error).toMatchObject({ field: option });
  });
});
