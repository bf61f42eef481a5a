import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin, PluginOption } from 'vite';

/**
 * The files whose components have a props table: `.tsx` under src/ and stories/ (every
 * component of the kit, and the demo component of the useSendSms docs). Not story files: their
 * exports are stories, not components.
 */
function isComponentFile(id: string): boolean {
  const path = id.split('?')[0] ?? id;
  return /\/(src|stories)\//.test(path) && path.endsWith('.tsx') && !path.endsWith('.stories.tsx');
}

/**
 * Storybook's react-docgen plugin, run on component files only. It parsed every .ts/.tsx/.js
 * file Vite loads (the phone metadata, the catalogues, the mock, the core): 26.8 s of a 45 s
 * Vite build here, 9.7 s of 20 s after. Those files define no component: the built Storybook's
 * `__docgenInfo` (56 components) came out byte for byte the same, so the props tables are too.
 */
function docgenOnComponents(plugins: PluginOption[] | undefined): PluginOption[] {
  return (plugins ?? []).map((plugin) => {
    const docgen = plugin as Plugin | null;
    if (
      docgen?.name !== 'storybook:react-docgen-plugin' ||
      typeof docgen.transform !== 'function'
    ) {
      return plugin;
    }
    const transform = docgen.transform;
    return {
      ...docgen,
      transform(this: ThisParameterType<typeof transform>, ...args: Parameters<typeof transform>) {
        const [, id] = args;
        return isComponentFile(id) ? transform.apply(this, args) : undefined;
      },
    } satisfies Plugin;
  });
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // MSW's service worker (copied into public/ by scripts/msw-worker.mjs).
  staticDirs: ['../public'],
  // TypeScript 7 has no JS API, so react-docgen-typescript cannot run; react-docgen can.
  typescript: { reactDocgen: 'react-docgen' },
  core: { disableTelemetry: true },
  viteFinal(viteConfig, { configType }) {
    return {
      ...viteConfig,
      plugins: docgenOnComponents(viteConfig.plugins),
      // `storybook build --quiet` still printed Vite's line per output file (~650 lines);
      // warnings and errors still show.
      ...(configType === 'PRODUCTION' ? { logLevel: 'warn' as const } : {}),
      build: {
        ...viteConfig.build,
        // Storybook's own chunks (its preview 1.2 MB, axe-core 0.66 MB) pass Vite's 500 kB
        // warning: nothing of ours to split, so the warning only hid real ones.
        chunkSizeWarningLimit: 1500,
        rolldownOptions: {
          ...viteConfig.build?.rolldownOptions,
          // A 28-line report of which plugins took the time, on every build: measure with
          // `node --cpu-prof` when it matters instead.
          checks: { ...viteConfig.build?.rolldownOptions?.checks, bundlerTimings: false },
        },
      },
    };
  },
};

export default config;
