import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { phoneMetadata } from './scripts/build-phone-metadata.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium-path.mjs';

const launchOptions = {
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS],
};

/** Headless Debian Chromium; each project names its instance, as Vitest requires. */
const browser = (name: string, contextOptions: { colorScheme?: 'light' | 'dark' } = {}) => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions, contextOptions }),
  // Four browser projects start together on two cores, each waiting for Vite to compile its
  // first page: with a second copy of the suite beside it, even 180 s was not always enough.
  // A cap, not a wait: a project connects as soon as its page is up.
  connectTimeout: 600_000,
  instances: [{ browser: 'chromium' as const, name: `${name} (chromium)` }],
});

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));

/**
 * Every story, once, opened with the `theme` toolbar global on dark (the preview's decorator
 * themes the page as a person's toolbar click does): its `play`, axe (`a11y: { test: 'error' }`
 * in the preview) and the preview's no-sideways-scroll check at Storybook's default 1200 px;
 * then, in the same visit (see .storybook/same-visit-checks.ts), a dark page to the bottom of
 * the window, and axe in light (the kit as it ships, with the OS in dark mode: the kit must
 * ignore it) at 1200 and at 320 CSS px (WCAG 1.4.10 reflow) with the no-sideways-scroll check.
 * One project instead of three (light, dark, 320 px) that each rendered and played every story.
 */
const storyProjects = [
  {
    extends: true as const,
    plugins: [storybookTest({ configDir, initialGlobals: { theme: 'dark' } })],
    test: {
      name: 'storybook',
      browser: browser('storybook', { colorScheme: 'dark' }),
      setupFiles: ['.storybook/vitest.setup.ts'],
      // A cap, not a wait: the first story of a file waits for Vite to compile its modules,
      // which on a busy two-core machine took more than the default 15 s.
      testTimeout: 60_000,
    },
  },
];

export default defineConfig({
  // react() plus the generated phone metadata pieces (build output, written at start-up).
  plugins: [react(), phoneMetadata()],
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page, which
  // loads a second React and fails the test with "Cannot read properties of null".
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      '@tanstack/react-query',
      'react-hook-form',
      'libphonenumber-js/core',
      // The mock keys phone numbers with the whole mobile metadata.
      'libphonenumber-js/mobile',
      '@testing-library/react',
      'msw',
      'msw/browser',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-unit.ts'],
          benchmark: { include: ['test/bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          browser: browser('browser'),
          // A cap, not a wait (see the story projects); these tests fetch lazy chunks compiled
          // on first request, which under a second copy of the suite took over 60 s.
          testTimeout: 120_000,
        },
      },
      {
        // Node drives real Chromium tabs (playwright-core) against built pages: multi-tab races,
        // and the built Storybook (served by the global setup): reloads and second tabs.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/serve-storybook.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
          // expect.poll waits on a state; 1 s (the default) is too little for a send, a lazy
          // chunk or a second tab's page on a busy machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
      ...storyProjects,
    ],
  },
});
