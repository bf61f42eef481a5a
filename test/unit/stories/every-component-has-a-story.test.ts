// Every React component the package exports (from `genauth-sms-react` and
// `genauth-sms-react/flows`) has a story file whose meta names it as `component`, so Storybook
// shows its states and autodocs gives its props page. A new component without one fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as flows from '../../../src/flows/index.js';
import * as kit from '../../../src/index.js';

/** The repository (Vitest runs from it; jsdom's `import.meta.url` is not a file URL). */
const root = process.cwd();

/** Exported components that are not shown on their own, each with why. */
const NOT_SHOWN: Record<string, string> = {
  GenAuthProvider:
    'a context provider with no UI: every story renders inside it (.storybook/preview.tsx)',
};

/** A function component, a React class component, or a `forwardRef`/`memo` object (not an error class). */
function isComponent(value: unknown): boolean {
  if (typeof value === 'function') {
    const isClass = /^class\b/.test(Function.prototype.toString.call(value));
    return (
      !isClass || Boolean((value.prototype as { isReactComponent?: unknown }).isReactComponent)
    );
  }
  return typeof value === 'object' && value !== null && '$$typeof' in value;
}

function exportedComponents(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([name, value]) => /^[A-Z][a-z]/.test(name) && isComponent(value))
    .map(([name]) => name);
}

/** `component: X` in each story file's meta (the file's first `component:` key). */
function storiedComponents(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of ['stories', 'stories/pages']) {
    for (const file of readdirSync(join(root, dir))) {
      if (!file.endsWith('.stories.tsx')) continue;
      const text = readFileSync(join(root, dir, file), 'utf8');
      const match = /^\s*component:\s*([A-Za-z_$][\w$]*)\s*,/m.exec(text);
      if (!match?.[1]) continue;
      found.set(match[1], [...(found.get(match[1]) ?? []), `${dir}/${file}`]);
    }
  }
  return found;
}

describe('every exported component has a story', () => {
  const components = [
    ...exportedComponents(kit as Record<string, unknown>),
    ...exportedComponents(flows as Record<string, unknown>),
  ];
  const stories = storiedComponents();

  it('finds the exported components (the check itself works)', () => {
    expect(components).toEqual(
      expect.arrayContaining(['PhoneInput', 'NewPasswordInput', 'CountrySelect', 'PhoneSignIn']),
    );
    // Constants such as SMS_CHANNELS or PHONE_SIGN_IN_FLOW are not components.
    expect(components).not.toContain('SMS_CHANNELS');
  });

  it.each(components.filter((name) => !(name in NOT_SHOWN)))(
    '%s has a story file whose meta `component` is it',
    (name) => {
      expect(
        stories.get(name),
        `add stories/${name}.stories.tsx (meta component: ${name})`,
      ).toBeDefined();
    },
  );

  it('exempts only components that exist', () => {
    for (const name of Object.keys(NOT_SHOWN)) expect(components).toContain(name);
  });
});
