// Setup of the three Storybook test projects (see vitest.config.ts).
import { configure } from 'storybook/test';

// The three projects run every story at once on CI's two cores, and a lazy chunk (the country
// list, a metadata piece) comes from Vite's dev server, compiled on first request: under that
// load it can take longer than testing-library's default 1 s to arrive. A real failure still
// fails, 5 s later.
configure({ asyncUtilTimeout: 5_000 });
