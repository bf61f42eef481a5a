import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { phoneMetadata } from './scripts/build-phone-metadata.mjs';

/**
 * The page's modules the lazy chunks import: the send path (error classes, channel and
 * cooldown rules), the country list (countries, combobox state, flags) and the phone engine's
 * field editing (the field's state and text reading, the calling-code index). Issue 22 measured
 * plain imports with this one small shared chunk against handing these modules over at run
 * time: the hand-overs saved 246 B and 340 B, under the 1 kB a hand-over must earn.
 */
const SHARED_WITH_LAZY = [
  '/core/api/errors.ts',
  '/core/api/channels.ts',
  '/core/api/preview.ts',
  '/core/api/option-error.ts',
  '/core/cooldown/send-turn.ts',
  '/core/cooldown/window.ts',
  '/core/phone/countries.ts',
  '/core/phone/metadata-index.ts',
  '/core/phone/metadata-needs.ts',
  '/core/phone/normalize-text.ts',
  '/core/digits.ts',
  '/core/phone/field-state.ts',
  '/components/country-select/combobox-state.ts',
  '/components/Flag.tsx',
  '/components/flag-glyphs.ts',
];

/** Library build: ESM entries (., core, form, mock, one per catalogue), peers and libphonenumber-js left to the consumer's bundler. */
export default defineConfig({
  // phoneMetadata(): writes the per-calling-code metadata pieces before the build reads them.
  plugins: [react(), phoneMetadata()],
  build: {
    copyPublicDir: false,
    sourcemap: true,
    // A library ships readable code; the consumer's bundler minifies.
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        mock: 'src/mock/index.ts',
        // The react-hook-form bindings: only pages with a form bundle react-hook-form.
        form: 'src/form/index.ts',
        // The ready flows (sign-in, sign-up, reset password, phone security, account deletion):
        // a page with only the button never bundles them; each flow tree-shakes on its own.
        flows: 'src/flows/index.ts',
        // All phone metadata at once, for Node and tests (pages load it per calling code).
        'phone-full': 'src/phone-full.ts',
        // One entry per catalogue: a page bundles only the language it imports.
        'locales/en-US': 'src/i18n/en-US.ts',
        'locales/zh-CN': 'src/i18n/zh-CN.ts',
        'locales/zh-TW': 'src/i18n/zh-TW.ts',
        'locales/ja-JP': 'src/i18n/ja-JP.ts',
        // The flows' texts, one entry per catalogue too.
        'flows/locales/en-US': 'src/i18n/flows/en-US.ts',
        'flows/locales/zh-CN': 'src/i18n/flows/zh-CN.ts',
        'flows/locales/zh-TW': 'src/i18n/flows/zh-TW.ts',
        'flows/locales/ja-JP': 'src/i18n/flows/ja-JP.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@tanstack\//,
        /^react-hook-form/,
        /^msw($|\/)/,
        /^libphonenumber-js($|\/)/,
      ],
      output: {
        // The generated calling-code index in a chunk of its own, so that size figures can
        // tell generated metadata (dist/phone-metadata/) from the kit's code.
        // What the lazy chunks import from the page's modules in one small chunk of its own
        // (SHARED_WITH_LAZY): a consumer's bundler splits by file, so the page's eager chunk
        // shares only these with the send path and the country list.
        manualChunks: (id) => {
          if (id.endsWith('/phone/generated/index.js')) return 'calling-codes';
          return SHARED_WITH_LAZY.some((path) => id.endsWith(path)) ? 'page-shared' : undefined;
        },
        // One lazy chunk per calling code and one per zone's table, in a folder of their own.
        chunkFileNames: (chunk) =>
          /\/phone\/generated\/(pieces|tables)\//.test(chunk.facadeModuleId ?? '') ||
          chunk.name === 'calling-codes'
            ? 'phone-metadata/[name].js'
            : '[name]-[hash].js',
      },
    },
  },
});
