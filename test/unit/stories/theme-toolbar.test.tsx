// The `theme` toolbar of Storybook (.storybook/theme.ts, .storybook/preview.tsx): its global
// reaches <html> as the kit's documented `data-theme`, and the stylesheets turn that attribute
// into `color-scheme` and a painted page. (jsdom does no layout and resolves no `var()`: the
// Storybook test project checks, in Chromium, every story's page dark down to the bottom of the
// window; see .storybook/dark-canvas.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import preview from '../../../.storybook/preview.js';

type Decorator = (story: () => ReactElement, context: Record<string, unknown>) => ReactElement;

const decorators = (preview.decorators ?? []) as Decorator[];

/** The preview's decorators around a one-line story, as Storybook renders a story. */
function renderStory(globals: Record<string, unknown>, viewMode: 'story' | 'docs' = 'story') {
  const context = {
    globals: { locale: 'en-US', ...globals },
    parameters: {},
    tags: ['dev'],
    viewMode,
  };
  const story = decorators.reduce<() => ReactElement>(
    (inner, decorator) => () => decorator(inner, context),
    () => <p>the story</p>,
  );
  return render(story());
}

const html = document.documentElement;

afterEach(() => html.removeAttribute('data-theme'));

describe('the theme toolbar', () => {
  it('offers light, dark and auto, and opens every story in light', () => {
    const toolbar = preview.globalTypes?.theme?.toolbar as { items: { value: string }[] };
    expect(toolbar.items.map((item) => item.value)).toEqual(['light', 'dark', 'auto']);
    expect(preview.initialGlobals?.theme).toBe('light');
  });

  it("puts the global on <html> as the kit's data-theme, as a host page does", () => {
    const { rerender } = renderStory({ theme: 'dark' });
    expect(html).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByText('the story')).toBeInTheDocument();

    rerender(
      decorators.reduce<() => ReactElement>(
        (inner, decorator) => () =>
          decorator(inner, {
            globals: { locale: 'en-US', theme: 'auto' },
            parameters: {},
            tags: ['dev'],
            viewMode: 'story',
          }),
        () => <p>the story</p>,
      )(),
    );
    expect(html).toHaveAttribute('data-theme', 'auto');
  });

  it('leaves <html> without data-theme in light: the component as it ships', () => {
    html.setAttribute('data-theme', 'dark'); // what the previous story left
    renderStory({ theme: 'light' });
    expect(html).not.toHaveAttribute('data-theme');
  });

  it("themes each story's own root on a docs page, inside Storybook's light blocks", () => {
    html.setAttribute('data-theme', 'dark');
    renderStory({ theme: 'dark' }, 'docs');
    expect(html).not.toHaveAttribute('data-theme');
    expect(screen.getByText('the story').closest('.story-root')).toHaveAttribute(
      'data-theme',
      'dark',
    );
  });
});

/** The top-level rules of a stylesheet (no media queries) as selector and declarations. */
function rules(path: string): { selector: string; style: CSSStyleDeclaration }[] {
  const element = document.createElement('style');
  element.textContent = readFileSync(join(process.cwd(), path), 'utf8');
  document.head.append(element);
  const sheet = element.sheet as CSSStyleSheet;
  element.remove();
  return [...sheet.cssRules]
    .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule)
    .map((rule) => ({ selector: rule.selectorText, style: rule.style }));
}

/**
 * The value of `property` on `element` from the rules that match it, later rules winning (the
 * rules involved have the same weight), with `var()` resolved from the same rules and, custom
 * properties being inherited, from those of the element's ancestors.
 */
function declared(element: Element, property: string, sheets: string[]): string {
  const all = sheets.flatMap(rules);
  const value = (target: Element | null, name: string): string => {
    if (!target) return '';
    const own = all
      .filter(({ selector }) => target.matches(selector))
      .reduce((found, { style }) => style.getPropertyValue(name).trim() || found, '');
    return own || (name.startsWith('--') ? value(target.parentElement, name) : '');
  };
  return value(element, property).replace(/var\((--[\w-]+)\)/g, (_, name: string) =>
    value(element, name),
  );
}

describe("the kit's stylesheet and the canvas's, on <html data-theme>", () => {
  const sheets = ['src/components/styles.css', '.storybook/preview.css'];

  it.each([
    ['dark', 'dark', '#0d1117', '#e6edf3'],
    ['light', 'light', '#ffffff', '#1f2328'],
  ])(
    'data-theme="%s": color-scheme %s, the page painted %s with %s text',
    (theme, scheme, background, text) => {
      html.setAttribute('data-theme', theme);
      expect(declared(html, 'color-scheme', sheets)).toBe(scheme);
      expect(declared(html, 'background-color', sheets)).toBe(background);
      expect(declared(html, 'color', sheets)).toBe(text);
    },
  );

  it("gives the flows' card the theme's color-scheme (its native radios follow it)", () => {
    const card = document.createElement('div');
    card.className = 'genauth-flow';
    html.setAttribute('data-theme', 'dark');
    document.body.append(card);
    expect(declared(card, 'color-scheme', [...sheets, 'src/flows/flows.css'])).toBe('dark');
    card.remove();
  });
});
