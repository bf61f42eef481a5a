import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../../src/i18n/en-US.js';
import { jaJP } from '../../../src/i18n/ja-JP.js';
import type { GenAuthLocale, GenAuthMessages } from '../../../src/i18n/messages.js';
import { zhCN } from '../../../src/i18n/zh-CN.js';
import { zhTW } from '../../../src/i18n/zh-TW.js';

const catalogues: Record<GenAuthLocale, GenAuthMessages> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};
const keys = Object.keys(enUS).sort() as Array<keyof GenAuthMessages>;
const textOf = (value: GenAuthMessages[keyof GenAuthMessages], seconds: number) =>
  typeof value === 'function' ? value(seconds) : value;

describe.each(Object.entries(catalogues))('the %s catalogue', (tag, catalogue) => {
  it('carries its own locale tag', () => {
    expect(catalogue.locale).toBe(tag);
  });

  it('has every key of en-US, each of the same kind, none empty', () => {
    expect(Object.keys(catalogue).sort()).toEqual(keys);
    for (const key of keys) {
      expect(typeof catalogue[key], key).toBe(typeof enUS[key]);
      expect(textOf(catalogue[key], 7).trim(), key).not.toBe('');
    }
  });

  it('puts the number of seconds into every counted message', () => {
    for (const key of keys) {
      if (typeof catalogue[key] === 'function')
        expect(textOf(catalogue[key], 37), key).toContain('37');
    }
  });

  it('is translated: no visible text is the English one, except shared symbols', () => {
    if (tag === 'en-US') return;
    for (const key of keys) {
      if (key === 'locale') continue;
      expect(textOf(catalogue[key], 5), key).not.toBe(textOf(enUS[key], 5));
    }
  });
});

describe('counted texts', () => {
  it('say "1 second" and "2 seconds" in English', () => {
    expect(enUS.cooldownStarted(1)).toBe('Code sent. You can request a new one in 1 second.');
    expect(enUS.rateLimited(1)).toBe('Too many requests. Try again in 1 second.');
    expect(enUS.rateLimited(2)).toBe('Too many requests. Try again in 2 seconds.');
    expect(enUS.cooldownStarted(0)).toContain('0 seconds');
  });

  it('count seconds with 秒 in Chinese and Japanese, one form for every number', () => {
    expect(zhTW.cooldownStarted(1)).toBe('驗證碼已傳送，1 秒後可重新傳送。');
    expect(zhTW.countdown(60)).toBe('60 秒');
    expect(jaJP.cooldownStarted(1)).toBe('認証コードを送信しました。1秒後に再送信できます。');
    expect(jaJP.countdown(60)).toBe('60秒');
    expect(zhCN.rateLimited(30)).toBe('请求过于频繁，请 30 秒后重试。');
  });
});

/** Every relative module a source file's code reaches, following static and dynamic imports. */
function reachableModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    // Type-only imports and exports are erased from the build: they pull nothing in.
    const source = readFileSync(file, 'utf8').replace(/^(?:import|export) type [^;]*;/gms, '');
    for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), specifier as string);
      pending.push(resolveSource(target));
    }
  }
  return seen;
}

function resolveSource(path: string): string {
  for (const candidate of [path.replace(/\.js$/, '.ts'), path.replace(/\.js$/, '.tsx'), path]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {}
  }
  throw new Error(`cannot resolve ${path}`);
}

describe('package entries', () => {
  const root = process.cwd();
  const src = resolve(root, 'src');
  const relative = (files: Set<string>) => [...files].map((file) => file.slice(src.length + 1));
  const packageJson = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };

  it.each(['index.ts', 'core/index.ts', 'mock/index.ts', 'form/index.ts'])(
    '%s reaches no catalogue but the built-in en-US',
    (entry) => {
      const reached = relative(reachableModules(resolve(src, entry)));
      for (const tag of ['zh-CN', 'zh-TW', 'ja-JP'])
        expect(reached).not.toContain(`i18n/${tag}.ts`);
      if (entry === 'index.ts') expect(reached).toContain('i18n/en-US.ts');
    },
  );

  it.each(Object.keys(catalogues))('genauth-sms-react/locales/%s is its own entry', (tag) => {
    expect(packageJson.exports[`./locales/${tag}`]).toEqual({
      types: `./dist/i18n/${tag}.d.ts`,
      default: `./dist/locales/${tag}.js`,
    });
    // en-US is built from its components' parts (src/i18n/en-US/), each a component's fallback.
    const parts = (file: string) => file.startsWith(`i18n/${tag}/`);
    const reached = relative(reachableModules(resolve(src, `i18n/${tag}.ts`)));
    expect(reached.filter((file) => !parts(file))).toEqual([`i18n/${tag}.ts`]);
  });
});

describe('the built-in en-US parts', () => {
  it('make up enUS, each text in exactly one part', async () => {
    const parts = await Promise.all(
      ['country-select', 'phone', 'send-code', 'email', 'verification-code', 'new-password'].map(
        (name) => import(`../../../src/i18n/en-US/${name}.ts`),
      ),
    );
    const keysOfParts = parts.flatMap((module) =>
      Object.values(module as Record<string, object>).flatMap((part) => Object.keys(part)),
    );
    expect(keysOfParts.sort()).toEqual(keys);
  });
});
