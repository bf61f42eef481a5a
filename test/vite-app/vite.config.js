import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const page = (name) => fileURLToPath(new URL(name, import.meta.url));

// Two pages from one build: the sign-in flow, and the README's Quick start as written.
export default defineConfig({
  plugins: [react()],
  logLevel: 'warn',
  build: {
    rolldownOptions: { input: { main: page('index.html'), quickStart: page('quick-start.html') } },
  },
});
