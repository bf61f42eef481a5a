import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Library build: ESM entries (., core, form, mock, one per catalogue), peers and libphonenumber-js left to the consumer's bundler. */
export default defineConfig({
  plugins: [react()],
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
        // One entry per catalogue: a page bundles only the language it imports.
        'locales/en-US': 'src/i18n/en-US.ts',
        'locales/zh-CN': 'src/i18n/zh-CN.ts',
        'locales/zh-TW': 'src/i18n/zh-TW.ts',
        'locales/ja-JP': 'src/i18n/ja-JP.ts',
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
    },
  },
});
