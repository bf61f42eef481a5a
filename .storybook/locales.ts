import { enUS } from '../src/i18n/en-US.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';
import type { GenAuthLocale, GenAuthMessages } from '../src/index.js';

/** The locales of Storybook's `locale` toolbar: every catalogue the kit ships. */
export const STORY_LOCALES: readonly {
  value: GenAuthLocale;
  title: string;
  messages: GenAuthMessages;
}[] = [
  { value: 'en-US', title: 'English (US)', messages: enUS },
  { value: 'zh-CN', title: '简体中文', messages: zhCN },
  { value: 'zh-TW', title: '繁體中文（台灣）', messages: zhTW },
  { value: 'ja-JP', title: '日本語', messages: jaJP },
];

/** The toolbar's value as one of {@link STORY_LOCALES} (en-US for anything else). */
export function storyLocale(value: unknown): (typeof STORY_LOCALES)[number] {
  return STORY_LOCALES.find((locale) => locale.value === value) ?? (STORY_LOCALES[0] as never);
}
