import { describe, expect, it } from 'vitest';
import type { GenAuthFlowMessages } from '../../../src/i18n/flow-messages.js';
import { enUSFlows } from '../../../src/i18n/flows/en-US.js';
import { jaJPFlows } from '../../../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../../../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../../../src/i18n/flows/zh-TW.js';

const catalogues: Record<string, GenAuthFlowMessages> = {
  'en-US': enUSFlows,
  'zh-CN': zhCNFlows,
  'zh-TW': zhTWFlows,
  'ja-JP': jaJPFlows,
};

/** A text of a catalogue: a string, or a function of one argument returning one. */
type Text = string | ((value: never) => string);

/** Every string of a catalogue by its path (`signUp.stepTitles.code`), functions called with 37. */
function strings(value: unknown, path = ''): Map<string, Text> {
  const found = new Map<string, Text>();
  if (typeof value === 'string' || typeof value === 'function') {
    found.set(path, value as Text);
    return found;
  }
  for (const [key, inner] of Object.entries(value as object)) {
    for (const [innerPath, text] of strings(inner, path ? `${path}.${key}` : key)) {
      found.set(innerPath, text);
    }
  }
  return found;
}
const textOf = (value: Text) =>
  typeof value === 'function' ? String((value as (v: string) => string)('37')) : value;

const english = strings(enUSFlows);

describe.each(Object.entries(catalogues))('the %s flow catalogue', (tag, catalogue) => {
  const own = strings(catalogue);

  it('carries its own locale tag', () => {
    expect(catalogue.locale).toBe(tag);
  });

  it('has every string of en-US, each of the same kind, none empty', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of own) {
      expect(typeof value, path).toBe(typeof english.get(path));
      expect(textOf(value).trim(), path).not.toBe('');
    }
  });

  it('puts its argument into every text that takes one', () => {
    for (const [path, value] of own) {
      if (typeof value === 'function') expect(textOf(value), path).toContain('37');
    }
  });

  it('is translated: no visible text is the English one', () => {
    if (tag === 'en-US') return;
    for (const [path, value] of own) {
      if (path === 'locale') continue;
      expect(textOf(value), path).not.toBe(textOf(english.get(path) ?? ''));
    }
  });
});
