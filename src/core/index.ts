// genauth-sms-react/core: framework-free (no React import anywhere below src/core), runs in
// browsers, Node, workers and tests.

// Only from genauth-sms-react/core, not from the root entry: the country list's search runs in
// the list's lazy chunk, and a root export would pull it into every page that uses a component
// (a consumer's bundler splits shared code by file, so the page would fetch it eagerly).
export { searchCountries } from './phone/search-countries.js';
export * from './shared-exports.js';
