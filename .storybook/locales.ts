import { enUS } from '../src/i18n/en-US.js';
import type { GenAuthFlowMessages } from '../src/i18n/flow-messages.js';
import { enUSFlows } from '../src/i18n/flows/en-US.js';
import { jaJPFlows } from '../src/i18n/flows/ja-JP.js';
import { zhCNFlows } from '../src/i18n/flows/zh-CN.js';
import { zhTWFlows } from '../src/i18n/flows/zh-TW.js';
import { jaJP } from '../src/i18n/ja-JP.js';
import { zhCN } from '../src/i18n/zh-CN.js';
import { zhTW } from '../src/i18n/zh-TW.js';
import type { GenAuthLocale, GenAuthMessages } from '../src/index.js';

/** The locales of Storybook's `locale` toolbar: every catalogue the kit ships. */
export const STORY_LOCALES: readonly {
  value: GenAuthLocale;
  title: string;
  messages: GenAuthMessages;
  flowMessages: GenAuthFlowMessages;
}[] = [
  { value: 'en-US', title: 'English (US)', messages: enUS, flowMessages: enUSFlows },
  { value: 'zh-CN', title: '简体中文', messages: zhCN, flowMessages: zhCNFlows },
  { value: 'zh-TW', title: '繁體中文（台灣）', messages: zhTW, flowMessages: zhTWFlows },
  { value: 'ja-JP', title: '日本語', messages: jaJP, flowMessages: jaJPFlows },
];

/** The toolbar's value as one of {@link STORY_LOCALES} (en-US for anything else). */
export function storyLocale(value: unknown): (typeof STORY_LOCALES)[number] {
  return STORY_LOCALES.find((locale) => locale.value === value) ?? (STORY_LOCALES[0] as never);
}
