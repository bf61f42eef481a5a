/**
 * The `theme` toolbar: the canvas themed as a host page would theme it, through the kit's
 * documented switch, `data-theme` on `<html>` (see `src/components/styles.css`). The kit's
 * stylesheet turns that attribute into its colours and `color-scheme` (native radios, inputs,
 * scrollbars); `preview.css` paints the page itself, as a host page paints its own background.
 */

/** The kit's `data-theme` values, as offered by the toolbar. */
export type StoryTheme = 'light' | 'dark' | 'auto';

/** The toolbar's items, in menu order. */
export const STORY_THEMES: readonly {
  value: StoryTheme;
  title: string;
  icon: 'sun' | 'moon' | 'mirror';
}[] = [
  { value: 'light', title: 'Light', icon: 'sun' },
  { value: 'dark', title: 'Dark', icon: 'moon' },
  { value: 'auto', title: 'Auto (follows the OS)', icon: 'mirror' },
];

/**
 * The theme a story opens in: light, the kit as it ships. Light is no `data-theme` at all, the
 * page of a host that sets none (the kit ignores the OS setting there), so a person opening any
 * story sees the untouched component; `data-theme="light"` would render the same.
 */
export const DEFAULT_STORY_THEME: StoryTheme = 'light';

/** The toolbar's value as a {@link StoryTheme} ({@link DEFAULT_STORY_THEME} for anything else). */
export function storyTheme(value: unknown): StoryTheme {
  return STORY_THEMES.find((theme) => theme.value === value)?.value ?? DEFAULT_STORY_THEME;
}

/**
 * The `data-theme` a host page would set for `theme`: none for light (the kit's default), else
 * the theme's own value.
 */
export function dataThemeOf(theme: StoryTheme): 'dark' | 'auto' | undefined {
  return theme === 'light' ? undefined : theme;
}

/**
 * Puts `theme` on the page as a host page would: `data-theme` on `<html>`. On a docs page the
 * stories sit in Storybook's own white blocks, so there the attribute goes on each story's root
 * instead (see the preview's decorator) and `<html>` is left alone.
 */
export function applyCanvasTheme(
  root: HTMLElement,
  theme: StoryTheme,
  viewMode: string | undefined,
): void {
  const value = viewMode === 'docs' ? undefined : dataThemeOf(theme);
  if (value) root.setAttribute('data-theme', value);
  else root.removeAttribute('data-theme');
}
