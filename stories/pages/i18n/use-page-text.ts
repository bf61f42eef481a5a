import { createContext, useContext } from 'react';
import type { GenAuthLocale } from '../../../src/index.js';
import { pageTextEnUS } from './en-US.js';
import { pageTextJaJP } from './ja-JP.js';
import type { PageText } from './page-text.js';
import { pageTextZhCN } from './zh-CN.js';
import { pageTextZhTW } from './zh-TW.js';

export type { PageText } from './page-text.js';

/** The demo pages' texts in every locale the kit ships. */
export const PAGE_TEXTS: Readonly<Record<GenAuthLocale, PageText>> = {
  'en-US': pageTextEnUS,
  'zh-CN': pageTextZhCN,
  'zh-TW': pageTextZhTW,
  'ja-JP': pageTextJaJP,
};

/** The locale the demo pages speak; Storybook's `locale` toolbar sets it for every story. */
export const PageLocaleContext = createContext<GenAuthLocale>('en-US');

/**
 * The demo pages' texts in the current locale. (A real app would use its own i18n library;
 * the kit's components take the matching catalogue from `<GenAuthProvider messages>`.)
 *
 * @example const text = usePageText(); <h1>{text.login.title}</h1>
 */
export function usePageText(): PageText {
  return PAGE_TEXTS[useContext(PageLocaleContext)];
}
