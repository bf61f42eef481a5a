// Setup of the three Storybook test projects (see vitest.config.ts).
import { configure } from 'storybook/test';

// The three projects run every story at once on CI's two cores, and a lazy chunk (the country
// list, a metadata piece) comes from Vite's dev server, compiled on first request: under that
// load it can take longer than testing-library's default 1 s to arrive. A real failure still
// fails, 20 s later (see waits.ts).
configure({ asyncUtilTimeout: 20_000 });
